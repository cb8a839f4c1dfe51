// SPDX-License-Identifier: MIT
#include "review/elixirlexer.h"
#include "review/syntaxtree.h"
#include "review/wordindex.h"

#include <QTest>

using namespace pwb;

class TestWordIndex : public QObject
{
    Q_OBJECT
private slots:
    void filesKnownWordsInOrder()
    {
        WordIndex w;
        w.add("raw", 3);
        w.add("query", 5);
        w.add("raw", 9);
        w.add("rawr", 10); // not a word: same first byte, other length
        w.add("wra", 11);  // not a word: same length
        w.add("", 12);     // empty text is never a word
        const std::string longName(64, 'r');
        w.add(longName, 13); // longer than any word
        w.finish();
        auto vec = [](std::span<const int> s) { return std::vector<int>(s.begin(), s.end()); };
        QCOMPARE(vec(w.where("raw")), (std::vector<int>{3, 9}));
        QCOMPARE(vec(w.where("query")), (std::vector<int>{5}));
        QVERIFY(w.where("fragment").empty());
        QCOMPARE(w.whereAny({"query", "raw"}), (std::vector<int>{3, 5, 9}));
        QCOMPARE(WordIndex::idOf("rawr"), -1);
        QVERIFY(WordIndex::idOf("raw") >= 0);
        QVERIFY(WordIndex::idOf(":safe") != WordIndex::idOf("raw"));
    }

    void everyListedWordIsFound()
    {
        // The table is built by the compiler: each word finds itself, through any
        // collisions, and the length/byte filters let each one through.
        for (std::string_view word : words::kWords) {
            const int id = WordIndex::idOf(word);
            QVERIFY2(id >= 0 && words::kWords[id] == word, std::string(word).c_str());
            WordIndex w;
            w.add(word, 7);
            w.finish();
            QCOMPARE(w.where(word).size(), size_t(1));
            QCOMPARE(w.where(word).front(), 7);
        }
    }

    void treeIndexesCodeTokensOnly()
    {
        const QByteArray src = "defmodule M do\n"
                               "  # raw(x) in a comment is no call\n"
                               "  def f(x), do: raw(x); def g, do: Enum.map([], & &1)\n"
                               "  @secret \"s3cr3t-value\"\n"
                               "end\n";
        const ElixirLexer::Result lexed = ElixirLexer::tokenize(src);
        const SyntaxTree tree(src, lexed.tokens);
        const std::span<const int> raws = tree.where("raw");
        QCOMPARE(raws.size(), size_t(1));
        QCOMPARE(tree.X(raws[0]), std::string_view("raw"));
        QCOMPARE(tree.T(raws[0]).line, 3);
        // Keywords that shape the tree are indexed too; `do`/`end` pair up instead.
        QCOMPARE(tree.where("def").size(), size_t(2));
        QCOMPARE(tree.defs().size(), size_t(2));
        // Kind lists: the attribute and its string.
        QCOMPARE(tree.ofKind(TokenKind::ModuleAttribute).size(), size_t(1));
        QCOMPARE(tree.X(tree.ofKind(TokenKind::String).front()),
                 std::string_view("\"s3cr3t-value\""));
        // Statement starts: the first code token of each line, and after `;`.
        std::vector<std::string_view> starts;
        for (int k : tree.lineStarts())
            starts.push_back(tree.X(k));
        QCOMPARE(starts,
                 (std::vector<std::string_view>{"defmodule", "def", "def", "@secret", "end"}));
        // Brackets are still paired in the same pass.
        const int open = raws[0] + 1;
        QCOMPARE(tree.X(tree.match(open)), std::string_view(")"));
    }
};

QTEST_GUILESS_MAIN(TestWordIndex)
#include "tst_wordindex.moc"
