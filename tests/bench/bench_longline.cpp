// SPDX-License-Identifier: MIT
// One single line growing from 10 KB to 10 MB through every reader that meets project text:
// the review engine (lexer, rules, fingerprints, with thousands of findings on that line),
// the TRD parser, the YAML reader, the ExUnit event and lcov parsers. Prints the time per
// size and per MB; a reader is linear when its time per MB stays flat. Exits 1 when the time
// per MB at the largest size is more than kSlack times that at the smallest.
#include "core/yaml.h"
#include "review/ruleengine.h"
#include "tasks/trdparser.h"
#include "testing/coveragedata.h"
#include "testing/testeventparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace pwb;

namespace {

constexpr double kSlack = 6.0; // quadratic growth over 10 KB → 10 MB would be ~1000

QByteArray repeat(const QByteArray& unit, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes)
        out += unit;
    return out;
}

struct Reader
{
    const char* name;
    std::function<QByteArray(qsizetype)> input;
    std::function<qsizetype(const QByteArray&)> run; // returns something to keep it honest
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QList<qsizetype> sizes{10'000, 100'000, 1'000'000, 10'000'000};
    const QList<Reader> readers{
        {"review (rules + fingerprints)",
         [](qsizetype n) -> QByteArray {
             // Every call on the line is a finding (String.to_atom on data).
             return "defmodule A do def f(x), do: [" + repeat("String.to_atom(x), raw(x), ", n) +
                    "] end\n";
         },
         [](const QByteArray& b) {
             return qsizetype(
                 RuleEngine::analyze(QStringLiteral("lib/a_web/a.ex"), b).findings.size());
         }},
        {"TRD parser",
         [](qsizetype n) -> QByteArray {
             return "# TRD\n\n### TRD-001: Long\n**Description**: " +
                    repeat("word TRD-002 `code` **bold** ", n) + "\n**Estimated Hours**: 2\n";
         },
         [](const QByteArray& b) {
             return qsizetype(TrdParser::parse(b, QStringLiteral("docs/TRD/a.md")).tasks.size());
         }},
        {"YAML reader",
         [](qsizetype n) -> QByteArray {
             return "name: a\ndescription: " + repeat("word: and more ", n) + '\n';
         },
         [](const QByteArray& b) {
             yaml::Options o;
             o.plainColonValues = true;
             Diagnostics d;
             return qsizetype(yaml::parse(QByteArrayView(b), QStringLiteral("a.yaml"), &d, o)
                                  .text(u"description")
                                  .size());
         }},
        {"ExUnit events",
         [](qsizetype n) -> QByteArray {
             return R"({"event":"test_finished","test":{"name":")" + repeat("abc ", n) +
                    R"(","module":"A","state":"passed"}})" + QByteArray("\n");
         },
         [](const QByteArray& b) {
             TestEventParser p;
             return qsizetype(p.feed(b).size());
         }},
        {"lcov",
         [](qsizetype n) -> QByteArray {
             return "SF:lib/" + repeat("a", n) + ".ex\nDA:1,1\nend_of_record\n";
         },
         [](const QByteArray& b) {
             return qsizetype(CoverageParsers::parseLcov(QString::fromUtf8(b)).modules.size());
         }},
    };
    bool linear = true;
    for (const Reader& r : readers) {
        out << r.name << '\n';
        double first = 0;
        double last = 0;
        for (const qsizetype size : sizes) {
            const QByteArray input = r.input(size);
            QElapsedTimer t;
            t.start();
            const qsizetype result = r.run(input);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const double perMb = ms / (double(input.size()) / 1e6);
            out << QStringLiteral("  %1 bytes: %2 ms (%3 ms/MB, result %4)")
                       .arg(input.size(), 9)
                       .arg(ms, 9, 'f', 1)
                       .arg(perMb, 8, 'f', 1)
                       .arg(result)
                << Qt::endl;
            if (size == sizes.first())
                first = perMb;
            last = perMb;
        }
        const double ratio = first > 0 ? last / first : 0;
        out << QStringLiteral("  ms/MB at 10 MB / at 10 KB: %1%2\n")
                   .arg(ratio, 0, 'f', 2)
                   .arg(ratio > kSlack ? QStringLiteral("  NOT LINEAR") : QString());
        // Tiny inputs are dominated by fixed costs, so only growth counts as a failure.
        if (ratio > kSlack)
            linear = false;
    }
    return linear ? 0 : 1;
}
