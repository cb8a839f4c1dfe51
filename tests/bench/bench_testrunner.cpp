// SPDX-License-Identifier: MIT
// What watching a run costs: a generated suite of 2,000 trivial tests in a dep-free
// project, run with plain `mix test` and through TestRunner (our formatter, the events file
// followed and parsed into a TestRunModel), alternating, a few rounds; medians compared.
// Target: under 5% overhead.
#include "testing/testrunmodel.h"
#include "testing/testrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr int kFiles = 20;
constexpr int kTestsPerFile = 100;

bool write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

bool generate(const QString& root)
{
    bool ok = write(root + QStringLiteral("/mix.exs"),
                    "defmodule BenchSuite.MixProject do\n  use Mix.Project\n"
                    "  def project, do: [app: :bench_suite, version: \"0.1.0\", deps: []]\n"
                    "  def application, do: [extra_applications: [:logger]]\nend\n");
    ok = ok && write(root + QStringLiteral("/lib/bench_suite.ex"),
                     "defmodule BenchSuite do\n  def double(x), do: x * 2\nend\n");
    ok = ok && write(root + QStringLiteral("/test/test_helper.exs"), "ExUnit.start()\n");
    for (int f = 0; f < kFiles && ok; ++f) {
        QByteArray text = "defmodule BenchSuite.Test" + QByteArray::number(f) +
                          " do\n  use ExUnit.Case, async: true\n";
        for (int t = 0; t < kTestsPerFile; ++t)
            text += "  test \"doubles " + QByteArray::number(t) +
                    "\" do\n    assert BenchSuite.double(" + QByteArray::number(t) +
                    ") == " + QByteArray::number(2 * t) + "\n  end\n";
        text += "end\n";
        ok = write(root + QStringLiteral("/test/t") + QString::number(f) +
                       QStringLiteral("_test.exs"),
                   text);
    }
    return ok;
}

double plainRun(const QString& root)
{
    QProcess p;
    p.setWorkingDirectory(root);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    p.start(QStandardPaths::findExecutable(QStringLiteral("mix")),
            {QStringLiteral("test"), QStringLiteral("--seed"), QStringLiteral("0")});
    p.closeWriteChannel();
    p.waitForFinished(600000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (p.exitCode() != 0)
        fprintf(stderr, "plain mix test failed:\n%s\n", p.readAll().constData());
    return ms;
}

double runnerRun(const QString& root, int* tests)
{
    TestRunner runner;
    TestRunModel model;
    TestRunOptions o;
    o.seed = 0;
    o.color = false;
    QObject::connect(&runner, &TestRunner::eventsReceived, &model, &TestRunModel::applyEvents);
    QEventLoop loop;
    TestRunOutcome outcome;
    QObject::connect(&runner, &TestRunner::finished, &loop, [&](const TestRunOutcome& out) {
        outcome = out;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    model.beginRun(root, QStringLiteral("bench_suite"));
    runner.start(root, o);
    loop.exec();
    model.endRun();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    *tests = model.counts().passed;
    if (outcome.status != TestRunOutcome::Status::Passed)
        fprintf(stderr, "runner: %s\n", qPrintable(outcome.message));
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()    ? 0
           : v.size() % 2 ? v.at(v.size() / 2)
                          : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (QStandardPaths::findExecutable(QStringLiteral("mix")).isEmpty()) {
        printf("bench_testrunner: SKIP (mix is not installed)\n");
        return 0;
    }
    const int rounds = qEnvironmentVariableIsSet("PWB_BENCH_ROUNDS")
                           ? qEnvironmentVariableIntValue("PWB_BENCH_ROUNDS")
                           : 5;
    QTemporaryDir dir;
    const QString root = dir.path();
    if (!generate(root)) {
        fprintf(stderr, "cannot generate the suite in %s\n", qPrintable(root));
        return 1;
    }
    // Compile once and warm the file cache, so both sides measure running tests.
    plainRun(root);
    int tests = 0;
    runnerRun(root, &tests);

    QList<double> plain, ours;
    for (int r = 0; r < rounds; ++r) {
        // Alternate which goes first, so drift hits both alike.
        if (r % 2 == 0) {
            plain << plainRun(root);
            ours << runnerRun(root, &tests);
        } else {
            ours << runnerRun(root, &tests);
            plain << plainRun(root);
        }
        printf("round %d: plain %.0f ms, runner %.0f ms\n", r + 1, plain.last(), ours.last());
        fflush(stdout);
    }
    const double p = median(plain);
    const double o = median(ours);
    printf("suite: %d tests (%d passed through the runner)\n", kFiles * kTestsPerFile, tests);
    printf("plain mix test:            median %.0f ms over %d rounds\n", p, rounds);
    printf("runner (formatter+events): median %.0f ms over %d rounds\n", o, rounds);
    printf("overhead: %+.1f%% (target < 5%%)\n", p > 0 ? 100.0 * (o - p) / p : 0.0);
    return tests == kFiles * kTestsPerFile ? 0 : 1;
}
