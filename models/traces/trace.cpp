// SPDX-License-Identifier: MIT
#include "trace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pwb {

int Trace::errorCount() const
{
    int n = int(errors.size()) + int(pageErrors.size());
    for (const TraceAction& a : actions) {
        // A runner step and the steps around it carry the same failure: count it once.
        if (a.failed() && !(runner && !errors.isEmpty() && a.fromRunner))
            ++n;
    }
    return n;
}

QString Trace::statusName(Status s)
{
    switch (s) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject Trace::toSummaryJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), statusName(status));
    o.insert(QStringLiteral("actions"), int(actions.size()));
    o.insert(QStringLiteral("errors"), errorCount());
    o.insert(QStringLiteral("duration_ms"), qRound64(durationMs()));
    o.insert(QStringLiteral("liveview_events"), liveView.eventCount());
    o.insert(QStringLiteral("browser"), browser);
    return o;
}

QJsonObject Trace::toJson() const
{
    QJsonObject o = toSummaryJson();
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("playwright"), playwrightVersion);
    o.insert(QStringLiteral("layout"),
             runner ? QStringLiteral("test-runner") : QStringLiteral("library"));
    if (wallTime.isValid())
        o.insert(QStringLiteral("started"), wallTime.toString(Qt::ISODateWithMs));
    QJsonArray list;
    for (const TraceAction& a : actions) {
        QJsonObject j;
        j.insert(QStringLiteral("call_id"), a.callId);
        j.insert(QStringLiteral("title"), a.title);
        j.insert(QStringLiteral("class"), a.className);
        j.insert(QStringLiteral("method"), a.method);
        if (!a.selector.isEmpty())
            j.insert(QStringLiteral("selector"), a.selector);
        j.insert(QStringLiteral("depth"), a.depth);
        j.insert(QStringLiteral("start_ms"), qRound64((a.startTime - startTime) * 10) / 10.0);
        j.insert(QStringLiteral("duration_ms"),
                 a.endTime < 0 ? QJsonValue() : QJsonValue(qRound64(a.duration() * 10) / 10.0));
        if (a.failed())
            j.insert(QStringLiteral("error"), a.error.message);
        if (!a.source.isEmpty())
            j.insert(QStringLiteral("source"), a.source);
        if (!a.liveViewEvents.isEmpty())
            j.insert(QStringLiteral("liveview"), QJsonArray::fromStringList(a.liveViewEvents));
        if (a.waitsOnLiveView)
            j.insert(QStringLiteral("waits_on_liveview"), true);
        list.append(j);
    }
    o.insert(QStringLiteral("action_list"), list);
    o.insert(QStringLiteral("liveview"), liveView.describe());
    QJsonArray diags;
    for (const Diagnostic& d : diagnostics)
        diags.append(d.toJson());
    if (!diags.isEmpty())
        o.insert(QStringLiteral("diagnostics"), diags);
    return o;
}

namespace {

double rel(double t, double start)
{
    return t < 0 ? -1.0 : qRound64((t - start) * 10) / 10.0;
}

QJsonObject errorJson(const TraceError& e)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), e.name);
    o.insert(QStringLiteral("message"), e.message);
    o.insert(QStringLiteral("stack"), e.stack);
    return o;
}

} // namespace

QJsonObject Trace::toViewerJson() const
{
    QJsonObject o = toSummaryJson();
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("playwright"), playwrightVersion);
    o.insert(QStringLiteral("started"),
             wallTime.isValid() ? wallTime.toString(Qt::ISODateWithMs) : QString());
    o.insert(QStringLiteral("duration_ms"), durationMs());
    QJsonArray acts;
    for (const TraceAction& a : actions) {
        QJsonObject j;
        j.insert(QStringLiteral("id"), a.callId);
        j.insert(QStringLiteral("title"), a.title);
        j.insert(QStringLiteral("selector"), a.selector);
        j.insert(QStringLiteral("depth"), a.depth);
        j.insert(QStringLiteral("start"), rel(a.startTime, startTime));
        j.insert(QStringLiteral("end"), rel(a.endTime, startTime));
        j.insert(QStringLiteral("source"), a.source);
        if (a.failed())
            j.insert(QStringLiteral("error"), errorJson(a.error));
        QJsonArray logs;
        for (const TraceLog& l : a.logs)
            logs.append(l.message);
        j.insert(QStringLiteral("logs"), logs);
        j.insert(QStringLiteral("liveview"), QJsonArray::fromStringList(a.liveViewEvents));
        j.insert(QStringLiteral("waits_on_liveview"), a.waitsOnLiveView);
        acts.append(j);
    }
    o.insert(QStringLiteral("action_list"), acts);
    QJsonArray cons;
    for (const TraceConsole& c : console) {
        QJsonObject j;
        j.insert(QStringLiteral("time"), rel(c.time, startTime));
        j.insert(QStringLiteral("type"), c.type);
        j.insert(QStringLiteral("text"), c.text);
        j.insert(QStringLiteral("location"), c.location);
        cons.append(j);
    }
    for (const TracePageError& p : pageErrors) {
        QJsonObject j;
        j.insert(QStringLiteral("time"), rel(p.time, startTime));
        j.insert(QStringLiteral("type"), QStringLiteral("pageerror"));
        j.insert(QStringLiteral("text"), p.error.message);
        j.insert(QStringLiteral("location"), p.error.stack);
        cons.append(j);
    }
    o.insert(QStringLiteral("console"), cons);
    QJsonArray net;
    for (const TraceNetwork& n : network) {
        QJsonObject j;
        j.insert(QStringLiteral("time"), rel(n.startTime, startTime));
        j.insert(QStringLiteral("duration"), n.duration);
        j.insert(QStringLiteral("method"), n.method);
        j.insert(QStringLiteral("url"), n.url);
        j.insert(QStringLiteral("status"), n.status);
        j.insert(QStringLiteral("type"), n.resourceType);
        j.insert(QStringLiteral("size"), n.size);
        net.append(j);
    }
    o.insert(QStringLiteral("network"), net);
    QJsonArray fr;
    for (const TraceFrame& f : frames) {
        QJsonObject j;
        j.insert(QStringLiteral("time"), rel(f.time, startTime));
        j.insert(QStringLiteral("entry"), f.entry);
        fr.append(j);
    }
    o.insert(QStringLiteral("frames"), fr);
    QJsonObject lv;
    lv.insert(QStringLiteral("summary"), liveView.describe());
    lv.insert(QStringLiteral("socket"), liveView.socketUrl);
    QJsonArray msgs;
    for (const LiveViewMessage& m : liveView.messages) {
        QJsonObject j;
        j.insert(QStringLiteral("time"), rel(m.time, startTime));
        j.insert(QStringLiteral("dir"), m.direction == LiveViewMessage::Direction::Sent
                                            ? QStringLiteral("sent")
                                            : QStringLiteral("received"));
        j.insert(QStringLiteral("topic"), m.topic);
        j.insert(QStringLiteral("event"), m.event);
        j.insert(QStringLiteral("name"), m.name);
        j.insert(QStringLiteral("payload"), m.payload);
        j.insert(QStringLiteral("reply_ms"), m.replyMs);
        j.insert(QStringLiteral("action"), m.callId);
        msgs.append(j);
    }
    lv.insert(QStringLiteral("messages"), msgs);
    o.insert(QStringLiteral("liveview"), lv);
    QJsonArray diags;
    for (const Diagnostic& d : diagnostics)
        diags.append(d.toString());
    o.insert(QStringLiteral("diagnostics"), diags);
    return o;
}

} // namespace pwb
