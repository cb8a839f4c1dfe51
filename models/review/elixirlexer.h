// SPDX-License-Identifier: MIT
// A byte-oriented tokenizer for Elixir (.ex/.exs) and EEx/HEEx templates (.eex/.heex and ~H
// sigils). Never fails: broken input (invalid UTF-8, NUL, unterminated strings, huge lines)
// gives located diagnostics and lexing goes on. Shared by the rule engine and the editor.
#pragma once

#include "core/diagnostic.h"
#include "token.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace pwb {

class ElixirLexer
{
public:
    enum class Mode
    {
        Elixir, // .ex, .exs
        HEEx,   // .heex: HTML, <%= %> and {expr}
        EEx,    // .eex, .leex: HTML and <%= %>
    };

    struct Result
    {
        QList<Token> tokens; // in source order
        Diagnostics diagnostics;
    };

    // Lines longer than this (bytes) get a "long line" diagnostic.
    static constexpr qsizetype kLongLine = 1 << 20;

    // `path` only names the file in diagnostics.
    static Result tokenize(QByteArrayView source, Mode mode = Mode::Elixir,
                           const QString& path = {});
    // Mode by file name: .heex -> HEEx, .eex/.leex -> EEx, anything else -> Elixir.
    static Mode modeForPath(const QString& path);
    // True for files the lexer reads: .ex .exs .heex .eex .leex
    static bool isSourcePath(const QString& path);

    // Stable lower-case name of a kind ("module_attribute"), for tests and debugging.
    static const char* kindName(TokenKind kind);
    // The token's text, as bytes of source.
    static QByteArrayView text(QByteArrayView source, const Token& t)
    {
        return source.sliced(t.begin, t.end - t.begin);
    }
    // Length of a token in UTF-16 code units, so a highlighter can format [column-1, +len).
    static int utf16Length(QByteArrayView source, const Token& t);
};

} // namespace pwb
