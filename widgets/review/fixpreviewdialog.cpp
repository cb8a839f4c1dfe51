// SPDX-License-Identifier: MIT
#include "fixpreviewdialog.h"

#include "editor/editorcolors.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace pwb {

FixPreviewDialog::FixPreviewDialog(const Finding& finding, const QString& diff, QWidget* parent)
    : QDialog(parent)
    , m_diff(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Preview Fix — %1").arg(finding.rule));
    auto* label = new QLabel(
        tr("<b>%1</b><br>%2").arg(finding.message.toHtmlEscaped(), finding.fix.toHtmlEscaped()),
        this);
    label->setWordWrap(true);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlainText(diff);
    const EditorColors colors = EditorColors::fromPalette(palette());
    QList<QTextEdit::ExtraSelection> sels;
    for (QTextBlock b = m_diff->document()->begin(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        QColor bg;
        if (t.startsWith(u'+') && !t.startsWith(QStringLiteral("+++")))
            bg = colors.added;
        else if (t.startsWith(u'-') && !t.startsWith(QStringLiteral("---")))
            bg = colors.deleted;
        if (!bg.isValid())
            continue;
        bg.setAlpha(60);
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(b);
        s.format.setBackground(bg);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        sels << s;
    }
    m_diff->setExtraSelections(sels);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Apply Fix"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

} // namespace pwb
