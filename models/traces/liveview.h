// SPDX-License-Identifier: MIT
// LiveView awareness for traces: recognises the LiveView socket and its Phoenix channel
// messages ([join_ref, ref, topic, event, payload]), pairs pushes with their phx_reply and
// ties each push to the action that caused it.
#pragma once

#include "trace.h"

#include <optional>

namespace pwb {

namespace LiveView {

// The socket's URL: /live/websocket (or the long-poll fallback /live/longpoll).
bool isLiveViewUrl(const QString& url);
// A selector or locator that waits on LiveView state: .phx-connected, [phx-click], data-phx-*.
bool isLiveViewSelector(const QString& selector);
// LiveView's debug log lines ("phx-F1 mount: ...").
bool isLiveViewConsole(const QString& text);
// One text frame of the socket; nullopt when it is not a channel message.
std::optional<LiveViewMessage> parseMessage(const QString& data);

// Fills trace.liveView from the socket's messages (times already on the trace's clock)
// and marks the actions: which LiveView events each one sent, which ones wait on it.
void analyze(Trace& trace, QList<LiveViewMessage> messages, bool socketSeen,
             const QString& socketUrl);

} // namespace LiveView

} // namespace pwb
