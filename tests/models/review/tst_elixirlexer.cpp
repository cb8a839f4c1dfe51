// SPDX-License-Identifier: MIT
#include "review/elixirlexer.h"

#include <QFile>
#include <QTest>

using namespace pwb;

namespace {

// "kind:text" for every token, the form the tests compare.
QStringList dump(const QByteArray& src, ElixirLexer::Mode mode = ElixirLexer::Mode::Elixir)
{
    const auto r = ElixirLexer::tokenize(src, mode);
    QStringList out;
    for (const Token& t : r.tokens)
        out << QString::fromLatin1(ElixirLexer::kindName(t.kind)) + u':' +
                   QString::fromUtf8(ElixirLexer::text(src, t).toByteArray());
    return out;
}

bool has(const QStringList& l, const char* item)
{
    return l.contains(QString::fromUtf8(item));
}

QStringList codes(const Diagnostics& d)
{
    QStringList c;
    for (const auto& x : d)
        c << x.code;
    return c;
}

} // namespace

class TestElixirLexer : public QObject
{
    Q_OBJECT
private slots:
    void basics()
    {
        const QByteArray src = "defmodule Shop.Repo do\n"
                               "  @moduledoc false\n"
                               "  def get(id, opts \\\\ []) when is_integer(id), do: {:ok, id}\n"
                               "end\n";
        const auto l = dump(src);
        QVERIFY(has(l, "keyword:defmodule"));
        QVERIFY(has(l, "module:Shop"));
        QVERIFY(has(l, "operator:."));
        QVERIFY(has(l, "module:Repo"));
        QVERIFY(has(l, "keyword:do"));
        QVERIFY(has(l, "module_attribute:@moduledoc"));
        QVERIFY(has(l, "keyword:false"));
        QVERIFY(has(l, "keyword:def"));
        QVERIFY(has(l, "function_name:get"));
        QVERIFY(has(l, "identifier:opts"));
        QVERIFY(has(l, "operator:\\\\"));
        QVERIFY(has(l, "keyword:when"));
        QVERIFY(has(l, "keyword_key:do:"));
        QVERIFY(has(l, "atom::ok"));
        QVERIFY(has(l, "punctuation:{"));
        QVERIFY(has(l, "keyword:end"));
    }

    void positions()
    {
        const QByteArray src = "x = 1\n  y = \"é\" <> z\n";
        const auto r = ElixirLexer::tokenize(src);
        QCOMPARE(r.tokens.size(), 8);
        const Token& y = r.tokens.at(3);
        QCOMPARE(ElixirLexer::text(src, y), QByteArrayView("y"));
        QCOMPARE(y.line, 2);
        QCOMPARE(y.column, 3);
        QCOMPARE(y.begin, 8);
        QCOMPARE(y.end, 9);
        const Token& str = r.tokens.at(5);
        QCOMPARE(str.kind, TokenKind::String);
        QCOMPARE(ElixirLexer::utf16Length(src, str), 3);
        const Token& z = r.tokens.at(7);
        // "é" is two bytes but one UTF-16 unit: column counts UTF-16 units.
        QCOMPARE(z.column, 14);
        QCOMPARE(z.begin, 20);
        QVERIFY(r.diagnostics.isEmpty());
    }

    void atomsAndKeys()
    {
        const auto l = dump(":ok :\"with space\" :foo? :+ :<> :\"a#{b}\" [key: 1, \"q\": 2] A.B: x "
                            "a::b Foo.bar :Elixir.Mod");
        QVERIFY(has(l, "atom::ok"));
        QVERIFY(has(l, "atom::\"with space\""));
        QVERIFY(has(l, "atom::foo?"));
        QVERIFY(has(l, "atom::+"));
        QVERIFY(has(l, "atom::<>"));
        QVERIFY(has(l, "atom::\"a"));
        QVERIFY(has(l, "interpolation:#{"));
        QVERIFY(has(l, "keyword_key:key:"));
        QVERIFY(has(l, "operator:::"));
        QVERIFY(has(l, "identifier:bar"));
        QVERIFY(has(l, "atom::Elixir.Mod"));
    }

    void stringsAndInterpolation()
    {
        const QByteArray src = "\"a #{x <> \"in #{y}\"} b\" 'chars' \"esc \\\" q\"";
        const auto l = dump(src);
        QCOMPARE(l, QStringList({"string:\"a ", "interpolation:#{", "identifier:x", "operator:<>",
                                 "string:\"in ", "interpolation:#{", "identifier:y",
                                 "interpolation:}", "string:\"", "interpolation:}", "string: b\"",
                                 "charlist:'chars'", "string:\"esc \\\" q\""}));
        const auto r = ElixirLexer::tokenize(src);
        QVERIFY(r.tokens.at(2).flags & Token::InInterpolation);
        QVERIFY(!(r.tokens.at(0).flags & Token::InInterpolation));
    }

    void heredocsAndDocs()
    {
        const QByteArray src = "@moduledoc \"\"\"\nDocs with \"quotes\"\n\"\"\"\n"
                               "@doc \"one-liner\"\n"
                               "x = \"\"\"\n  text #{1}\n  \"\"\"\n"
                               "y = '''\nchars\n'''\n";
        const auto l = dump(src);
        QVERIFY(has(l, "doc_string:\"\"\""));
        QVERIFY(has(l, "doc_string:Docs with \"quotes\""));
        QVERIFY(has(l, "doc_string:\"one-liner\""));
        QVERIFY(has(l, "heredoc:\"\"\""));
        QVERIFY(has(l, "heredoc:  text "));
        QVERIFY(has(l, "number:1"));
        QVERIFY(has(l, "heredoc:  \"\"\""));
        QVERIFY(has(l, "heredoc:chars"));
        QVERIFY(has(l, "identifier:y"));
        // Every token lies on one line.
        const auto r = ElixirLexer::tokenize(src);
        for (const Token& t : r.tokens)
            QVERIFY(!ElixirLexer::text(src, t).contains('\n'));
        QVERIFY(r.diagnostics.isEmpty());
    }

    void sigils()
    {
        const auto l = dump("~r/a\\/b/iu ~w(one two)a ~s{x #{y}} ~S<no #{interp}> ~D[2024-01-01] "
                            "~U\"x\" ~CUSTOM|z| ~r'''\nre\n'''m");
        QVERIFY(has(l, "sigil:~r/a\\/b/iu"));
        QVERIFY(has(l, "sigil:~w(one two)a"));
        QVERIFY(has(l, "sigil:~s{x "));
        QVERIFY(has(l, "identifier:y"));
        QVERIFY(has(l, "sigil:~S<no #{interp}>"));
        QVERIFY(has(l, "sigil:~D[2024-01-01]"));
        QVERIFY(has(l, "sigil:~U\"x\""));
        QVERIFY(has(l, "sigil:~CUSTOM|z|"));
        QVERIFY(has(l, "sigil:~r'''"));
        QVERIFY(has(l, "sigil:'''m"));
    }

    void numbersCharsOperators()
    {
        const auto l = dump("1_000 0x1F 0b1010 0o17 1.5e-3 3.14 1..10//2 ?a ?\\n "
                            "a |> b === c != d <- e -> f &&& g ++ h <> i =~ j ... &1 ^pin");
        for (const char* s : {"number:1_000",  "number:0x1F",  "number:0b1010", "number:0o17",
                              "number:1.5e-3", "number:3.14",  "number:1",      "operator:..",
                              "number:10",     "operator://",  "char:?a",       "char:?\\n",
                              "operator:|>",   "operator:===", "operator:!=",   "operator:<-",
                              "operator:->",   "operator:&&&", "operator:++",   "operator:<>",
                              "operator:=~",   "operator:...", "operator:&",    "operator:^"})
            QVERIFY2(has(l, s), s);
    }

    void comments()
    {
        const auto l = dump("x # a comment with \"quote\" and Repo.all\ny");
        QCOMPARE(l, QStringList({"identifier:x", "comment:# a comment with \"quote\" and Repo.all",
                                 "identifier:y"}));
    }

    void heexSigil()
    {
        const QByteArray src = "~H\"\"\"\n<div class=\"box\" phx-click=\"go\" {@rest}>\n"
                               "  <img src={@url} />\n  Hello {@name} <%= @x %>\n"
                               "  <!-- note -->\n  <.link navigate={~p\"/x\"}>Go</.link>\n"
                               "</div>\n\"\"\"\ndone";
        const auto l = dump(src);
        for (const char* s : {"sigil:~H\"\"\"",
                              "html_tag:<div",
                              "html_attribute:class",
                              "operator:=",
                              "html_attribute_value:\"box\"",
                              "html_attribute:phx-click",
                              "eex_delimiter:{",
                              "module_attribute:@rest",
                              "eex_delimiter:}",
                              "html_tag:>",
                              "html_tag:<img",
                              "module_attribute:@url",
                              "html_tag:/>",
                              "html_text:  Hello ",
                              "module_attribute:@name",
                              "eex_delimiter:<%=",
                              "module_attribute:@x",
                              "eex_delimiter:%>",
                              "html_comment:<!-- note -->",
                              "html_tag:<.link",
                              "sigil:~p\"/x\"",
                              "html_text:Go",
                              "html_tag:</.link",
                              "html_tag:</div",
                              "sigil:\"\"\"",
                              "identifier:done"})
            QVERIFY2(has(l, s), s);
        const auto r = ElixirLexer::tokenize(src);
        QVERIFY(r.tokens.at(1).inTemplate());
        QVERIFY(!r.tokens.last().inTemplate());
        QVERIFY(r.diagnostics.isEmpty());
    }

    void templateFiles()
    {
        const QByteArray src = "<%# comment %>\n<ul>\n<%= for p <- @products do %>\n"
                               "  <li class=\"<%= p.cls %>\"><%== p.html %></li>\n<% end %>\n"
                               "</ul>\n<%!-- hidden\nlines --%>\n<script>if (a < b) {}</script>";
        const auto eex = dump(src, ElixirLexer::Mode::EEx);
        for (const char* s :
             {"comment:<%# comment %>", "html_tag:<ul", "eex_delimiter:<%=", "keyword:for",
              "identifier:p", "operator:<-", "module_attribute:@products", "keyword:do",
              "eex_delimiter:%>", "html_attribute_value:\"", "identifier:cls",
              "eex_delimiter:<%==", "eex_delimiter:<%", "keyword:end", "comment:<%!-- hidden",
              "comment:lines --%>", "html_text:if (a ", "html_text:< b) {}", "html_tag:</script"})
            QVERIFY2(has(eex, s), s);
        // In .eex, braces in text are text; in .heex they are expressions.
        QVERIFY(has(dump("<p>{x}</p>", ElixirLexer::Mode::EEx), "html_text:{x}"));
        QVERIFY(has(dump("<p>{x}</p>", ElixirLexer::Mode::HEEx), "identifier:x"));
        QCOMPARE(ElixirLexer::modeForPath(QStringLiteral("a/b.html.heex")),
                 ElixirLexer::Mode::HEEx);
        QCOMPARE(ElixirLexer::modeForPath(QStringLiteral("a/b.html.eex")), ElixirLexer::Mode::EEx);
        QCOMPARE(ElixirLexer::modeForPath(QStringLiteral("a/b.exs")), ElixirLexer::Mode::Elixir);
        QVERIFY(ElixirLexer::isSourcePath(QStringLiteral("x.heex")));
        QVERIFY(!ElixirLexer::isSourcePath(QStringLiteral("x.md")));
    }

    void everyKindIsProduced()
    {
        QFile f(QStringLiteral(PWB_FIXTURES "/review/lexer/all_kinds.ex"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray src = f.readAll();
        const auto r = ElixirLexer::tokenize(src, ElixirLexer::Mode::Elixir, f.fileName());
        QSet<int> seen;
        for (const Token& t : r.tokens)
            seen.insert(int(t.kind));
        for (int k = 0; k <= int(TokenKind::Error); ++k)
            QVERIFY2(seen.contains(k), ElixirLexer::kindName(TokenKind(k)));
    }

    void invalidUtf8()
    {
        const QByteArray src = "x = 1\ny = \"a\xff\xfe b\" \xc3\x28 z\n";
        const auto r =
            ElixirLexer::tokenize(src, ElixirLexer::Mode::Elixir, QStringLiteral("f.ex"));
        QVERIFY(codes(r.diagnostics).contains(QStringLiteral("lex-invalid-utf8")));
        const Diagnostic& d = r.diagnostics.first();
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 7);
        QCOMPARE(d.path, QStringLiteral("f.ex"));
        QCOMPARE(r.diagnostics.size(), 3);
        QVERIFY(has(dump(src), "identifier:z"));
    }

    void nulByte()
    {
        const QByteArray src("a = 1\nb \0 c\n", 12);
        const auto r = ElixirLexer::tokenize(src);
        QCOMPARE(codes(r.diagnostics), QStringList({QStringLiteral("lex-nul")}));
        QCOMPARE(r.diagnostics.first().line, 2);
        QCOMPARE(r.diagnostics.first().column, 3);
        const auto l = dump(src);
        QVERIFY(has(l, "identifier:c"));
    }

    void unterminatedString()
    {
        const QByteArray src = "a = \"open\nb = 2\nc = 3\n";
        const auto r = ElixirLexer::tokenize(src);
        QCOMPARE(codes(r.diagnostics), QStringList({QStringLiteral("lex-unterminated-string")}));
        QCOMPARE(r.diagnostics.first().line, 1);
        QCOMPARE(r.diagnostics.first().column, 5);
        const auto l = dump(src);
        QVERIFY(has(l, "string:\"open"));
        QVERIFY(has(l, "identifier:b")); // lexing went on from the next line
        QVERIFY(has(l, "number:3"));
    }

    void unterminatedHeredoc()
    {
        const QByteArray src = "@doc \"\"\"\nnever closed\ndef f, do: 1\n";
        const auto r = ElixirLexer::tokenize(src);
        QCOMPARE(codes(r.diagnostics), QStringList({QStringLiteral("lex-unterminated-heredoc")}));
        QCOMPARE(r.diagnostics.first().line, 1);
        QVERIFY(has(dump(src), "function_name:f"));
    }

    void unterminatedOthers()
    {
        auto codesOf = [](const QByteArray& s, ElixirLexer::Mode m) {
            return codes(ElixirLexer::tokenize(s, m).diagnostics);
        };
        QVERIFY(codesOf("~r/abc", ElixirLexer::Mode::Elixir)
                    .contains(QStringLiteral("lex-unterminated-string")));
        QVERIFY(codesOf("\"a #{b", ElixirLexer::Mode::Elixir)
                    .contains(QStringLiteral("lex-unterminated-string")));
        QVERIFY(codesOf("~H\"\"\"\n<div>\n", ElixirLexer::Mode::Elixir)
                    .contains(QStringLiteral("lex-unterminated-sigil")));
        QVERIFY(codesOf("<p><%= x ", ElixirLexer::Mode::EEx)
                    .contains(QStringLiteral("lex-unterminated-eex")));
        QVERIFY(codesOf("<div class=\"a\"", ElixirLexer::Mode::HEEx)
                    .contains(QStringLiteral("lex-unterminated-tag")));
        QVERIFY(codesOf("<!-- x", ElixirLexer::Mode::HEEx)
                    .contains(QStringLiteral("lex-unterminated-comment")));
        QVERIFY(codesOf("<p>{x</p>", ElixirLexer::Mode::HEEx)
                    .contains(QStringLiteral("lex-unterminated-expression")));
        QVERIFY(
            codesOf("a $ b", ElixirLexer::Mode::Elixir).contains(QStringLiteral("lex-unexpected")));
    }

    void hugeOneLineFile()
    {
        QByteArray src;
        src.reserve(10 * 1024 * 1024 + 64);
        while (src.size() < 10 * 1024 * 1024)
            src += "x = Enum.map(list, &(&1 + 1)); ";
        src += "\"tail\"";
        const auto r =
            ElixirLexer::tokenize(src, ElixirLexer::Mode::Elixir, QStringLiteral("big.ex"));
        QCOMPARE(codes(r.diagnostics), QStringList({QStringLiteral("lex-long-line")}));
        QCOMPARE(r.diagnostics.first().line, 1);
        QCOMPARE(r.tokens.last().kind, TokenKind::String);
        QCOMPARE(r.tokens.last().line, 1);
        QVERIFY(r.tokens.last().column > 10 * 1024 * 1024);
    }

    void deepNesting()
    {
        QByteArray src;
        for (int i = 0; i < 5000; ++i)
            src += "\"#{";
        const auto r = ElixirLexer::tokenize(src);
        QVERIFY(codes(r.diagnostics).contains(QStringLiteral("lex-too-deep")));
    }

    void manyDiagnosticsAreCapped()
    {
        QByteArray src(5000, '\xff');
        const auto r = ElixirLexer::tokenize(src);
        QCOMPARE(r.diagnostics.size(), 101);
        QCOMPARE(r.diagnostics.last().code, QStringLiteral("lex-more"));
    }
};

QTEST_GUILESS_MAIN(TestElixirLexer)
#include "tst_elixirlexer.moc"
