// SPDX-License-Identifier: MIT
// SyntaxTree::fromRequest (is this value request data?) on inputs growing from 10 KB to
// 10 MB, through the whole review engine: a controller action with thousands of variables
// assigned from params and thousands of findings asking about their arguments, and one call
// with a huge argument list of params. Each answer must cost O(its range), not O(the
// definition): prints the time per size and per MB; exits 1 when the time per MB at the
// largest size is more than kSlack times that at the smallest. An argument caps the sizes
// (bench_requesttaint 1000000), to measure a slow build without waiting for ever.
#include "review/ruleengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace pwb;

namespace {

constexpr double kSlack = 6.0; // quadratic growth over 10 KB → 10 MB would be ~1000

struct Input
{
    const char* name;
    std::function<QByteArray(qsizetype)> make;
};

QByteArray controller(const QByteArray& body)
{
    return "defmodule AWeb.PageController do\n  use AWeb, :controller\n"
           "  def show(conn, params) do\n" +
           body + "    conn\n  end\nend\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qsizetype cap = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;
    QList<qsizetype> sizes;
    for (qsizetype s = 10'000; s <= cap; s *= 10)
        sizes << s;
    const QList<Input> inputs{
        {"many tainted variables, then many findings",
         [](qsizetype n) {
             // Half the body taints variables, half asks about values (String.to_atom of a
             // variable is a finding whose severity depends on fromRequest).
             QByteArray body;
             body.reserve(n + 64);
             int i = 0;
             while (body.size() < n / 2)
                 body += "    v" + QByteArray::number(i++) + " = Map.get(params, \"k\")\n";
             for (int k = 0; body.size() < n; ++k)
                 body += "    String.to_atom(w" + QByteArray::number(k) + ")\n";
             return controller(body);
         }},
        {"one call with a huge argument list",
         [](qsizetype n) {
             QByteArray args;
             args.reserve(n + 16);
             while (args.size() < n)
                 args += "params, ";
             return controller("    raw(Enum.max([" + args + "params]))\n");
         }},
    };
    bool linear = true;
    for (const Input& in : inputs) {
        out << in.name << '\n';
        double first = 0;
        double last = 0;
        for (const qsizetype size : sizes) {
            const QByteArray input = in.make(size);
            QElapsedTimer t;
            t.start();
            const qsizetype findings =
                RuleEngine::analyze(QStringLiteral("lib/a_web/page_controller.ex"), input)
                    .findings.size();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const double perMb = ms / (double(input.size()) / 1e6);
            out << QStringLiteral("  %1 bytes: %2 ms (%3 ms/MB, %4 findings)")
                       .arg(input.size(), 9)
                       .arg(ms, 9, 'f', 1)
                       .arg(perMb, 8, 'f', 1)
                       .arg(findings)
                << Qt::endl;
            if (size == sizes.first())
                first = perMb;
            last = perMb;
        }
        const double ratio = first > 0 ? last / first : 0;
        out << QStringLiteral("  ms/MB at %1 bytes / at 10 KB: %2%3\n")
                   .arg(sizes.last())
                   .arg(ratio, 0, 'f', 2)
                   .arg(ratio > kSlack ? QStringLiteral("  NOT LINEAR") : QString());
        if (ratio > kSlack)
            linear = false;
    }
    return linear ? 0 : 1;
}
