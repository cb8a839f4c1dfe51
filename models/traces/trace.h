// SPDX-License-Identifier: MIT
// One Playwright trace as read from its zip: value types only, so a reader on a worker
// thread can hand it to the GUI thread. Times are milliseconds on the trace's monotonic
// clock; Trace::startTime is the earliest of them.
#pragma once

#include "core/diagnostic.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

struct TraceLog
{
    double time = -1; // -1 when the format kept no time (version 5 and older)
    QString message;
};

struct TraceError
{
    QString name;
    QString message;
    QString stack;
    bool isEmpty() const { return message.isEmpty() && name.isEmpty(); }
};

struct TraceAction
{
    QString callId;
    QString parentId;
    QString className; // Frame, Page, BrowserContext, Test (runner steps) ...
    QString method;    // click, goto, expect, hook ...
    QString title;     // what the user reads: "Click", "Expect \"toHaveText\""
    QString selector;  // selector or locator, when the action has one
    QString pageId;
    QJsonObject params;
    double startTime = 0;
    double endTime = -1; // -1: the action never ended (the trace stopped first)
    int depth = 0;       // nesting of runner steps
    TraceError error;
    QList<TraceLog> logs;
    QString source;               // file:line from the stack, when known
    bool fromRunner = false;      // a step of test.trace (merged with its library call, if any)
    bool waitsOnLiveView = false; // waits on .phx-connected or phx-* attributes
    QStringList liveViewEvents;   // LiveView events this action caused ("click add" ...)

    double duration() const { return endTime < 0 ? -1 : endTime - startTime; }
    bool failed() const { return !error.isEmpty(); }
};

struct TraceConsole
{
    double time = 0;
    QString type; // log, warning, error, info, debug
    QString text;
    QString location; // url:line:column
    QString pageId;
    bool liveView = false; // LiveView's own debug logging (phx-... mount/update)
};

struct TracePageError
{
    double time = 0;
    TraceError error;
    QString pageId;
};

struct TraceNetwork
{
    double startTime = 0;
    double duration = -1;
    QString method;
    QString url;
    int status = 0;
    QString mimeType;
    QString resourceType; // document, script, fetch, websocket ...
    qint64 size = -1;
    QString contentEntry; // resources/... inside the zip, when the body was kept
    QString pageId;
    int contextIndex = 0; // which N-trace.network it came from
};

struct TraceFrame
{
    double time = 0;
    QString pageId;
    QString entry; // the JPEG inside the zip
    int width = 0;
    int height = 0;
};

// One Phoenix channel message on the LiveView socket.
struct LiveViewMessage
{
    enum class Direction
    {
        Sent,
        Received
    };
    double time = 0;
    Direction direction = Direction::Sent;
    QString joinRef;
    QString ref;
    QString topic;
    QString event;       // phx_join, phx_reply, event, diff, heartbeat, phx_leave ...
    QString name;        // for `event`: "click add", "form checkout"; for replies: status
    QString payload;     // compact JSON, shortened
    QString callId;      // the action that sent it (sent messages only)
    double replyMs = -1; // server time until the matching phx_reply (sent messages)
    QString replyStatus;
};

struct LiveViewSummary
{
    bool socketSeen = false;
    QString socketUrl;
    QList<LiveViewMessage> messages;
    int waits = 0;        // actions waiting on .phx-connected / phx-* attributes
    int consoleLines = 0; // LiveView debug log lines
    // Channel messages on LiveView topics, heartbeats left out.
    int eventCount() const;
    bool hasTraffic() const { return socketSeen || !messages.isEmpty(); }
    // One line for people: "no LiveView traffic" or what was seen.
    QString describe() const;
};

struct Trace
{
    enum class Status
    {
        Unknown,
        Passed,
        Failed
    };

    QString path;
    QString title;
    QString browser;
    QString playwrightVersion;
    int version = 0;     // trace format version
    bool runner = false; // written by `playwright test` (test.trace + N-trace.*)
    QDateTime wallTime;  // when it started
    double startTime = 0;
    double endTime = 0;
    Status status = Status::Unknown;

    QList<TraceAction> actions; // in start order, runner steps with their depth
    QList<TraceConsole> console;
    QList<TracePageError> pageErrors;
    QList<TraceNetwork> network;
    QList<TraceFrame> frames;
    QStringList resources;    // entry names under resources/
    QStringList stdoutLines;  // runner stdout/stderr
    QList<TraceError> errors; // test-level errors (test.trace "error" events)
    LiveViewSummary liveView;

    Diagnostics diagnostics; // broken lines, refused entries, missing parts
    int brokenLines = 0;

    double durationMs() const { return endTime > startTime ? endTime - startTime : 0; }
    int errorCount() const;
    static QString statusName(Status s);
    // The report's object for this trace: path, title, status, actions, errors, ...
    QJsonObject toSummaryJson() const;
    // Every action with its timing, selector, error and LiveView events.
    QJsonObject toJson() const;
    // Everything the workbench's own trace page shows (times in ms from the start).
    QJsonObject toViewerJson() const;
};

} // namespace pwb
