// SPDX-License-Identifier: MIT
#include "trace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

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
