// SPDX-License-Identifier: MIT
#include "codeeditor.h"

#include "linenumberarea.h"

#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>
#include <QtConcurrent>

namespace {

struct LoadResult
{
    QString text;
    QString error;
};

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);
    updateGutterWidth();
    highlightCurrentLine();
}

void CodeEditor::openFile(const QString& absolutePath)
{
    m_path = absolutePath;
    const quint64 generation = ++m_generation;
    setPlaceholderText(tr("Loading %1…").arg(absolutePath));
    clear();
    QtConcurrent::run([absolutePath] {
        LoadResult r;
        QFile f(absolutePath);
        if (!f.open(QIODevice::ReadOnly)) {
            r.error = tr("%1: %2").arg(absolutePath, f.errorString());
        } else if (f.size() > kMaxFileBytes) {
            r.error = tr("%1 is %2 MiB, larger than the editor opens (%3 MiB)")
                          .arg(absolutePath)
                          .arg(f.size() / (1024 * 1024))
                          .arg(kMaxFileBytes / (1024 * 1024));
        } else {
            r.text = QString::fromUtf8(f.readAll());
        }
        return r;
    }).then(this, [this, generation](const LoadResult& r) {
        if (generation != m_generation)
            return;
        setPlaceholderText(QString());
        if (!r.error.isEmpty()) {
            emit loadFailed(r.error);
            return;
        }
        setPlainText(r.text);
        document()->setModified(false);
        if (m_pendingLine > 0)
            goToLine(m_pendingLine);
        m_pendingLine = 0;
        emit loaded();
    });
}

void CodeEditor::goToLine(int line, int column)
{
    if (document()->isEmpty() && !placeholderText().isEmpty()) {
        m_pendingLine = line; // still loading
        return;
    }
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor c(block);
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                   qBound(0, column - 1, qMax(0, block.length() - 1)));
    setTextCursor(c);
    centerCursor();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 16 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        highlightCurrentLine();
}

void CodeEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection line;
    QColor bg = palette().color(QPalette::Highlight);
    bg.setAlpha(28);
    line.format.setBackground(bg);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    setExtraSelections({line});
}

void CodeEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    const QColor dim = palette().color(QPalette::PlaceholderText);
    const QColor strong = palette().color(QPalette::Text);
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            p.setPen(number == current ? strong : dim);
            p.drawText(0, top, m_gutter->width() - 8, fontMetrics().height(), Qt::AlignRight,
                       QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}
