// SPDX-License-Identifier: MIT
#include "tracereader.h"

#include "liveview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace pwb {

namespace TraceReader {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TraceReader)
};

// Where one context's wall clock meets the trace's monotonic clock.
struct Clock
{
    double wall = 0;
    double mono = 0;
    bool known = false;
    double toMono(double wallMs) const { return known ? wallMs - wall + mono : 0; }
};

struct Socket
{
    QString url;
    QString entry;           // resources/....jsonl with the frames
    QJsonArray inlineFrames; // _webSocketMessages when embedded
    Clock clock;
};

TraceError errorFrom(const QJsonValue& v)
{
    TraceError e;
    if (v.isString()) {
        e.message = v.toString();
        return e;
    }
    QJsonObject o = v.toObject();
    if (o.value(u"error").isObject())
        o = o.value(u"error").toObject();
    e.name = o.value(u"name").toString();
    e.message = o.value(u"message").toString();
    e.stack = o.value(u"stack").toString();
    if (e.message.isEmpty() && o.contains(u"value"))
        e.message = o.value(u"value").toString();
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*m"));
    e.message.remove(ansi);
    e.stack.remove(ansi);
    return e;
}

class Parser
{
public:
    Parser(ZipArchive& zip, const Options& options, Trace& trace)
        : m_zip(zip)
        , m_options(options)
        , m_trace(trace)
    {}

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    void problem(const QString& where, int line, const QString& code, const QString& message,
                 Diagnostic::Severity severity = Diagnostic::Severity::Warning)
    {
        if (m_trace.diagnostics.size() >= m_options.maxDiagnostics) {
            ++m_suppressed;
            return;
        }
        Diagnostic d;
        d.path = m_trace.path + u':' + where;
        d.line = line;
        d.code = code;
        d.message = message;
        d.severity = severity;
        m_trace.diagnostics.append(d);
    }

    // Streams an NDJSON entry and hands each good line to `handle`.
    template <typename Handle> bool readLines(const QString& entry, Handle handle)
    {
        QByteArray pending;
        int lineNo = 0;
        bool skippingLong = false;
        auto line = [&](QByteArrayView text) {
            ++lineNo;
            while (!text.isEmpty() && (text.back() == '\r' || text.back() == ' '))
                text.chop(1);
            if (text.isEmpty())
                return;
            if (text.size() > m_options.maxLineBytes) {
                ++m_trace.brokenLines;
                problem(
                    entry, lineNo, QStringLiteral("trace-long-line"),
                    Tr::tr("line is longer than %1 bytes; skipped").arg(m_options.maxLineBytes));
                return;
            }
            handleLine(entry, lineNo, text, handle);
        };
        QString error;
        const bool ok = m_zip.read(
            entry,
            [&](const char* data, qsizetype size) {
                if (cancelled())
                    return false;
                QByteArrayView chunk(data, size);
                while (!chunk.isEmpty()) {
                    const qsizetype nl = chunk.indexOf('\n');
                    if (nl < 0) {
                        if (!skippingLong)
                            pending.append(chunk);
                        if (pending.size() > m_options.maxLineBytes) {
                            pending.clear();
                            skippingLong = true;
                        }
                        break;
                    }
                    if (skippingLong) {
                        ++lineNo;
                        ++m_trace.brokenLines;
                        problem(entry, lineNo, QStringLiteral("trace-long-line"),
                                Tr::tr("line is longer than %1 bytes; skipped")
                                    .arg(m_options.maxLineBytes));
                        skippingLong = false;
                    } else if (pending.isEmpty()) {
                        line(chunk.first(nl));
                    } else {
                        pending.append(chunk.first(nl));
                        line(pending);
                        pending.clear();
                    }
                    chunk = chunk.sliced(nl + 1);
                }
                return true;
            },
            &error);
        if (!pending.isEmpty() && !cancelled())
            line(pending);
        if (!ok) {
            problem(entry, lineNo, QStringLiteral("trace-entry-unreadable"),
                    Tr::tr("read stopped after line %1: %2").arg(lineNo).arg(error),
                    Diagnostic::Severity::Error);
        }
        return ok;
    }

    template <typename Handle>
    void handleLine(const QString& entry, int lineNo, QByteArrayView text, Handle& handle)
    {
        // Snapshots are the bulk of a trace and not needed for the action list: only check
        // that the line is whole.
        static constexpr QByteArrayView kSnapshot("{\"type\":\"frame-snapshot\"");
        if (text.startsWith(kSnapshot)) {
            if (text.back() != '}')
                broken(entry, lineNo, Tr::tr("truncated snapshot line"));
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            broken(entry, lineNo,
                   pe.error != QJsonParseError::NoError
                       ? Tr::tr("not JSON (%1 at byte %2); skipped")
                             .arg(pe.errorString())
                             .arg(pe.offset)
                       : Tr::tr("not a JSON object; skipped"));
            return;
        }
        handle(doc.object());
    }

    void broken(const QString& entry, int lineNo, const QString& why)
    {
        ++m_trace.brokenLines;
        problem(entry, lineNo, QStringLiteral("trace-broken-line"), why);
    }

    void finishDiagnostics()
    {
        if (m_suppressed > 0) {
            Diagnostic d;
            d.path = m_trace.path;
            d.code = QStringLiteral("trace-more-problems");
            d.message = QCoreApplication::translate("TraceReader", "%n more problem(s) not listed",
                                                    nullptr, m_suppressed);
            m_trace.diagnostics.append(d);
        }
    }

    // One context's trace.trace (or test.trace).
    void readEvents(const QString& entry, int context, bool runnerFile)
    {
        Clock& clock = m_clocks[context];
        readLines(entry, [&](const QJsonObject& o) { event(o, clock, runnerFile); });
    }

    void event(const QJsonObject& o, Clock& clock, bool runnerFile)
    {
        const QString type = o.value(u"type").toString();
        if (type == u"context-options") {
            const int version = o.value(u"version").toInt();
            if (version > m_trace.version)
                m_trace.version = version;
            clock.wall = o.value(u"wallTime").toDouble();
            clock.mono = o.value(u"monotonicTime").toDouble();
            clock.known = clock.wall > 0;
            if (!m_trace.wallTime.isValid() && clock.wall > 0)
                m_trace.wallTime = QDateTime::fromMSecsSinceEpoch(qint64(clock.wall), Qt::UTC);
            if (m_trace.browser.isEmpty())
                m_trace.browser = o.value(u"browserName").toString();
            if (m_trace.playwrightVersion.isEmpty())
                m_trace.playwrightVersion = o.value(u"playwrightVersion").toString();
            if (m_title.isEmpty())
                m_title = o.value(u"title").toString();
            if (m_version == 0)
                m_version = version;
        } else if (type == u"before") {
            TraceAction a = actionFrom(o, runnerFile);
            a.startTime = o.value(u"startTime").toDouble();
            addAction(std::move(a), runnerFile);
        } else if (type == u"action") {
            // Format 6 and older: one event per action.
            TraceAction a = actionFrom(o, runnerFile);
            a.startTime = o.value(u"startTime").toDouble();
            a.endTime = o.value(u"endTime").toDouble();
            if (o.contains(u"error"))
                a.error = errorFrom(o.value(u"error"));
            for (const QJsonValue& l : o.value(u"log").toArray())
                a.logs.append({-1, l.toString()});
            addAction(std::move(a), runnerFile);
        } else if (type == u"after") {
            if (TraceAction* a = find(o.value(u"callId").toString(), runnerFile)) {
                a->endTime = o.value(u"endTime").toDouble();
                if (o.contains(u"error"))
                    a->error = errorFrom(o.value(u"error"));
                for (const QJsonValue& l : o.value(u"log").toArray())
                    a->logs.append({-1, l.toString()});
            }
        } else if (type == u"log") {
            if (TraceAction* a = find(o.value(u"callId").toString(), runnerFile))
                a->logs.append({o.value(u"time").toDouble(-1), o.value(u"message").toString()});
        } else if (type == u"console") {
            TraceConsole c;
            c.time = o.value(u"time").toDouble();
            c.type = o.value(u"messageType").toString();
            c.text = o.value(u"text").toString();
            c.pageId = o.value(u"pageId").toString();
            const QJsonObject loc = o.value(u"location").toObject();
            if (!loc.isEmpty())
                c.location = QStringLiteral("%1:%2:%3")
                                 .arg(loc.value(u"url").toString())
                                 .arg(loc.value(u"lineNumber").toInt() + 1)
                                 .arg(loc.value(u"columnNumber").toInt() + 1);
            m_trace.console.append(c);
        } else if (type == u"event") {
            const QString method = o.value(u"method").toString();
            if (method == u"pageError") {
                TracePageError p;
                p.time = o.value(u"time").toDouble();
                p.error = errorFrom(o.value(u"params").toObject().value(u"error"));
                p.pageId = o.value(u"pageId").toString();
                m_trace.pageErrors.append(p);
            }
        } else if (type == u"screencast-frame") {
            TraceFrame f;
            f.time = o.value(u"timestamp").toDouble();
            f.pageId = o.value(u"pageId").toString();
            f.width = o.value(u"width").toInt();
            f.height = o.value(u"height").toInt();
            // Version 9 and older named the JPEG by its sha1 under resources/.
            f.entry = o.contains(u"file") ? o.value(u"file").toString()
                                          : u"resources/" + o.value(u"sha1").toString();
            if (ZipArchive::isSafeName(f.entry))
                m_trace.frames.append(f);
        } else if (type == u"resource-snapshot") {
            network(o.value(u"snapshot").toObject(), clock, m_currentContext);
        } else if (type == u"error") {
            m_trace.errors.append(errorFrom(o));
        } else if (type == u"stdout" || type == u"stderr") {
            QString text = o.value(u"text").toString();
            if (text.isEmpty() && o.contains(u"base64"))
                text = QString::fromUtf8(
                    QByteArray::fromBase64(o.value(u"base64").toString().toLatin1()));
            for (const QString& l : text.split(u'\n', Qt::SkipEmptyParts))
                m_trace.stdoutLines.append(l);
        }
    }

    TraceAction actionFrom(const QJsonObject& o, bool runnerFile)
    {
        TraceAction a;
        a.callId = o.value(u"callId").toString();
        a.parentId = o.value(u"parentId").toString();
        a.className = o.value(u"class").toString();
        a.method = o.value(u"method").toString();
        a.params = o.value(u"params").toObject();
        a.pageId = o.value(u"pageId").toString();
        a.fromRunner = runnerFile;
        a.title = o.value(u"title").toString();
        if (a.title.isEmpty())
            a.title = o.value(u"apiName").toString(); // version 7 and older
        if (a.title.isEmpty())
            a.title = titleFor(a.className, a.method);
        a.selector = a.params.value(u"selector").toString();
        if (a.selector.isEmpty())
            a.selector = a.params.value(u"locator").toString();
        if (a.selector.isEmpty())
            a.selector = o.value(u"subtitle").toString();
        if (a.selector.isEmpty() && a.params.contains(u"url"))
            a.selector = a.params.value(u"url").toString();
        const QJsonArray stack = o.value(u"stack").toArray();
        if (!stack.isEmpty()) {
            const QJsonObject top = stack.first().toObject();
            a.source = QFileInfo(top.value(u"file").toString()).fileName() + u':' +
                       QString::number(top.value(u"line").toInt());
        }
        // Version 9 and older: library calls name the runner step they belong to.
        const QString stepId = o.value(u"stepId").toString();
        if (!stepId.isEmpty() && stepId != a.callId)
            m_stepOf.insert(a.callId, stepId);
        return a;
    }

    void addAction(TraceAction&& a, bool runnerFile)
    {
        auto& list = runnerFile ? m_steps : m_calls;
        auto& index = runnerFile ? m_stepIndex : m_callIndex;
        index.insert(a.callId, list.size());
        list.append(std::move(a));
    }

    TraceAction* find(const QString& callId, bool runnerFile)
    {
        auto& list = runnerFile ? m_steps : m_calls;
        auto& index = runnerFile ? m_stepIndex : m_callIndex;
        const auto it = index.constFind(callId);
        return it == index.cend() ? nullptr : &list[*it];
    }

    void network(const QJsonObject& s, const Clock& clock, int context)
    {
        TraceNetwork n;
        const QJsonObject req = s.value(u"request").toObject();
        const QJsonObject resp = s.value(u"response").toObject();
        const QJsonObject content = resp.value(u"content").toObject();
        n.method = req.value(u"method").toString();
        n.url = req.value(u"url").toString();
        n.status = resp.value(u"status").toInt();
        n.mimeType = content.value(u"mimeType").toString();
        n.resourceType = s.value(u"_resourceType").toString();
        n.size = content.value(u"size").toInteger(-1);
        if (n.size < 0)
            n.size = resp.value(u"bodySize").toInteger(-1);
        n.duration = s.value(u"time").toDouble(-1);
        n.pageId = s.value(u"pageref").toString();
        n.contextIndex = context;
        if (s.contains(u"_monotonicTime")) {
            n.startTime = s.value(u"_monotonicTime").toDouble();
        } else {
            const QDateTime started =
                QDateTime::fromString(s.value(u"startedDateTime").toString(), Qt::ISODateWithMs);
            n.startTime = started.isValid() ? clock.toMono(double(started.toMSecsSinceEpoch())) : 0;
        }
        if (content.contains(u"_file"))
            n.contentEntry = content.value(u"_file").toString();
        else if (content.contains(u"_sha1"))
            n.contentEntry = u"resources/" + content.value(u"_sha1").toString();
        if (!ZipArchive::isSafeName(n.contentEntry))
            n.contentEntry.clear();
        const bool ws =
            n.resourceType == u"websocket" || n.url.startsWith(u"ws:") || n.url.startsWith(u"wss:");
        if (ws && n.resourceType.isEmpty())
            n.resourceType = QStringLiteral("websocket");
        if (ws) {
            Socket sock;
            sock.url = n.url;
            sock.entry = n.contentEntry;
            sock.inlineFrames = s.value(u"_webSocketMessages").toArray();
            sock.clock = clock;
            m_sockets.append(sock);
        }
        m_trace.network.append(n);
    }

    void readStacks(const QString& entry)
    {
        QString error;
        bool ok = false;
        const QByteArray data = m_zip.readAll(entry, &error, &ok);
        if (!ok) {
            problem(entry, 0, QStringLiteral("trace-entry-unreadable"), error);
            return;
        }
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(data, &pe).object();
        if (pe.error != QJsonParseError::NoError) {
            problem(entry, 0, QStringLiteral("trace-broken-stacks"),
                    Tr::tr("not JSON (%1); sources are not shown").arg(pe.errorString()));
            return;
        }
        const QJsonArray files = o.value(u"files").toArray();
        for (const QJsonValue& v : o.value(u"stacks").toArray()) {
            const QJsonArray pair = v.toArray();
            TraceAction* a = find(pair.at(0).toString(), false);
            const QJsonArray top = pair.at(1).toArray().at(0).toArray();
            if (!a || !a->source.isEmpty() || top.isEmpty())
                continue;
            const QString file = files.at(top.at(0).toInt()).toString();
            a->source = QFileInfo(file).fileName() + u':' + QString::number(top.at(1).toInt());
        }
    }

    // Socket frames → LiveView messages on the trace's clock.
    void readLiveView()
    {
        QList<LiveViewMessage> messages;
        bool seen = false;
        QString url;
        for (const Socket& s : std::as_const(m_sockets)) {
            QList<QJsonObject> frames;
            for (const QJsonValue& v : s.inlineFrames)
                frames.append(v.toObject());
            if (!s.entry.isEmpty() && m_zip.contains(s.entry))
                readLines(s.entry, [&frames](const QJsonObject& o) { frames.append(o); });
            bool isLive = LiveView::isLiveViewUrl(s.url);
            QList<LiveViewMessage> own;
            for (const QJsonObject& f : std::as_const(frames)) {
                if (f.value(u"opcode").toInt(1) != 1)
                    continue;
                auto m = LiveView::parseMessage(f.value(u"data").toString());
                if (!m)
                    continue;
                m->direction = f.value(u"type").toString() == u"send"
                                   ? LiveViewMessage::Direction::Sent
                                   : LiveViewMessage::Direction::Received;
                m->time = s.clock.toMono(f.value(u"time").toDouble());
                if (m->topic.startsWith(u"lv:"))
                    isLive = true;
                own.append(*m);
            }
            if (!isLive)
                continue;
            seen = true;
            if (url.isEmpty())
                url = s.url;
            messages += own;
        }
        // Long-poll fallback: the requests themselves are the traffic we can see.
        for (const TraceNetwork& n : std::as_const(m_trace.network)) {
            if (!seen && n.url.contains(u"/live/longpoll")) {
                seen = true;
                url = n.url;
            }
        }
        LiveView::analyze(m_trace, std::move(messages), seen, url);
    }

    // Runner steps and library calls become one list: a call with a step takes the step's
    // title and nesting, the step takes the call's selector, logs and error.
    void merge()
    {
        QList<TraceAction> out;
        if (m_steps.isEmpty()) {
            out = std::move(m_calls);
        } else {
            QHash<QString, qsizetype> byStep;
            for (qsizetype i = 0; i < m_steps.size(); ++i)
                byStep.insert(m_steps.at(i).callId, i);
            QList<TraceAction> unmatched;
            for (TraceAction& c : m_calls) {
                const QString stepId = m_stepOf.value(c.callId, c.callId);
                const auto it = byStep.constFind(stepId);
                if (it == byStep.cend()) {
                    unmatched.append(std::move(c));
                    continue;
                }
                TraceAction& s = m_steps[*it];
                if (s.selector.isEmpty())
                    s.selector = c.selector;
                if (s.pageId.isEmpty())
                    s.pageId = c.pageId;
                s.logs += c.logs;
                if (s.error.isEmpty())
                    s.error = c.error;
                if (s.source.isEmpty())
                    s.source = c.source;
                if (s.endTime < 0)
                    s.endTime = c.endTime;
                s.className = s.className == u"Test" ? c.className : s.className;
                s.method = s.method == u"pw:api" ? c.method : s.method;
            }
            out = std::move(m_steps);
            out += unmatched;
        }
        std::stable_sort(out.begin(), out.end(), [](const TraceAction& a, const TraceAction& b) {
            return a.startTime < b.startTime;
        });
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < out.size(); ++i)
            index.insert(out.at(i).callId, i);
        for (TraceAction& a : out) {
            int depth = 0;
            QString parent = a.parentId;
            while (!parent.isEmpty() && depth < 64) {
                const auto it = index.constFind(parent);
                if (it == index.cend())
                    break;
                ++depth;
                parent = out.at(*it).parentId;
            }
            a.depth = depth;
        }
        m_trace.actions = std::move(out);
    }

    ZipArchive& m_zip;
    const Options& m_options;
    Trace& m_trace;
    QHash<int, Clock> m_clocks;
    int m_currentContext = 0;
    int m_suppressed = 0;
    int m_version = 0;
    QString m_title;
    QList<TraceAction> m_calls;
    QList<TraceAction> m_steps;
    QHash<QString, qsizetype> m_callIndex;
    QHash<QString, qsizetype> m_stepIndex;
    QHash<QString, QString> m_stepOf;
    QList<Socket> m_sockets;
};

} // namespace

QString titleFor(const QString& className, const QString& method)
{
    // Playwright's method names stay as they are; the titles are what the user reads.
    static const QHash<QString, const char*> titles{
        {QStringLiteral("goto"), QT_TRANSLATE_NOOP("TraceReader", "Navigate")},
        {QStringLiteral("click"), QT_TRANSLATE_NOOP("TraceReader", "Click")},
        {QStringLiteral("dblclick"), QT_TRANSLATE_NOOP("TraceReader", "Double click")},
        {QStringLiteral("fill"), QT_TRANSLATE_NOOP("TraceReader", "Fill")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("TraceReader", "Type")},
        {QStringLiteral("press"), QT_TRANSLATE_NOOP("TraceReader", "Press")},
        {QStringLiteral("check"), QT_TRANSLATE_NOOP("TraceReader", "Check")},
        {QStringLiteral("uncheck"), QT_TRANSLATE_NOOP("TraceReader", "Uncheck")},
        {QStringLiteral("hover"), QT_TRANSLATE_NOOP("TraceReader", "Hover")},
        {QStringLiteral("tap"), QT_TRANSLATE_NOOP("TraceReader", "Tap")},
        {QStringLiteral("selectOption"), QT_TRANSLATE_NOOP("TraceReader", "Select option")},
        {QStringLiteral("setInputFiles"), QT_TRANSLATE_NOOP("TraceReader", "Set input files")},
        {QStringLiteral("waitForSelector"), QT_TRANSLATE_NOOP("TraceReader", "Wait for")},
        {QStringLiteral("waitForTimeout"), QT_TRANSLATE_NOOP("TraceReader", "Wait for timeout")},
        {QStringLiteral("waitForEventInfo"), QT_TRANSLATE_NOOP("TraceReader", "Wait for event")},
        {QStringLiteral("expect"), QT_TRANSLATE_NOOP("TraceReader", "Expect")},
        {QStringLiteral("evaluateExpression"), QT_TRANSLATE_NOOP("TraceReader", "Evaluate")},
        {QStringLiteral("newPage"), QT_TRANSLATE_NOOP("TraceReader", "Create page")},
        {QStringLiteral("reload"), QT_TRANSLATE_NOOP("TraceReader", "Reload")},
        {QStringLiteral("goBack"), QT_TRANSLATE_NOOP("TraceReader", "Go back")},
        {QStringLiteral("goForward"), QT_TRANSLATE_NOOP("TraceReader", "Go forward")},
        {QStringLiteral("screenshot"), QT_TRANSLATE_NOOP("TraceReader", "Screenshot")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("TraceReader", "Close")},
        {QStringLiteral("setContent"), QT_TRANSLATE_NOOP("TraceReader", "Set content")},
    };
    const auto it = titles.constFind(method);
    if (it != titles.cend())
        return Tr::tr(*it);
    return className.isEmpty() ? method : className + u'.' + method;
}

Trace read(const QString& path, const Options& options, bool* ok)
{
    Trace trace;
    trace.path = path;
    if (ok)
        *ok = false;
    ZipArchive zip(options.limits);
    QString error;
    auto fail = [&](const QString& code, const QString& message) {
        Diagnostic d;
        d.path = path;
        d.code = code;
        d.message = message;
        d.severity = Diagnostic::Severity::Error;
        trace.diagnostics.append(d);
        trace.title = QFileInfo(path).fileName();
        return trace;
    };
    if (!zip.open(path, &error))
        return fail(QStringLiteral("trace-not-zip"), error);
    trace.diagnostics += zip.problems();

    // Layout: trace.trace (context.tracing) or test.trace + N-trace.trace (the runner).
    static const QRegularExpression contextRe(QStringLiteral(R"(^(?:(\d+)-)?trace\.trace$)"));
    QList<std::pair<int, QString>> contexts;
    for (const ZipArchive::Entry& e : zip.entries()) {
        const auto m = contextRe.match(e.name);
        if (m.hasMatch())
            contexts.append({m.captured(1).isEmpty() ? 0 : m.captured(1).toInt(), e.name});
        if (e.name.startsWith(u"resources/"))
            trace.resources.append(e.name);
    }
    std::sort(contexts.begin(), contexts.end());
    const bool runner = zip.contains(QStringLiteral("test.trace"));
    if (contexts.isEmpty() && !runner)
        return fail(QStringLiteral("trace-empty"),
                    QCoreApplication::translate("TraceReader",
                                                "%1 holds no trace.trace or test.trace: not a "
                                                "Playwright trace")
                        .arg(path));

    Parser p(zip, options, trace);
    trace.runner = runner;
    for (const auto& [index, entry] : std::as_const(contexts)) {
        p.m_currentContext = index;
        p.readEvents(entry, index, false);
        const QString base = entry.chopped(int(qstrlen(".trace")));
        if (zip.contains(base + u".network"))
            p.readEvents(base + u".network", index, false);
        if (zip.contains(base + u".stacks"))
            p.readStacks(base + u".stacks");
        if (p.cancelled())
            return trace;
    }
    const QString contextTitle = p.m_title;
    if (runner) {
        p.m_currentContext = -1;
        p.readEvents(QStringLiteral("test.trace"), -1, true);
    }
    if (p.cancelled())
        return trace;
    p.merge();

    // Times: the span of everything that happened.
    double start = std::numeric_limits<double>::max();
    double end = 0;
    auto span = [&](double s, double e) {
        if (s > 0)
            start = std::min(start, s);
        end = std::max(end, std::max(s, e));
    };
    for (const TraceAction& a : std::as_const(trace.actions))
        span(a.startTime, a.endTime);
    for (const TraceFrame& f : std::as_const(trace.frames))
        span(f.time, f.time);
    for (const TraceConsole& c : std::as_const(trace.console))
        span(c.time, c.time);
    trace.startTime = start == std::numeric_limits<double>::max() ? 0 : start;
    trace.endTime = std::max(end, trace.startTime);

    p.readLiveView();
    p.finishDiagnostics();

    trace.title = contextTitle;
    if (trace.title.isEmpty()) {
        const QFileInfo fi(path);
        trace.title = fi.fileName() == u"trace.zip" ? fi.dir().dirName() : fi.completeBaseName();
    }
    const bool failed =
        !trace.errors.isEmpty() || std::any_of(trace.actions.cbegin(), trace.actions.cend(),
                                               [](const TraceAction& a) { return a.failed(); });
    trace.status = failed
                       ? Trace::Status::Failed
                       : (trace.actions.isEmpty() ? Trace::Status::Unknown : Trace::Status::Passed);
    if (ok)
        *ok = true;
    return trace;
}

QByteArray readEntry(const QString& path, const QString& entry, QString* error)
{
    ZipArchive zip;
    if (!zip.open(path, error))
        return {};
    return zip.readAll(entry, error);
}

} // namespace TraceReader

} // namespace pwb
