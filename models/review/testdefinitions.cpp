// SPDX-License-Identifier: MIT
#include "review/testdefinitions.h"

#include "review/elixirlexer.h"
#include "review/syntaxtree.h"

#include <vector>

namespace pwb {

namespace {

using K = TokenKind;

// How far a `do` may sit below its call (a long name or context split over lines); a test
// without a body must not borrow the next test's `do`.
constexpr int kMaxHeadLines = 4;

QString unquote(QString s)
{
    if (s.size() >= 2 && (s.front() == u'"' || s.front() == u'\'') && s.back() == s.front())
        return s.mid(1, s.size() - 2);
    if (s.startsWith(u'"'))
        return s.mid(1);
    return s;
}

} // namespace

bool TestDefinitions::isTestFile(const QString& relativePath)
{
    if (!relativePath.endsWith(QStringLiteral("_test.exs")))
        return false;
    return relativePath.startsWith(QStringLiteral("test/")) ||
           relativePath.contains(QStringLiteral("/test/"));
}

QList<TestDefinition> TestDefinitions::find(QByteArrayView source)
{
    const ElixirLexer::Result lexed = ElixirLexer::tokenize(source, ElixirLexer::Mode::Elixir);
    const SyntaxTree tree(source, lexed.tokens);
    QList<TestDefinition> out;
    struct Open
    {
        QString name;
        int endK;
    };
    std::vector<Open> describes;
    for (int k = 0; k < tree.n(); ++k) {
        while (!describes.empty() && k > describes.back().endK)
            describes.pop_back();
        const bool isTest = tree.is(k, K::Identifier, "test");
        const bool isDescribe = !isTest && tree.is(k, K::Identifier, "describe");
        if (!isTest && !isDescribe)
            continue;
        // A call that starts its line: not `x.test`, `test: 1` or `assert test`.
        if (k > 0 && tree.T(k - 1).line == tree.T(k).line)
            continue;
        if (tree.moduleAt(k) < 0 || tree.defAt(k) >= 0)
            continue;
        int s = k + 1;
        if (tree.punct(s, '(') && tree.T(s).line == tree.T(k).line)
            ++s;
        if (!tree.is(s, K::String) || tree.T(s).line != tree.T(k).line)
            continue;
        QString name;
        // An interpolated name comes as several segments: join what is written.
        for (int j = s; j < tree.n() && tree.T(j).line == tree.T(k).line; ++j) {
            if (!tree.is(j, K::String) && !tree.is(j, K::Interpolation) &&
                !(tree.T(j).flags & Token::InInterpolation))
                break;
            name += SyntaxTree::str(tree.X(j));
        }
        TestDefinition d;
        d.kind = isTest ? TestDefinition::Kind::Test : TestDefinition::Kind::Describe;
        d.line = tree.T(k).line;
        d.endLine = d.line;
        d.name = unquote(name);
        if (isTest && !describes.empty())
            d.describe = describes.back().name;
        bool inlineDo = false;
        const int doK = tree.findDo(s, &inlineDo);
        int endK = -1;
        if (doK > 0 && tree.T(doK).line - d.line <= kMaxHeadLines) {
            bool another = false;
            for (int j = s; j < doK && !another; ++j)
                another = tree.T(j).line != d.line && (tree.is(j, K::Identifier, "test") ||
                                                       tree.is(j, K::Identifier, "describe"));
            if (!another) {
                if (inlineDo) {
                    // inlineEnd is the first token after the expression.
                    endK = std::min(tree.inlineEnd(doK), tree.n()) - 1;
                } else {
                    endK = tree.match(doK);
                }
            }
        }
        if (endK > k)
            d.endLine = tree.T(endK).line;
        if (isDescribe && endK > k)
            describes.push_back({d.name, endK});
        out.append(d);
    }
    return out;
}

} // namespace pwb
