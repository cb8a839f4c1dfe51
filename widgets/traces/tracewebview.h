// SPDX-License-Identifier: MIT
// The embedded web view for traces and reports. It loads nothing but the loopback
// TraceServer: other requests are blocked, navigations elsewhere are refused, and links
// to the outside open in the system browser after the user confirms. No QWebChannel: a
// trace's own JavaScript has no way into the application.
#pragma once

#include <QWebEngineView>

class QWebEngineProfile;

namespace pwb {

class TraceServer;

class TraceWebView : public QWebEngineView
{
    Q_OBJECT
public:
    TraceWebView(TraceServer* server, QWidget* parent = nullptr);
    ~TraceWebView() override;

    // Asks before opening an outside URL; tests replace it (returns whether to open).
    using Confirm = std::function<bool(const QUrl&)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Called for an outside link the user followed.
    void openExternally(const QUrl& url);

    int blockedRequests() const;

signals:
    void externalLinkRequested(const QUrl& url);

protected:
    QWebEngineView* createWindow(QWebEnginePage::WebWindowType type) override;

private:
    TraceServer* m_server;
    QWebEngineProfile* m_profile;
    class Interceptor* m_interceptor;
    Confirm m_confirm;
    bool m_asking = false;
};

} // namespace pwb
