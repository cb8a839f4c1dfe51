// SPDX-License-Identifier: MIT
#include "tracewebview.h"

#include "traceserver.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace pwb {

// Blocks every request that is not for our server (data: and blob: stay inside the page).
class Interceptor : public QWebEngineUrlRequestInterceptor
{
public:
    Interceptor(TraceServer* server, QObject* parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_server(server)
    {}
    void interceptRequest(QWebEngineUrlRequestInfo& info) override
    {
        const QUrl url = info.requestUrl();
        const QString scheme = url.scheme();
        if (scheme == u"data" || scheme == u"blob" || scheme == u"about")
            return;
        if (!m_server->isOwnUrl(url)) {
            ++m_blocked;
            info.block(true);
        }
    }
    std::atomic_int m_blocked{0};

private:
    TraceServer* m_server;
};

namespace {

class Page : public QWebEnginePage
{
public:
    Page(QWebEngineProfile* profile, TraceServer* server, TraceWebView* view)
        : QWebEnginePage(profile, view)
        , m_server(server)
        , m_view(view)
    {}

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override
    {
        const QString scheme = url.scheme();
        if (m_server->isOwnUrl(url) || scheme == u"about" || scheme == u"data" || scheme == u"blob")
            return true;
        // Snapshots' frames may try to go anywhere: only a link the user clicked in the
        // main frame is offered to the system browser.
        if (type == NavigationTypeLinkClicked && isMainFrame)
            m_view->openExternally(url);
        return false;
    }

private:
    TraceServer* m_server;
    TraceWebView* m_view;
};

// A page for target=_blank links: whatever it is asked to load is handed to the
// confirmation, then it goes away.
class PopupPage : public QWebEnginePage
{
public:
    PopupPage(QWebEngineProfile* profile, TraceWebView* view)
        : QWebEnginePage(profile, view)
        , m_view(view)
    {}

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType, bool) override
    {
        m_view->openExternally(url);
        deleteLater();
        return false;
    }

private:
    TraceWebView* m_view;
};

} // namespace

TraceWebView::TraceWebView(TraceServer* server, QWidget* parent)
    : QWebEngineView(parent)
    , m_server(server)
    , m_profile(new QWebEngineProfile(this)) // off the record: nothing kept on disk
    , m_interceptor(new Interceptor(server, this))
{
    setObjectName(QStringLiteral("tracewebview"));
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings* s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    setPage(new Page(m_profile, server, this));
    m_confirm = [this](const QUrl& url) {
        return QMessageBox::question(this, tr("Open outside link?"),
                                     tr("The trace links to an outside page:\n%1\n\nOpen it in the "
                                        "system browser?")
                                         .arg(url.toDisplayString())) == QMessageBox::Yes;
    };
}

TraceWebView::~TraceWebView()
{
    // The page must go before its profile.
    delete page();
}

int TraceWebView::blockedRequests() const
{
    return m_interceptor->m_blocked.load();
}

void TraceWebView::openExternally(const QUrl& url)
{
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return;
    // Scripts can fire navigations too (Chromium reports them as link clicks): one question
    // at a time, and nothing opens without a yes.
    if (m_asking)
        return;
    emit externalLinkRequested(url);
    m_asking = true;
    const bool open = m_confirm && m_confirm(url);
    m_asking = false;
    if (open)
        QDesktopServices::openUrl(url);
}

QWebEngineView* TraceWebView::createWindow(QWebEnginePage::WebWindowType)
{
    // Hand back a throwaway view whose page forwards the navigation to the confirmation.
    auto* view = new QWebEngineView(this);
    view->hide();
    auto* popup = new PopupPage(m_profile, this);
    view->setPage(popup);
    connect(popup, &QObject::destroyed, view, &QObject::deleteLater);
    return view;
}

} // namespace pwb
