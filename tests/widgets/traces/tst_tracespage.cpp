// SPDX-License-Identifier: MIT
// The traces view on the demo project: list, timeline, action details, and the web view
// rendering our own trace page, the HTML report and (when installed) Playwright's viewer.
#include "common/emptystate.h"
#include "traces/tracelistmodel.h"
#include "traces/tracemodel.h"
#include "traces/traceserver.h"
#include "traces/tracespage.h"
#include "traces/tracetimeline.h"
#include "traces/tracewebview.h"
#include "workspace/project.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QWebEnginePage>

using namespace pwb;

namespace {

QVariant js(QWebEngineView* view, const QString& script)
{
    QVariant result;
    bool done = false;
    view->page()->runJavaScript(script, [&](const QVariant& v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return result;
}

// Polls `script` until it returns `expected` (the page renders asynchronously).
bool waitForJs(QWebEngineView* view, const QString& script, const QVariant& expected,
               int ms = 30000)
{
    return QTest::qWaitFor([&] { return js(view, script) == expected; }, ms);
}

} // namespace

class TestTracesPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Project> m_project;

    std::unique_ptr<TracesPage> openDemo()
    {
        m_project = std::make_unique<Project>();
        QSignalSpy finished(m_project->traces(), &TraceListModel::scanFinished);
        auto page = std::make_unique<TracesPage>(m_project.get());
        page->resize(1300, 800);
        page->show();
        if (!m_project->open(QStringLiteral(PWB_DEMO_PROJECT)))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
            return nullptr;
        return page;
    }

private slots:
    void init() { qunsetenv("PWB_PLAYWRIGHT_CORE"); }

    void emptyProjectSaysWhatToDo()
    {
        QTemporaryDir dir;
        Project project;
        QSignalSpy finished(project.traces(), &TraceListModel::scanFinished);
        TracesPage page(&project);
        page.show();
        QVERIFY(project.open(dir.path()));
        QVERIFY(finished.wait(10000));
        QVERIFY(page.emptyState()->isVisible());
        QVERIFY(page.emptyState()->text().contains(u"No Playwright traces were found"));
        QVERIFY(!page.runButton()->isEnabled());
    }

    void nativeTimelineAndDetails()
    {
        auto page = openDemo();
        QVERIFY(page);
        QVERIFY(!page->emptyState()->isVisible());
        QCOMPARE(page->traceList()->model()->rowCount(), 7);
        // The first failing trace is selected and its first failing action shown.
        QTRY_COMPARE_WITH_TIMEOUT(page->traceModel()->state(), TraceModel::State::Ready, 10000);
        const QModelIndex current = page->actionList()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(current.data(TraceModel::FailedRole).toBool());
        QCOMPARE(page->timeline()->currentRow(), current.row());
        QVERIFY(page->details()->toPlainText().contains(u"Error"));
        QTRY_VERIFY_WITH_TIMEOUT(page->timeline()->loadedThumbnails() > 0, 10000);

        // Keyboard: Up moves to the previous action and the details follow.
        page->actionList()->setFocus();
        QTest::keyClick(page->actionList(), Qt::Key_Up);
        QCOMPARE(page->timeline()->currentRow(), current.row() - 1);
        QVERIFY(!page->details()->toPlainText().contains(u"Error\n"));

        // A click on the LiveView action in the timeline selects it in the list.
        int coupon = -1;
        for (int r = 0; r < page->traceModel()->rowCount(); ++r) {
            if (page->traceModel()
                    ->index(r, TraceModel::LiveViewColumn)
                    .data()
                    .toString()
                    .startsWith(u"click coupon"))
                coupon = r;
        }
        QVERIFY(coupon >= 0);
        page->actionList()->setCurrentIndex(page->traceModel()->index(coupon, 0));
        QVERIFY(page->details()->toPlainText().contains(u"sent click coupon"));
        page->timeline()->setFocus();
        QTest::keyClick(page->timeline(), Qt::Key_Right);
        QCOMPARE(page->actionList()->currentIndex().row(), coupon + 1);
    }

    void darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::Base, QColor(0x16, 0x1b, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x1f, 0x24, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xed, 0xf3));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xed, 0xf3));
        dark.setColor(QPalette::Button, QColor(0x2d, 0x33, 0x3b));
        dark.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
        dark.setColor(QPalette::PlaceholderText, QColor(0x8d, 0x96, 0xa0));
        auto page = openDemo();
        QVERIFY(page);
        page->setPalette(dark);
        QTRY_COMPARE_WITH_TIMEOUT(page->traceModel()->state(), TraceModel::State::Ready, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->timeline()->loadedThumbnails() > 0, 10000);
        const QImage shot = page->grab().toImage();
        if (const QString dir = qEnvironmentVariable("PWB_SCREENSHOT_DIR"); !dir.isEmpty())
            shot.save(dir + QStringLiteral("/traces-dark.png"));
        // The timeline paints on the dark base, not on a light default.
        const QImage timeline = page->timeline()->grab().toImage();
        QVERIFY(QColor(timeline.pixel(2, timeline.height() - 2)).lightness() < 80);
        // Our own page follows: it is asked for its dark theme.
        page->tabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(page->webUrl().query().contains(u"theme=dark"), 10000);
    }

    void ownTracePageRendersTheTrace()
    {
        auto page = openDemo();
        QVERIFY(page);
        QVERIFY(!page->hasPlaywrightViewer());
        const QString path = QStringLiteral(PWB_DEMO_PROJECT "/traces/cart-add-items.zip");
        QVERIFY(page->selectPath(path));
        QSignalSpy loaded(page.get(), &TracesPage::webViewLoaded);
        page->tabs()->setCurrentIndex(1);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
        TraceWebView* view = page->webView();
        QVERIFY(page->server()->isOwnUrl(view->url()));
        QVERIFY(view->url().path().endsWith(u"/wb/index.html"));
        // Issue 19.8: the view says which viewer it shows and how to get the other.
        QVERIFY2(page->viewerNote()->text().contains(QStringLiteral("own, simpler page")),
                 qPrintable(page->viewerNote()->text()));
        QVERIFY(page->viewerNote()->text().contains(QStringLiteral("PWB_PLAYWRIGHT_CORE")));
        QVERIFY(
            waitForJs(view, QStringLiteral("document.body.dataset.ready"), QStringLiteral("true")));
        QCOMPARE(
            js(view, QStringLiteral("document.getElementById('title').textContent")).toString(),
            QStringLiteral("cart: adds two items"));
        QCOMPARE(
            js(view, QStringLiteral("document.querySelectorAll('#actions li').length")).toInt(), 8);
        QVERIFY(js(view, QStringLiteral("document.getElementById('liveview').textContent"))
                    .toString()
                    .contains(u"2 event(s)"));
        QVERIFY(waitForJs(
            view, QStringLiteral("document.querySelector('#strip img').naturalWidth > 0"), true));

        // The page may go nowhere but our server: a fetch elsewhere fails ...
        js(view, QStringLiteral("window.__r = 'pending'; fetch('http://127.0.0.2:9/x').then(() => "
                                "window.__r = 'ok', "
                                "() => window.__r = 'blocked'); 1"));
        QVERIFY(waitForJs(view, QStringLiteral("window.__r"), QStringLiteral("blocked")));
        // ... a link the user clicks is offered to the system browser, and refused here.
        QSignalSpy external(view, &TraceWebView::externalLinkRequested);
        view->setConfirm([](const QUrl&) { return false; });
        js(view,
           QStringLiteral("const a = document.createElement('a'); a.href = 'https://example.org/x';"
                          "document.body.appendChild(a); a.click(); 1"));
        QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 10000);
        QCOMPARE(external.first().first().toUrl(), QUrl(QStringLiteral("https://example.org/x")));
        QTest::qWait(300);
        QVERIFY(page->server()->isOwnUrl(view->url()));
        // ... and a script navigating away gets no further than the same question.
        js(view, QStringLiteral("location.href = 'https://example.net/'; 1"));
        QTest::qWait(500);
        QVERIFY(page->server()->isOwnUrl(view->url()));
        QVERIFY(
            waitForJs(view, QStringLiteral("document.body.dataset.ready"), QStringLiteral("true")));
        for (const QList<QVariant>& args : std::as_const(external))
            QVERIFY(args.first().toUrl().host().startsWith(u"example."));
    }

    void htmlReportOpensInTheWebView()
    {
        auto page = openDemo();
        QVERIFY(page);
        QVERIFY(page->selectPath(QStringLiteral(PWB_DEMO_PROJECT "/playwright-report/index.html")));
        QCOMPARE(page->tabs()->currentIndex(), 1);
        TraceWebView* view = page->webView();
        QTRY_VERIFY_WITH_TIMEOUT(view->url().path().endsWith(u"/report/index.html"), 10000);
        QVERIFY(waitForJs(
            view,
            QStringLiteral("document.body.innerText.includes('applies the WELCOME10 coupon')"),
            true));
        // The report has no content policy of its own: the request interceptor stops it.
        const int blocked = view->blockedRequests();
        js(view, QStringLiteral("window.__r = 'pending'; fetch('http://127.0.0.2:9/x').then(() => "
                                "window.__r = 'ok', "
                                "() => window.__r = 'blocked'); 1"));
        QVERIFY(waitForJs(view, QStringLiteral("window.__r"), QStringLiteral("blocked")));
        QVERIFY(view->blockedRequests() > blocked);
    }

    void playwrightViewerRendersTheTrace()
    {
        const QByteArray core = qgetenv("PWB_TEST_PLAYWRIGHT_CORE");
        if (core.isEmpty() ||
            !QFileInfo::exists(QString::fromLocal8Bit(core) +
                               QStringLiteral("/lib/vite/traceViewer/index.html")))
            QSKIP("Playwright's own viewer is tested when PWB_TEST_PLAYWRIGHT_CORE points at a "
                  "node_modules/playwright-core (e.g. from scripts/deps into build/node)");
        qputenv("PWB_PLAYWRIGHT_CORE", core);
        auto page = openDemo();
        QVERIFY(page);
        QVERIFY(page->hasPlaywrightViewer());
        QVERIFY(page->selectPath(QStringLiteral(PWB_DEMO_PROJECT "/traces/coupon-failure.zip")));
        QSignalSpy loaded(page.get(), &TracesPage::webViewLoaded);
        page->tabs()->setCurrentIndex(1);
        QVERIFY(loaded.wait(30000));
        TraceWebView* view = page->webView();
        QVERIFY(view->url().path().endsWith(u"/pw/index.html"));
        QVERIFY2(page->viewerNote()->text().contains(QStringLiteral("Playwright's trace viewer")),
                 qPrintable(page->viewerNote()->text()));
        QVERIFY(page->viewerNote()->text().contains(QStringLiteral("href=\"own\"")));
        // Playwright's viewer lists the actions once its service worker has read the zip.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return js(view,
                                   QStringLiteral(
                                       "document.querySelectorAll('.action-title-method').length"))
                                    .toInt() >= 5;
                     },
                     60000),
                 qPrintable(
                     js(view, QStringLiteral("document.body.innerText.slice(0, 400)")).toString()));
        const QString text = js(view, QStringLiteral("document.body.innerText")).toString();
        QVERIFY2(text.contains(u"coupon: applies WELCOME10 (fails)") &&
                     text.contains(u"getByText('10% off')") &&
                     text.contains(u"Apply coupon WELCOME10"),
                 qPrintable(text.left(3000)));
        // The link in the note switches to the workbench's page and back.
        emit page->viewerNote()->linkActivated(QStringLiteral("own"));
        QTRY_VERIFY_WITH_TIMEOUT(view->url().path().endsWith(u"/wb/index.html"), 10000);
        QVERIFY(!page->hasPlaywrightViewer());
        QVERIFY(page->viewerNote()->text().contains(QStringLiteral("href=\"playwright\"")));
        emit page->viewerNote()->linkActivated(QStringLiteral("playwright"));
        QTRY_VERIFY_WITH_TIMEOUT(view->url().path().endsWith(u"/pw/index.html"), 10000);
    }
};

QTEST_MAIN(TestTracesPage)
#include "tst_tracespage.moc"
