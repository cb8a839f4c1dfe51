// SPDX-License-Identifier: MIT
// One lexeme of Elixir or EEx/HEEx source: its kind and where it is (line, column, byte span).
// Every token lies on a single line; multi-line strings, heredocs and text are split per line.
#pragma once

#include <QtGlobal>

namespace pwb {

enum class TokenKind : quint8
{
    Identifier,         // variables and local calls: foo, valid?, save!
    Keyword,            // reserved words and core macros: do end fn def defmodule case if ...
    FunctionName,       // the name after def/defp/defmacro/defmacrop/defguard/defdelegate
    Module,             // one alias segment: Shop, Repo (the dots are Operator tokens)
    ModuleAttribute,    // @doc, @impl; in templates, assigns such as @user
    Atom,               // :ok, :"quoted atom", :+
    KeywordKey,         // `key:` in keyword lists and maps, colon included
    String,             // "..." (one segment; interpolations split it)
    Charlist,           // '...'
    Heredoc,            // """...""" and '''...''' segments
    DocString,          // the string or heredoc given to @doc/@moduledoc/@typedoc/@shortdoc
    Interpolation,      // the `#{` and `}` around an interpolated expression
    Sigil,              // ~r/.../i, ~w(...)a (segments; ~H only its opening and closing)
    Char,               // ?a, ?\n
    Comment,            // # ..., and <%# %>, <%!-- --%> in templates
    Number,             // 1_000, 0x1F, 1.5e-3
    Operator,           // |> <> = == . & etc.
    Punctuation,        // ( ) [ ] { } , ;
    HtmlTag,            // `<div`, `</div`, `<.link`, `>`, `/>`
    HtmlAttribute,      // an attribute name: class, phx-click, :if
    HtmlAttributeValue, // "quoted" or bare attribute value
    HtmlText,           // text between tags
    HtmlComment,        // <!-- -->
    EExDelimiter,       // <%= <% <%== %>, and HEEx's { } around expressions
    Error,              // bytes that make no token (a diagnostic says why)
};

struct Token
{
    enum Flag : quint8
    {
        InTemplate = 1,      // inside a .heex/.eex file or a ~H sigil
        InInterpolation = 2, // Elixir code inside #{...}, <%= %> or a HEEx {...}
    };

    TokenKind kind = TokenKind::Error;
    quint8 flags = 0;
    int line = 0;        // 1-based
    int column = 0;      // 1-based, in UTF-16 code units (QString positions) from line start
    qsizetype begin = 0; // UTF-8 byte offset of the first byte
    qsizetype end = 0;   // UTF-8 byte offset one past the last byte

    qsizetype size() const { return end - begin; }
    bool is(TokenKind k) const { return kind == k; }
    bool inTemplate() const { return flags & InTemplate; }
};

} // namespace pwb
