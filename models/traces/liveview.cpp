// SPDX-License-Identifier: MIT
#include "liveview.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace pwb {

namespace LiveView {

bool isLiveViewUrl(const QString& url)
{
    const QString path = QUrl(url).path();
    return path.endsWith(u"/live/websocket") || path.endsWith(u"/live/longpoll") ||
           path.contains(u"/live/websocket/") || path.contains(u"/live/longpoll/");
}

bool isLiveViewSelector(const QString& selector)
{
    return selector.contains(u"phx-connected") || selector.contains(u"phx-disconnected") ||
           selector.contains(u"[phx-") || selector.contains(u".phx-") ||
           selector.contains(u"data-phx-") || selector.contains(u"phx-click") ||
           selector.contains(u"phx-submit") || selector.contains(u"phx-change");
}

bool isLiveViewConsole(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^phx-[\w-]+ [\w ]+:)"));
    return re.match(text).hasMatch();
}

namespace {

QString scalar(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

QString shortened(const QByteArray& json)
{
    constexpr int kMax = 400;
    QString s = QString::fromUtf8(json);
    if (s.size() > kMax)
        s = s.left(kMax) + u'…';
    return s;
}

} // namespace

std::optional<LiveViewMessage> parseMessage(const QString& data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data.toUtf8());
    if (!doc.isArray())
        return std::nullopt;
    const QJsonArray a = doc.array();
    if (a.size() != 5 || !a.at(2).isString() || !a.at(3).isString())
        return std::nullopt;
    LiveViewMessage m;
    m.joinRef = scalar(a.at(0));
    m.ref = scalar(a.at(1));
    m.topic = a.at(2).toString();
    m.event = a.at(3).toString();
    const QJsonObject payload = a.at(4).toObject();
    m.payload = shortened(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (m.event == u"event") {
        m.name =
            QString(payload.value(u"type").toString() + u' ' + payload.value(u"event").toString())
                .trimmed();
    } else if (m.event == u"phx_reply") {
        m.replyStatus = payload.value(u"status").toString();
        m.name = m.replyStatus;
    } else if (m.event == u"phx_join") {
        m.name = m.topic;
    } else if (m.event == u"diff") {
        m.name = QCoreApplication::translate("LiveView", "server push");
    }
    return m;
}

void analyze(Trace& trace, QList<LiveViewMessage> messages, bool socketSeen,
             const QString& socketUrl)
{
    std::stable_sort(
        messages.begin(), messages.end(),
        [](const LiveViewMessage& a, const LiveViewMessage& b) { return a.time < b.time; });

    // Replies answer pushes by (topic, ref).
    QHash<QString, qsizetype> pendingByRef;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        LiveViewMessage& m = messages[i];
        const QString key = m.topic + u'\x1f' + m.ref;
        if (m.direction == LiveViewMessage::Direction::Sent && !m.ref.isEmpty()) {
            pendingByRef.insert(key, i);
        } else if (m.direction == LiveViewMessage::Direction::Received && m.event == u"phx_reply") {
            const auto it = pendingByRef.find(key);
            if (it != pendingByRef.end()) {
                LiveViewMessage& push = messages[*it];
                push.replyMs = m.time - push.time;
                push.replyStatus = m.replyStatus;
                pendingByRef.erase(it);
            }
        }
    }

    // A push belongs to the innermost action running when it was sent, or else to the
    // action that ended just before (a join follows the navigation that loaded the page).
    constexpr double kSlackMs = 250;
    // Actions are in start order; the running maximum of their ends bounds how far back a
    // container or a just-finished action can be (linear-time for long traces).
    QList<double> maxEnd(trace.actions.size());
    double running = 0;
    for (qsizetype i = 0; i < trace.actions.size(); ++i) {
        const TraceAction& a = trace.actions.at(i);
        running = std::max(running, a.endTime < 0 ? trace.endTime : a.endTime);
        maxEnd[i] = running;
    }
    for (LiveViewMessage& m : messages) {
        if (m.direction != LiveViewMessage::Direction::Sent || m.topic == u"phoenix")
            continue;
        qsizetype best = -1;
        qsizetype before = -1;
        auto it = std::upper_bound(trace.actions.cbegin(), trace.actions.cend(), m.time,
                                   [](double t, const TraceAction& a) { return t < a.startTime; });
        for (qsizetype i = (it - trace.actions.cbegin()) - 1;
             i >= 0 && maxEnd.at(i) >= m.time - kSlackMs; --i) {
            const TraceAction& a = trace.actions.at(i);
            const double end = a.endTime < 0 ? trace.endTime : a.endTime;
            if (m.time <= end) {
                if (best < 0)
                    best = i; // the latest start that still contains it: the innermost
            } else if (m.time - end <= kSlackMs) {
                if (before < 0 || end >= trace.actions.at(before).endTime)
                    before = i;
            }
        }
        const qsizetype pick = best >= 0 ? best : before;
        if (pick < 0)
            continue;
        TraceAction& a = trace.actions[pick];
        m.callId = a.callId;
        QString label = m.event == u"event" ? m.name : m.event;
        if (m.replyMs >= 0)
            label += QStringLiteral(" (%1 ms)").arg(qRound(m.replyMs));
        a.liveViewEvents.append(label);
    }

    LiveViewSummary& s = trace.liveView;
    s.socketSeen = socketSeen;
    s.socketUrl = socketUrl;
    s.messages = std::move(messages);
    s.waits = 0;
    for (TraceAction& a : trace.actions) {
        a.waitsOnLiveView = isLiveViewSelector(a.selector) || isLiveViewSelector(a.title);
        if (a.waitsOnLiveView)
            ++s.waits;
    }
    s.consoleLines = 0;
    for (TraceConsole& c : trace.console) {
        c.liveView = isLiveViewConsole(c.text);
        if (c.liveView)
            ++s.consoleLines;
    }
}

} // namespace LiveView

int LiveViewSummary::eventCount() const
{
    return int(std::count_if(messages.cbegin(), messages.cend(), [](const LiveViewMessage& m) {
        return m.topic != u"phoenix" && m.event != u"heartbeat";
    }));
}

QString LiveViewSummary::describe() const
{
    if (!hasTraffic())
        return QCoreApplication::translate("LiveView", "No LiveView traffic in this trace.");
    int joins = 0, events = 0, diffs = 0;
    QList<double> replies;
    for (const LiveViewMessage& m : messages) {
        if (m.direction == LiveViewMessage::Direction::Sent && m.event == u"phx_join")
            ++joins;
        else if (m.direction == LiveViewMessage::Direction::Sent && m.event == u"event")
            ++events;
        else if (m.direction == LiveViewMessage::Direction::Received && m.event == u"diff")
            ++diffs;
        if (m.direction == LiveViewMessage::Direction::Sent && m.replyMs >= 0 &&
            m.topic != u"phoenix")
            replies.append(m.replyMs);
    }
    QString s = QCoreApplication::translate(
                    "LiveView", "LiveView socket: %1 join(s), %2 event(s), %3 server push(es)")
                    .arg(joins)
                    .arg(events)
                    .arg(diffs);
    if (!replies.isEmpty()) {
        std::sort(replies.begin(), replies.end());
        s += QCoreApplication::translate("LiveView", "; server replies in %1–%2 ms")
                 .arg(qRound(replies.first()))
                 .arg(qRound(replies.last()));
    }
    if (messages.isEmpty())
        s = QCoreApplication::translate(
            "LiveView", "LiveView socket opened, but the trace kept none of its messages");
    return s + u'.';
}

} // namespace pwb
