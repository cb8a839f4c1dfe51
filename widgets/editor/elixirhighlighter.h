// SPDX-License-Identifier: MIT
// Our highlighter for Elixir and EEx/HEEx, on the review engine's lexer. The whole document
// is lexed (so heredocs and multi-line sigils are right), each block formats its tokens, and
// a block's state is a hash of its tokens so a change that reaches later lines repaints them.
#pragma once

#include "review/elixirlexer.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace pwb {

class ElixirHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    ElixirHighlighter(QTextDocument* document, ElixirLexer::Mode mode, bool dark);
    ~ElixirHighlighter() override;

    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    ElixirLexer::Mode mode() const { return m_mode; }
    // The format of a token kind (empty for kinds left plain).
    static QTextCharFormat format(TokenKind kind, bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Span
    {
        int start;
        int length;
        TokenKind kind;
        friend bool operator==(const Span&, const Span&) = default;
    };
    void relex();
    void repaintChangedLines(const QList<QList<Span>>& before);
    static int hashOf(const QList<Span>& spans);

    ElixirLexer::Mode m_mode;
    bool m_dark;
    bool m_dirty = true;
    QMetaObject::Connection m_contentsChange;
    QList<QList<Span>> m_lines; // per 0-based line
};

} // namespace pwb
