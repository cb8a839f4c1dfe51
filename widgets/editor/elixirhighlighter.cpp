// SPDX-License-Identifier: MIT
#include "elixirhighlighter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

namespace pwb {

ElixirHighlighter::ElixirHighlighter(QTextDocument* document, ElixirLexer::Mode mode, bool dark)
    : QSyntaxHighlighter(static_cast<QObject*>(document))
    , m_mode(mode)
    , m_dark(dark)
{
    // Connected before the base class's own reformatting slot (setDocument below), so the
    // text is marked for lexing before the first changed block is highlighted.
    m_contentsChange =
        connect(document, &QTextDocument::contentsChange, this, [this] { m_dirty = true; });
    setDocument(document);
}

ElixirHighlighter::~ElixirHighlighter()
{
    // ~QSyntaxHighlighter clears the document's formats, which emits contentsChange after
    // this part of the object is gone (UBSan saw the lambda run there): cut it first.
    disconnect(m_contentsChange);
}

void ElixirHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rehighlight();
}

QTextCharFormat ElixirHighlighter::format(TokenKind kind, bool dark)
{
    QTextCharFormat f;
    const auto color = [&](const char* light, const char* darkC) {
        f.setForeground(QColor(QString::fromLatin1(dark ? darkC : light)));
    };
    switch (kind) {
    case TokenKind::Keyword:
        color("#8959a8", "#c792ea");
        f.setFontWeight(QFont::Bold);
        break;
    case TokenKind::FunctionName:
        color("#2f5fa7", "#82aaff");
        break;
    case TokenKind::Module:
        color("#1d7a80", "#ffcb6b");
        break;
    case TokenKind::ModuleAttribute:
        color("#b85c00", "#f78c6c");
        break;
    case TokenKind::Atom:
    case TokenKind::KeywordKey:
        color("#0b7fa5", "#89ddff");
        break;
    case TokenKind::String:
    case TokenKind::Charlist:
    case TokenKind::Heredoc:
    case TokenKind::Char:
    case TokenKind::HtmlAttributeValue:
        color("#4d7a0d", "#c3e88d");
        break;
    case TokenKind::DocString:
        color("#6a8a3a", "#a5c48a");
        f.setFontItalic(true);
        break;
    case TokenKind::Interpolation:
    case TokenKind::EExDelimiter:
        color("#a626a4", "#ff79c6");
        f.setFontWeight(QFont::Bold);
        break;
    case TokenKind::Sigil:
        color("#9a4f10", "#e5a56b");
        break;
    case TokenKind::Comment:
    case TokenKind::HtmlComment:
        color("#7c7f86", "#7f8aa8");
        f.setFontItalic(true);
        break;
    case TokenKind::Number:
        color("#b85c00", "#f78c6c");
        break;
    case TokenKind::Operator:
        color("#3a6f8f", "#89ddff");
        break;
    case TokenKind::HtmlTag:
        color("#c0392b", "#f07178");
        break;
    case TokenKind::HtmlAttribute:
        color("#9c6500", "#ffcb6b");
        break;
    case TokenKind::Error:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(dark ? 0xff6b6b : 0xc62828));
        break;
    case TokenKind::Identifier:
    case TokenKind::Punctuation:
    case TokenKind::HtmlText:
        break;
    }
    return f;
}

int ElixirHighlighter::hashOf(const QList<Span>& spans)
{
    size_t h = 0x9e3779b9;
    for (const Span& s : spans)
        h = qHashMulti(h, s.start, s.length, int(s.kind));
    return int(h & 0x3fffffff); // non-negative: -1 means "no state" to QSyntaxHighlighter
}

void ElixirHighlighter::relex()
{
    m_dirty = false;
    const QTextDocument* doc = document();
    const QByteArray source = doc->toPlainText().toUtf8();
    const ElixirLexer::Result r = ElixirLexer::tokenize(source, m_mode);
    const QList<QList<Span>> before = m_lines;
    m_lines = QList<QList<Span>>(doc->blockCount());
    for (const Token& t : r.tokens) {
        const int line = t.line - 1;
        if (line < 0 || line >= m_lines.size())
            continue;
        m_lines[line].append(Span{t.column - 1, ElixirLexer::utf16Length(source, t), t.kind});
    }
    if (!before.isEmpty())
        repaintChangedLines(before);
}

void ElixirHighlighter::repaintChangedLines(const QList<QList<Span>>& before)
{
    // Lines whose tokens changed away from the block being highlighted (a heredoc opened
    // above them, say) are repainted once this pass ends; blocks the pass reaches first
    // carry the new hash already and are skipped.
    QList<int> changed;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (i >= before.size() || before[i] != m_lines[i])
            changed << i;
    }
    if (changed.isEmpty())
        return;
    QTimer::singleShot(0, this, [this, changed] {
        QTextDocument* doc = document();
        if (!doc)
            return;
        for (int i : changed) {
            const QTextBlock b = doc->findBlockByNumber(i);
            if (b.isValid() && i < m_lines.size() && b.userState() != hashOf(m_lines[i]))
                rehighlightBlock(b);
        }
    });
}

void ElixirHighlighter::highlightBlock(const QString& text)
{
    if (m_dirty || m_lines.size() != document()->blockCount())
        relex();
    const int line = currentBlock().blockNumber();
    if (line < 0 || line >= m_lines.size())
        return;
    const QList<Span>& spans = m_lines[line];
    for (const Span& s : spans) {
        if (s.start >= text.size())
            break;
        const QTextCharFormat f = format(s.kind, m_dark);
        if (f.isValid() && !f.properties().isEmpty())
            setFormat(s.start, qMin(s.length, int(text.size()) - s.start), f);
    }
    setCurrentBlockState(hashOf(spans));
}

} // namespace pwb
