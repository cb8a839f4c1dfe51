// SPDX-License-Identifier: MIT
// Parses a generated TRD of 10,000 tasks and prints ms and tasks/s, against two peers
// measured in the same run on the same bytes: md4c alone with no-op callbacks (the floor
// our structure pass cannot beat) and a plain line scan counting task headers.
#include "tasks/trdlint.h"
#include "tasks/trdparser.h"

#include "generatedtrd.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <md4c.h>

#include <sys/mman.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace pwb;

namespace {

int noBlock(MD_BLOCKTYPE, void*, void*)
{
    return 0;
}
int noSpan(MD_SPANTYPE, void*, void*)
{
    return 0;
}
int noText(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void* user)
{
    ++*static_cast<long*>(user);
    return 0;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Minor page faults of the calling thread so far: a parse whose result is kept writes it into
// memory the process never touched, and each first touch of a page is a fault.
long threadFaults()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return u.ru_minflt;
}

// What a first touch of a page costs on this machine, in microseconds of the thread's CPU
// time: about 2 on some virtual machines, 12 on others, well under 1 on bare metal. The
// CPU-time ratios below move with it, md4c (which keeps nothing) does not.
double faultCostUs()
{
    constexpr size_t bytes = size_t(64) << 20;
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            return -1;
        auto* p = static_cast<volatile char*>(m);
        const double c0 = threadCpuMs();
        for (size_t i = 0; i < bytes; i += 4096)
            p[i] = 1;
        best = std::min(best, (threadCpuMs() - c0) * 1000.0 / double(bytes / 4096));
        munmap(m, bytes);
    }
    return best;
}

// Median wall time of f; with cpu, also the median CPU time of the calling thread (what a
// single-threaded f costs, whatever else the machine is doing).
template <typename F> double medianMs(int runs, F&& f, double* cpu = nullptr)
{
    QList<double> t;
    QList<double> c;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double c0 = threadCpuMs();
        timer.start();
        f();
        t << double(timer.nsecsElapsed()) / 1e6;
        c << threadCpuMs() - c0;
    }
    std::sort(t.begin(), t.end());
    std::sort(c.begin(), c.end());
    if (cpu)
        *cpu = c.at(c.size() / 2);
    return t.at(t.size() / 2);
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
    double faults = 0; // minor page faults per parse
    double peerWallMs = 0;
    double peerCpuMs = 0;
    // Medians of each parse's time over the peer run right after it: the machine's speed
    // drifts (on this VM md4c alone took 6.5 ms in one run and 11 ms in the next), and a pair
    // meets the same speed where two medians taken apart need not.
    double wallRatio = 0;
    double cpuRatio = 0;
};

// Medians of `runs` parses, each followed by a run of the peer (md4c alone) on the same bytes:
// interleaved, both meet the same load when other work shares the machine, and the ratio
// holds where separate batches drifted by half.
//
// Without `kept`, each result is freed after the clocks stop and the next parse reuses its
// memory, as a re-parse does in the app (a changed plan replaces its document); freeing is not
// timed. With `kept`, every result is kept, so each parse writes into memory the process never
// touched, and pays a page fault per 4 KB: a price set by the machine (well under 1 us on bare
// metal, 11 us on this VM) that md4c, which keeps nothing, never pays. Both are printed; the
// target is on the first.
template <typename F, typename P>
Timing timeParses(int runs, F&& parse, P&& peer, QList<TrdDocument>* kept = nullptr)
{
    QList<double> wall;
    QList<double> cpu;
    QList<double> peerWall;
    QList<double> peerCpu;
    QList<double> wallRatios;
    QList<double> cpuRatios;
    long faults = 0;
    for (int i = 0; i < runs; ++i) {
        const long f0 = threadFaults();
        QElapsedTimer timer;
        double c0 = threadCpuMs();
        timer.start();
        TrdDocument doc = parse();
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - c0;
        faults += threadFaults() - f0;
        if (kept)
            kept->append(std::move(doc));
        else
            doc = TrdDocument();
        c0 = threadCpuMs();
        timer.start();
        peer();
        peerWall << double(timer.nsecsElapsed()) / 1e6;
        peerCpu << threadCpuMs() - c0;
        wallRatios << wall.last() / std::max(peerWall.last(), 1e-6);
        cpuRatios << cpu.last() / std::max(peerCpu.last(), 1e-6);
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    return Timing{median(wall),    median(cpu),        double(faults) / runs, median(peerWall),
                  median(peerCpu), median(wallRatios), median(cpuRatios)};
}

// A plan in the checklist form most teams write: sprint headings, checklist tasks with ids
// and estimates, nested subtasks, a summary table naming every task.
QByteArray checklistPlan(int tasks)
{
    QByteArray plan = "# Generated Checklist Plan\n\n## Master Task List\n\n";
    for (int i = 0; i < tasks; ++i) {
        if (i % 100 == 0)
            plan += "### Sprint " + QByteArray::number(i / 100 + 1) + ": Part " +
                    QByteArray::number(i / 100 + 1) + " (~" + QByteArray::number(100 * 3) +
                    "h)\n\n";
        plan += "- [" + QByteArray(i % 3 == 0 ? "x" : " ") + "] **CHK-" + QByteArray::number(i) +
                "**: Build part " + QByteArray::number(i) + " of the system (3h) [depends: CHK-" +
                QByteArray::number(std::max(0, i - 1)) + "]\n  - [x] design\n  - [ ] code\n";
    }
    plan += "\n## Summary\n\n| Task | Est | Status |\n|------|-----|--------|\n";
    for (int i = 0; i < tasks; ++i)
        plan += "| CHK-" + QByteArray::number(i) + " | 3h | " +
                QByteArray(i % 3 == 0 ? "✅ Done" : "Todo") + " |\n";
    return plan;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // `bench_trdparse --profile-checklist N` (or `--profile-trd N`): only the checklist plan
    // (or the generated TRD), N times on one thread, for perf.
    const int checklistAt = int(app.arguments().indexOf(QStringLiteral("--profile-checklist")));
    const int trdAt = int(app.arguments().indexOf(QStringLiteral("--profile-trd")));
    if (const int at = std::max(checklistAt, trdAt); at > 0) {
        const int n = std::max(1, app.arguments().value(at + 1).toInt());
        const QByteArray plan = at == trdAt ? generatedTrd(10000) : checklistPlan(10000);
        qsizetype total = 0;
        for (int i = 0; i < n; ++i)
            total += TrdParser::parse(plan, QStringLiteral("plan.md"), TrdParser::Threads::Single)
                         .tasks.size();
        std::printf("  profiled %d parses, %lld tasks\n", n, qlonglong(total));
        return 0;
    }
    const int tasks = 10000;
    const int runs = 15;
    const QByteArray md = generatedTrd(tasks);
    std::printf("bench_trdparse: generated TRD, %d tasks, %.1f MB, %lld lines\n", tasks,
                double(md.size()) / 1e6, qlonglong(md.count('\n')));

    long texts = 0;
    MD_PARSER p{};
    p.flags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTMLSPANS;
    p.enter_block = noBlock;
    p.leave_block = noBlock;
    p.enter_span = noSpan;
    p.leave_span = noSpan;
    p.text = noText;
    auto md4cOn = [&p, &texts](const QByteArray& bytes) {
        return [&p, &texts, &bytes] {
            texts = 0;
            md_parse(bytes.constData(), MD_SIZE(bytes.size()), &p, &texts);
        };
    };
    auto parseTrd = [&](TrdParser::Threads threads) {
        return [&md, threads] { return TrdParser::parse(md, QStringLiteral("gen.md"), threads); };
    };
    const Timing parse = timeParses(runs, parseTrd(TrdParser::Threads::Auto), md4cOn(md));
    const Timing single = timeParses(runs, parseTrd(TrdParser::Threads::Single), md4cOn(md));
    // The checklist plan below, with its memory reused too: before any result is kept, so
    // that kept documents do not shape the heap these runs reuse.
    const QByteArray plan = checklistPlan(tasks);
    auto parsePlan = [&plan] {
        return TrdParser::parse(plan, QStringLiteral("plan.md"), TrdParser::Threads::Single);
    };
    const Timing planTiming = timeParses(runs, parsePlan, md4cOn(plan));
    QList<TrdDocument> kept;
    kept.reserve(runs);
    const Timing singleKept =
        timeParses(runs, parseTrd(TrdParser::Threads::Single), md4cOn(md), &kept);
    const TrdDocument& doc = kept.first();
    if (doc.tasks.size() != tasks) {
        std::printf("bench_trdparse: FAILED, parsed %lld tasks\n", qlonglong(doc.tasks.size()));
        return 1;
    }
    QList<Diagnostics> lints;
    const double lintMs = medianMs(runs, [&] { lints.append(TrdLint::check(doc)); });
    const Diagnostics& lint = lints.first();
    // md4c's CPU time too: on a busy machine wall times swell, a CPU-time ratio less so.
    const double md4c = parse.peerWallMs;
    const double md4cCpu = single.peerCpuMs;

    long headers = 0;
    const double scan = medianMs(runs, [&] {
        headers = 0;
        const char* s = md.constData();
        const char* end = s + md.size();
        while (s < end) {
            const char* nl = static_cast<const char*>(std::memchr(s, '\n', size_t(end - s)));
            if (!nl)
                nl = end;
            if (nl - s > 6 && std::memcmp(s, "**GEN-", 6) == 0)
                ++headers;
            s = nl + 1;
        }
    });

    std::printf("  TrdParser::parse     %8.2f ms  %10.0f tasks/s  (median of %d; md4c on a "
                "second thread, %d cores)\n",
                parse.wallMs, tasks / (parse.wallMs / 1000.0), runs, QThread::idealThreadCount());
    std::printf("  ... on one thread    %8.2f ms  %10.0f tasks/s  (CPU time %.2f ms)\n",
                single.wallMs, tasks / (single.wallMs / 1000.0), single.cpuMs);
    std::printf("  ... keeping results  %8.2f ms  (CPU time %.2f ms, %.2fx md4c; %.0f page faults "
                "a parse: below)\n",
                singleKept.wallMs, singleKept.cpuMs, singleKept.cpuRatio, singleKept.faults);
    std::printf("  TrdLint::check       %8.2f ms  (%lld findings)\n", lintMs,
                qlonglong(lint.size()));
    std::printf("  peer md4c no-op      %8.2f ms  %10.0f tasks/s  (%ld text callbacks; CPU time "
                "%.2f ms)\n",
                md4c, tasks / (md4c / 1000.0), texts, md4cCpu);
    std::printf("  peer line scan       %8.2f ms  (%ld headers)\n", scan, headers);
    std::printf("  ratio parse / md4c   %8.2fx  (one thread: %.2fx; each the median of %d parses "
                "over the md4c run right after each)\n",
                parse.wallRatio, single.wallRatio, runs);
    std::printf("  ratio parse / scan   %8.2fx\n", parse.wallMs / scan);
    std::printf("  target < 100 ms for %d tasks: %s\n", tasks,
                parse.wallMs < 100 ? "met" : "MISSED");
    // Met only when the CPU-time ratio agrees: on a busy machine a stretched md4c run alone
    // can bring the wall-time ratio under the target. The memory of each parse is reused
    // (timeParses); with every result kept, see the last line.
    const bool met = parse.wallRatio <= 4 && single.cpuRatio <= 4;
    std::printf("  target ratio <= 4x md4c: %s (%.2fx; CPU time one thread / md4c CPU time "
                "%.2fx; both must be <= 4x)\n",
                met ? "met" : "MISSED", parse.wallRatio, single.cpuRatio);

    // The same on a plan in the checklist form most teams write: sprint headings, checklist
    // tasks with ids and estimates, nested subtasks, a summary table naming every task.
    QList<TrdDocument> keptPlans;
    keptPlans.reserve(runs);
    const Timing planKept = timeParses(runs, parsePlan, md4cOn(plan), &keptPlans);
    if (keptPlans.first().tasks.size() != tasks) {
        std::printf("bench_trdparse: FAILED, checklist plan gave %lld tasks\n",
                    qlonglong(keptPlans.first().tasks.size()));
        return 1;
    }
    const double planMd4c = planTiming.peerWallMs;
    const double planMd4cCpu = planTiming.peerCpuMs;
    const double planMs = planTiming.wallMs;
    std::printf("  checklist plan %.1f MB: parse %8.2f ms (one thread), md4c alone %8.2f ms, "
                "ratio %.2fx (target <= 4x, in CPU time too): %s; CPU time %.2f / %.2f ms, %.2fx\n",
                double(plan.size()) / 1e6, planMs, planMd4c, planTiming.wallRatio,
                planTiming.wallRatio <= 4 && planTiming.cpuRatio <= 4 ? "met" : "MISSED",
                planTiming.cpuMs, planMd4cCpu, planTiming.cpuRatio);
    std::printf("  ... keeping results: CPU time %.2f ms, %.2fx md4c\n", planKept.cpuMs,
                planKept.cpuRatio);
    // Why keeping results costs more, and more on some machines than on others.
    const double fault = faultCostUs();
    std::printf(
        "  page faults per kept parse (one thread): TRD %.0f, checklist %.0f (%.0f and %.0f when "
        "the memory is reused); a first touch of a page costs %.2f us here, i.e. about %.1f and "
        "%.1f ms of the kept parses\n",
        singleKept.faults, planKept.faults, single.faults, planTiming.faults, fault,
        singleKept.faults * fault / 1000.0, planKept.faults * fault / 1000.0);
    const double trdKeptRatio = singleKept.cpuRatio;
    const double planKeptRatio = planKept.cpuRatio;
    std::printf(
        "  with every result kept (fresh memory each parse): TRD %.2fx, checklist %.2fx md4c "
        "in CPU time, <= 4x: %s\n",
        trdKeptRatio, planKeptRatio, trdKeptRatio <= 4 && planKeptRatio <= 4 ? "met" : "MISSED");
    return 0;
}
