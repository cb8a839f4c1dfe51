// SPDX-License-Identifier: MIT
// Opening a big trace: generates a ~100 MB Playwright trace zip (actions, snapshots,
// network, a LiveView socket, screencast frames), times until TraceModel's action list is
// ready, and in the same run `unzip -p` of the same entries. Prints both and the ratio
// (target: within 3x).
#include "traces/tracemodel.h"
#include "traces/tracereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <zip.h>

#include <cstdio>
#include <memory>

using namespace pwb;

namespace {

struct ZipWriter
{
    zip_t* z = nullptr;
    std::list<QByteArray> keep; // libzip reads the buffers at close
    explicit ZipWriter(const QString& path)
    {
        int err = 0;
        z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    }
    ~ZipWriter()
    {
        if (z)
            zip_discard(z);
    }
    bool add(const QString& name, QByteArray data, bool store)
    {
        keep.push_back(std::move(data));
        zip_source_t* src =
            zip_source_buffer(z, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
        const zip_int64_t idx = zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(src);
            return false;
        }
        zip_set_file_compression(z, zip_uint64_t(idx), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1);
        return true;
    }
    bool close()
    {
        const bool ok = zip_close(z) == 0;
        if (ok)
            z = nullptr;
        return ok;
    }
};

QByteArray randomHex(QRandomGenerator& rng, int bytes)
{
    QByteArray raw(bytes / 2, Qt::Uninitialized);
    for (char& c : raw)
        c = char(rng.generate() & 0xff);
    return raw.toHex();
}

// The entries the action list needs, as NDJSON.
bool generate(const QString& path, QStringList* listEntries)
{
    QRandomGenerator rng(42);
    const double wall = 1.7e12;
    QByteArray trace;
    trace.reserve(120 << 20);
    trace +=
        R"({"version":10,"type":"context-options","origin":"library","browserName":"chromium","playwrightVersion":"1.65.1","options":{},"platform":"linux","wallTime":1700000000000,"monotonicTime":0,"sdkLanguage":"javascript","title":"bench: a very long LiveView session"})"
        "\n";
    QByteArray network;
    QByteArray socket;
    constexpr int kActions = 12000;
    double t = 10;
    for (int i = 0; i < kActions; ++i) {
        const QByteArray id = "call@" + QByteArray::number(i);
        const QByteArray start = QByteArray::number(t, 'f', 3);
        trace +=
            R"({"type":"before","callId":")" + id + R"(","startTime":)" + start +
            R"(,"class":"Frame","method":"click","params":{"selector":"internal:role=button[name=\"Add item )" +
            QByteArray::number(i) +
            R"(\"i]","strict":true,"timeout":30000}})"
            "\n";
        for (int phase = 0; phase < 2; ++phase)
            trace += R"({"type":"frame-snapshot","snapshot":{"callId":")" + id +
                     R"(","phase":"before","html":["HTML",{},["BODY",{},")" + randomHex(rng, 3600) +
                     R"("]]}})"
                     "\n";
        trace += R"({"type":"log","callId":")" + id + R"(","time":)" + start +
                 R"(,"message":"waiting for the Add button"})"
                 "\n";
        trace += R"({"type":"input","callId":")" + id +
                 R"(","point":{"x":10,"y":20}})"
                 "\n";
        if (i % 20 == 0)
            trace += R"({"type":"console","messageType":"log","text":"phx-F1 update: diff )" +
                     QByteArray::number(i) + R"(","time":)" + start + "}\n";
        trace += R"({"type":"after","callId":")" + id + R"(","endTime":)" +
                 QByteArray::number(t + 30, 'f', 3) + "}\n";
        network +=
            R"({"type":"resource-snapshot","snapshot":{"pageref":"page@1","startedDateTime":"2023-11-14T22:13:20.000Z","time":3.5,"request":{"method":"GET","url":"http://127.0.0.1:4000/api/items/)" +
            QByteArray::number(i) + R"(","headers":[{"name":"x-trace","value":")" +
            randomHex(rng, 400) +
            R"("}]},"response":{"status":200,"content":{"size":21,"mimeType":"application/json"}},"_monotonicTime":)" +
            start +
            R"(,"_resourceType":"fetch"}})"
            "\n";
        const QByteArray sendWall = QByteArray::number(wall + t + 5, 'f', 3);
        socket +=
            R"({"type":"send","time":)" + sendWall + R"(,"opcode":1,"data":"[\"1\",\")" +
            QByteArray::number(i + 2) +
            R"(\",\"lv:phx-F1\",\"event\",{\"type\":\"click\",\"event\":\"add\",\"value\":{}}]"})"
            "\n";
        socket +=
            R"({"type":"receive","time":)" + QByteArray::number(wall + t + 25, 'f', 3) +
            R"(,"opcode":1,"data":"[\"1\",\")" + QByteArray::number(i + 2) +
            R"(\",\"lv:phx-F1\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"diff\":{}}}]"})"
            "\n";
        t += 40;
    }
    network +=
        R"({"type":"resource-snapshot","snapshot":{"pageref":"page@1","startedDateTime":"2023-11-14T22:13:20.000Z","time":1,"request":{"method":"GET","url":"ws://127.0.0.1:4000/live/websocket?vsn=2.0.0"},"response":{"status":101,"content":{"size":-1,"mimeType":"x-unknown","_file":"resources/socket.jsonl"}},"_monotonicTime":5,"_resourceType":"websocket"}})"
        "\n";
    ZipWriter w(path);
    if (!w.z)
        return false;
    bool ok = w.add(QStringLiteral("trace.trace"), trace, false) &&
              w.add(QStringLiteral("trace.network"), network, false) &&
              w.add(QStringLiteral("resources/socket.jsonl"), socket, false) &&
              w.add(QStringLiteral("trace.stacks"), R"({"files":[],"stacks":[]})", false);
    // Screencast frames: stored, not needed for the action list.
    for (int i = 0; ok && i < 500; ++i) {
        QByteArray jpeg = "\xff\xd8" + randomHex(rng, 120000).left(100000);
        ok = w.add(QStringLiteral("screencast/page@1-%1.jpeg").arg(i), jpeg, true);
    }
    *listEntries = {QStringLiteral("trace.trace"), QStringLiteral("trace.network"),
                    QStringLiteral("trace.stacks"), QStringLiteral("resources/socket.jsonl")};
    return ok && w.close();
}

double timeModel(const QString& path, int* actions, int* liveView)
{
    TraceModel model;
    QSignalSpy loaded(&model, &TraceModel::loaded);
    QElapsedTimer timer;
    timer.start();
    model.load(path);
    while (loaded.isEmpty() && model.state() != TraceModel::State::Failed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *actions = model.rowCount();
    *liveView = model.trace().liveView.eventCount();
    return ms;
}

double timeUnzip(const QString& unzip, const QString& path, const QStringList& entries)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(unzip, QStringList{QStringLiteral("-p"), path} + entries);
    p.waitForFinished(-1);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        out << "bench_traceopen: unzip not found (scripts/deps installs it)\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big-trace.zip"));
    QStringList entries;
    QElapsedTimer gen;
    gen.start();
    if (!generate(path, &entries)) {
        out << "bench_traceopen: could not write " << path << '\n';
        return 1;
    }
    const double mb = double(QFile(path).size()) / (1 << 20);
    out << QStringLiteral("generated %1 MB trace zip in %2 s\n")
               .arg(mb, 0, 'f', 1)
               .arg(gen.elapsed() / 1000.0, 0, 'f', 1);
    out.flush();

    double best = 1e18, bestUnzip = 1e18;
    int actions = 0, liveView = 0;
    for (int round = 0; round < 3; ++round) {
        bestUnzip = std::min(bestUnzip, timeUnzip(unzip, path, entries));
        best = std::min(best, timeModel(path, &actions, &liveView));
    }
    const double ratio = best / bestUnzip;
    out << QStringLiteral("action list ready: %1 ms (%2 actions, %3 LiveView messages)\n")
               .arg(best, 0, 'f', 0)
               .arg(actions)
               .arg(liveView);
    out << QStringLiteral("unzip -p of the same entries: %1 ms\n").arg(bestUnzip, 0, 'f', 0);
    out << QStringLiteral("ratio: %1x (target: within 3x) %2\n")
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 3.0 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    return actions > 0 ? 0 : 1;
}
