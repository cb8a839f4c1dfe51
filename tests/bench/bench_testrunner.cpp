// SPDX-License-Identifier: MIT
// What watching a run costs: a generated suite of 2,000 trivial tests in a dep-free
// project, run with plain `mix test` and through TestRunner (our formatter, the events file
// followed and parsed into a TestRunModel), in alternating order over several rounds. Each
// round gives a paired ratio (runner / plain, measured back to back); their median, min and
// max are the figure. Target: under 5% overhead.
//
//   bench_testrunner [--rounds N] [--profile]
//
// --profile adds the steps in between, each paired with the same round's plain run, to
// show where the overhead comes from: loading the formatter script, the formatter
// receiving events, encoding and writing them, our parsing, our model updates. CPU times
// (the BEAM's, as a child of this process, and our own) are printed beside wall times.
#include "testing/ansitext.h"
#include "testing/formatterscript.h"
#include "testing/testeventparser.h"
#include "testing/testrunmodel.h"
#include "testing/testrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace pwb;

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

struct Sample
{
    double wallMs = 0;
    double childCpuMs = 0; // elixir/erl/beam, reaped by QProcess
    double selfCpuMs = 0;  // this process: reading, parsing, model
};

double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

Sample measure(const std::function<void()>& run)
{
    const double child = cpuMs(RUSAGE_CHILDREN);
    const double self = cpuMs(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    run();
    Sample s;
    s.wallMs = double(clock.nsecsElapsed()) / 1e6;
    s.childCpuMs = cpuMs(RUSAGE_CHILDREN) - child;
    s.selfCpuMs = cpuMs(RUSAGE_SELF) - self;
    return s;
}

// A process run to its end with its output drained as it comes (as the runner does).
void runProcess(const QString& root, const QString& program, const QStringList& args,
                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setWorkingDirectory(root);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray out;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &loop,
                     [&] { out += p.readAllStandardOutput(); });
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    p.start(program, args);
    p.closeWriteChannel();
    loop.exec();
    out += p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fprintf(stderr, "%s %s failed:\n%s\n", qPrintable(program), qPrintable(args.join(u' ')),
                out.right(2000).constData());
}

QString mixProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("mix"));
}

QString elixirProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("elixir"));
}

const QStringList kSeed{QStringLiteral("--seed"), QStringLiteral("0")};

void plainRun(const QString& root)
{
    runProcess(root, mixProgram(), QStringList{QStringLiteral("test")} + kSeed);
}

// `elixir -r formatter.exs -S mix test ...`, optionally with our formatter and events file.
void scriptRun(const QString& root, bool withFormatter, bool withEvents)
{
    const QString script = FormatterScript::path();
    QStringList args{QStringLiteral("-r"), script, QStringLiteral("-S"), QStringLiteral("mix"),
                     QStringLiteral("test")};
    if (withFormatter)
        args << QStringLiteral("--formatter") << FormatterScript::moduleName()
             << QStringLiteral("--formatter") << QStringLiteral("ExUnit.CLIFormatter");
    args << kSeed;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QTemporaryDir tmp;
    if (withEvents)
        env.insert(FormatterScript::eventsVariable(), tmp.filePath(QStringLiteral("events.jsonl")));
    else
        env.remove(FormatterScript::eventsVariable());
    runProcess(root, elixirProgram(), args, env);
}

// What the app does: TestRunner follows the events; with `withModel` they land in a
// TestRunModel as in the Tests view.
int runnerRun(const QString& root, bool withModel)
{
    TestRunner runner;
    TestRunModel model;
    TestRunOptions o;
    o.seed = 0;
    o.color = false;
    int events = 0;
    if (withModel)
        QObject::connect(&runner, &TestRunner::eventsReceived, &model, &TestRunModel::applyEvents);
    else
        QObject::connect(&runner, &TestRunner::eventsReceived, &runner,
                         [&events](const QList<TestEvent>& e) { events += int(e.size()); });
    QEventLoop loop;
    TestRunOutcome outcome;
    QObject::connect(&runner, &TestRunner::finished, &loop, [&](const TestRunOutcome& out) {
        outcome = out;
        loop.quit();
    });
    model.beginRun(root, QStringLiteral("bench_suite"));
    runner.start(root, o);
    loop.exec();
    model.endRun();
    if (outcome.status != TestRunOutcome::Status::Passed)
        fprintf(stderr, "runner: %s\n", qPrintable(outcome.message));
    return withModel ? model.counts().passed : events;
}

// Our side alone, in this process, on one run's captured events and output: the best of
// a few repetitions of parsing, of model updates, and of stripping ANSI from the raw log.
void inProcessProfile(const QString& root)
{
    TestRunner runner;
    TestRunOptions o;
    o.seed = 0;
    QEventLoop loop;
    QObject::connect(&runner, &TestRunner::finished, &loop, &QEventLoop::quit);
    runner.start(root, o);
    loop.exec();
    const QByteArray data = runner.eventsData();
    const QString log = runner.rawLog();
    double parseMs = 1e9, modelMs = 1e9, ansiMs = 1e9;
    qsizetype count = 0;
    for (int rep = 0; rep < 5; ++rep) {
        QElapsedTimer t;
        t.start();
        TestEventParser parser(QStringLiteral("events"));
        // In 64 KiB pieces, as a growing file is read.
        QList<QList<TestEvent>> batches;
        for (qsizetype at = 0; at < data.size(); at += 65536)
            batches << parser.feed(data.mid(at, 65536));
        batches << parser.finish();
        parseMs = std::min(parseMs, double(t.nsecsElapsed()) / 1e6);
        count = 0;
        for (const auto& b : batches)
            count += b.size();
        TestRunModel model;
        t.restart();
        model.beginRun(root, QStringLiteral("bench_suite"));
        for (const auto& b : batches)
            model.applyEvents(b);
        model.endRun();
        modelMs = std::min(modelMs, double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const QString plain = AnsiText::strip(log);
        ansiMs = std::min(ansiMs, double(t.nsecsElapsed()) / 1e6);
        if (plain.isEmpty())
            ansiMs = -1;
    }
    printf("in-process, one run's data (best of 5): %lld events (%lld KiB) parsed in %.1f ms, "
           "model updated in %.1f ms; raw log (%lld KiB) stripped of ANSI in %.1f ms\n",
           qlonglong(count), qlonglong(data.size() / 1024), parseMs, modelMs,
           qlonglong(log.size() / 1024), ansiMs);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()    ? 0
           : v.size() % 2 ? v.at(v.size() / 2)
                          : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

struct Variant
{
    const char* name;
    std::function<void()> run;
    QList<Sample> samples;
    QList<double> ratios;    // wall, paired with the same round's plain run
    QList<double> cpuRatios; // CPU (the BEAM's and ours), paired likewise
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cl;
    cl.setApplicationDescription(QStringLiteral("Runner overhead over plain mix test"));
    cl.addHelpOption();
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"),
                                       QStringLiteral("Alternating rounds (default 9, or "
                                                      "$PWB_BENCH_ROUNDS)."),
                                       QStringLiteral("n"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QStringLiteral("Also time the steps in between."));
    cl.addOption(roundsOpt);
    cl.addOption(profileOpt);
    cl.process(app);

    if (mixProgram().isEmpty() || elixirProgram().isEmpty()) {
        printf("bench_testrunner: SKIP (mix/elixir is not installed)\n");
        return 0;
    }
    int rounds = qEnvironmentVariableIsSet("PWB_BENCH_ROUNDS")
                     ? qEnvironmentVariableIntValue("PWB_BENCH_ROUNDS")
                     : 9;
    if (cl.isSet(roundsOpt))
        rounds = cl.value(roundsOpt).toInt();
    rounds = std::max(rounds, 1);
    QTemporaryDir dir;
    const QString root = dir.path();
    if (!generate(root)) {
        fprintf(stderr, "cannot generate the suite in %s\n", qPrintable(root));
        return 1;
    }
    const int total = kFiles * kTestsPerFile;
    int passed = 0;
    QList<Variant> variants;
    variants << Variant{"plain mix test", [&] { plainRun(root); }, {}, {}, {}};
    if (cl.isSet(profileOpt)) {
        variants << Variant{
            "+ elixir -r formatter.exs", [&] { scriptRun(root, false, false); }, {}, {}, {}};
        variants << Variant{
            "+ --formatter (no events file)", [&] { scriptRun(root, true, false); }, {}, {}, {}};
        variants << Variant{
            "+ events written, not read", [&] { scriptRun(root, true, true); }, {}, {}, {}};
        variants << Variant{
            "+ TestRunner reads and parses", [&] { runnerRun(root, false); }, {}, {}, {}};
    }
    variants << Variant{
        "runner (as the app: + model)", [&] { passed = runnerRun(root, true); }, {}, {}, {}};

#ifdef NDEBUG
    const char* build = "release";
#else
    const char* build = "debug";
#endif
    printf("suite: %d tests in %d files; %d rounds; %s build; load average %s\n", total, kFiles,
           rounds, build, qPrintable(loadAverage()));
    // Compile once and warm the caches (and the formatter's compiled copy) for every side.
    for (Variant& v : variants)
        v.run();

    if (cl.isSet(profileOpt))
        inProcessProfile(root);

    const qsizetype n = variants.size();
    for (int r = 0; r < rounds; ++r) {
        // Rotate the order each round, so drift and position hit every variant alike.
        QList<Sample> round(n);
        for (qsizetype k = 0; k < n; ++k) {
            const qsizetype i = (k + r) % n;
            round[i] = measure(variants[i].run);
        }
        printf("round %d:", r + 1);
        for (qsizetype i = 0; i < n; ++i) {
            variants[i].samples << round[i];
            const double ratio = 100.0 * (round[i].wallMs / round[0].wallMs - 1.0);
            variants[i].ratios << ratio;
            const double cpu = round[i].childCpuMs + round[i].selfCpuMs;
            const double plainCpu = round[0].childCpuMs + round[0].selfCpuMs;
            variants[i].cpuRatios << (plainCpu > 0 ? 100.0 * (cpu / plainCpu - 1.0) : 0.0);
            if (i == 0)
                printf(" plain %.0f ms", round[i].wallMs);
            else
                printf(" | %s %.0f ms (%+.1f%%)", i == n - 1 ? "runner" : "step", round[i].wallMs,
                       ratio);
        }
        printf("\n");
        fflush(stdout);
    }

    printf("\n%-32s %8s %11s %10s   %-28s %s\n", "median over rounds", "wall ms", "BEAM cpu ms",
           "our cpu ms", "wall vs plain: median [min, max]", "cpu vs plain: median [min, max]");
    for (const Variant& v : variants) {
        QList<double> wall, child, self;
        for (const Sample& s : v.samples) {
            wall << s.wallMs;
            child << s.childCpuMs;
            self << s.selfCpuMs;
        }
        printf("%-32s %8.0f %11.0f %10.0f", v.name, median(wall), median(child), median(self));
        if (&v != &variants.first()) {
            const QString w =
                QString::asprintf("%+.1f%% [%+.1f%%, %+.1f%%]", median(v.ratios),
                                  *std::min_element(v.ratios.cbegin(), v.ratios.cend()),
                                  *std::max_element(v.ratios.cbegin(), v.ratios.cend()));
            printf("   %-33s %+.1f%% [%+.1f%%, %+.1f%%]", qPrintable(w), median(v.cpuRatios),
                   *std::min_element(v.cpuRatios.cbegin(), v.cpuRatios.cend()),
                   *std::max_element(v.cpuRatios.cbegin(), v.cpuRatios.cend()));
        }
        printf("\n");
    }
    const Variant& ours = variants.last();
    printf("\nsuite: %d tests (%d passed through the runner); load average now %s\n", total, passed,
           qPrintable(loadAverage()));
    printf("overhead (runner / plain - 1, per round): median %+.1f%%, min %+.1f%%, max %+.1f%% "
           "over %d rounds (target < 5%%)\n",
           median(ours.ratios), *std::min_element(ours.ratios.cbegin(), ours.ratios.cend()),
           *std::max_element(ours.ratios.cbegin(), ours.ratios.cend()), rounds);
    printf("cpu overhead (BEAM + ours, runner / plain - 1, per round): median %+.1f%%, "
           "min %+.1f%%, max %+.1f%%\n",
           median(ours.cpuRatios),
           *std::min_element(ours.cpuRatios.cbegin(), ours.cpuRatios.cend()),
           *std::max_element(ours.cpuRatios.cbegin(), ours.cpuRatios.cend()));
    return passed == total ? 0 : 1;
}
