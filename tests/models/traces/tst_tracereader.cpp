// SPDX-License-Identifier: MIT
// The trace reader on real recorded traces (both layouts) and on hostile archives.
#include "traces/liveview.h"
#include "traces/tracereader.h"
#include "traces/ziparchive.h"
#include "tracesamples.h"
#include "ziptestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PWB_FIXTURES "/traces/") + name;
}

const TraceAction* findAction(const Trace& t, const QString& title,
                              const QString& selectorPart = {})
{
    for (const TraceAction& a : t.actions) {
        if (a.title == title && (selectorPart.isEmpty() || a.selector.contains(selectorPart)))
            return &a;
    }
    return nullptr;
}

QByteArray lines(const QList<QByteArray>& l)
{
    QByteArray out;
    for (const QByteArray& s : l)
        out += s + '\n';
    return out;
}

const QByteArray kContext = kSample[0];

} // namespace

class TestTraceReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString tmp(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void libraryTracePasses()
    {
        bool ok = false;
        const Trace t =
            TraceReader::read(fixture(QStringLiteral("library/cart-add-items.zip")), {}, &ok);
        QVERIFY(ok);
        QCOMPARE(t.version, 10);
        QCOMPARE(t.browser, QStringLiteral("chromium"));
        QCOMPARE(t.playwrightVersion, QStringLiteral("1.65.1"));
        QCOMPARE(t.title, QStringLiteral("cart: adds two items"));
        QCOMPARE(t.status, Trace::Status::Passed);
        QVERIFY(!t.runner);
        QCOMPARE(t.brokenLines, 0);
        QVERIFY2(t.diagnostics.isEmpty(), qPrintable(t.diagnostics.value(0).toString()));
        QCOMPARE(t.actions.size(), 8);
        const TraceAction* nav = findAction(t, QStringLiteral("Navigate"));
        QVERIFY(nav);
        QVERIFY(nav->selector.endsWith(u"/cart"));
        QVERIFY(nav->duration() > 0);
        QVERIFY(!nav->logs.isEmpty());
        QVERIFY(nav->source.startsWith(u"record.mjs:"));
        const TraceAction* click =
            findAction(t, QStringLiteral("Click"), QStringLiteral("Add tea"));
        QVERIFY(click);
        QCOMPARE(click->className, QStringLiteral("Frame"));
        QVERIFY(t.wallTime.isValid());
        QVERIFY(t.durationMs() > 100);
        QVERIFY(!t.frames.isEmpty());
        ZipArchive zip;
        QVERIFY(zip.open(t.path, nullptr));
        for (const TraceFrame& f : t.frames)
            QVERIFY2(zip.contains(f.entry), qPrintable(f.entry));
        QVERIFY(std::any_of(t.network.cbegin(), t.network.cend(), [](const TraceNetwork& n) {
            return n.resourceType == u"fetch" && n.url.endsWith(u"/api/stock") && n.status == 200;
        }));
        QCOMPARE(t.console.size(), 2); // the favicon's 404 and LiveView's mount line
        QCOMPARE(t.liveView.consoleLines, 1);
        QVERIFY(t.console.at(1).liveView);
    }

    void liveViewEventsAreTiedToActions()
    {
        const Trace t = TraceReader::read(fixture(QStringLiteral("library/cart-add-items.zip")));
        QVERIFY(t.liveView.hasTraffic());
        QVERIFY(LiveView::isLiveViewUrl(t.liveView.socketUrl));
        // join + reply, two click events + replies
        QCOMPARE(t.liveView.eventCount(), 6);
        // The join happens while the test waits for .phx-connected.
        const TraceAction* connected =
            findAction(t, QStringLiteral("Wait for"), QStringLiteral("phx-connected"));
        QVERIFY(connected);
        QVERIFY(connected->liveViewEvents.value(0).startsWith(u"phx_join ("));
        const TraceAction* tea = findAction(t, QStringLiteral("Click"), QStringLiteral("Add tea"));
        QCOMPARE(tea->liveViewEvents.size(), 1);
        QVERIFY2(tea->liveViewEvents.first().startsWith(u"click add ("),
                 qPrintable(tea->liveViewEvents.first()));
        int replies = 0;
        for (const LiveViewMessage& m : t.liveView.messages) {
            if (m.direction == LiveViewMessage::Direction::Sent && m.event == u"event") {
                QCOMPARE(m.replyStatus, QStringLiteral("ok"));
                QVERIFY(m.replyMs >= 40); // the page server answers after 60 ms
                QVERIFY(!m.callId.isEmpty());
                ++replies;
            }
        }
        QCOMPARE(replies, 2);
        const TraceAction* wait =
            findAction(t, QStringLiteral("Wait for"), QStringLiteral("phx-connected"));
        QVERIFY(wait);
        QVERIFY(wait->waitsOnLiveView);
        QCOMPARE(t.liveView.waits, 1);
        QVERIFY(t.liveView.describe().contains(u"1 join(s), 2 event(s)"));
    }

    void failingTraceHasErrors()
    {
        const Trace t = TraceReader::read(fixture(QStringLiteral("library/coupon-failure.zip")));
        QCOMPARE(t.status, Trace::Status::Failed);
        const TraceAction& last = t.actions.last();
        QCOMPARE(last.error.name, QStringLiteral("TimeoutError"));
        QCOMPARE(last.error.message, QStringLiteral("Timeout 1500ms exceeded."));
        QCOMPARE(t.pageErrors.size(), 1);
        QVERIFY(t.pageErrors.first().error.message.startsWith(u"CouponHook"));
        QCOMPARE(t.errorCount(), 2);
        const TraceAction* coupon =
            findAction(t, QStringLiteral("Click"), QStringLiteral("WELCOME10"));
        QVERIFY(coupon);
        QVERIFY(coupon->liveViewEvents.value(0).startsWith(u"click coupon ("));
        const auto m =
            std::find_if(t.liveView.messages.cbegin(), t.liveView.messages.cend(),
                         [](const LiveViewMessage& m) { return m.name == u"click coupon"; });
        QVERIFY(m != t.liveView.messages.cend());
        QVERIFY(m->replyMs >= 150); // the server takes 180 ms over the coupon
    }

    void formSubmitAndServerPush()
    {
        const Trace t = TraceReader::read(fixture(QStringLiteral("library/checkout-submit.zip")));
        QCOMPARE(t.status, Trace::Status::Passed);
        const TraceAction* submit =
            findAction(t, QStringLiteral("Click"), QStringLiteral("Place order"));
        QVERIFY(submit);
        QVERIFY(submit->liveViewEvents.value(0).startsWith(u"form checkout"));
        QVERIFY(std::any_of(
            t.liveView.messages.cbegin(), t.liveView.messages.cend(), [](const LiveViewMessage& m) {
                return m.event == u"diff" && m.direction == LiveViewMessage::Direction::Received;
            }));
        QVERIFY(t.liveView.describe().contains(u"1 server push(es)"));
    }

    void plainPageSaysNoLiveView()
    {
        const Trace t = TraceReader::read(fixture(QStringLiteral("library/about-static.zip")));
        QCOMPARE(t.status, Trace::Status::Passed);
        QVERIFY(!t.liveView.hasTraffic());
        QCOMPARE(t.liveView.eventCount(), 0);
        QCOMPARE(t.liveView.describe(), QStringLiteral("No LiveView traffic in this trace."));
        for (const TraceAction& a : t.actions)
            QVERIFY(a.liveViewEvents.isEmpty());
    }

    void runnerLayout()
    {
        const Trace t = TraceReader::read(fixture(QStringLiteral(
            "runner/test-results/shop-cart-applies-the-WELCOME10-coupon/trace.zip")));
        QVERIFY(t.runner);
        QCOMPARE(t.browser, QStringLiteral("chromium"));
        QVERIFY2(t.title.endsWith(u"cart › applies the WELCOME10 coupon"), qPrintable(t.title));
        QCOMPARE(t.status, Trace::Status::Failed);
        QCOMPARE(t.errors.size(), 1);
        QVERIFY(t.errors.first().message.contains(u"Received: \"Invalid coupon WELCOME10\""));
        QVERIFY(!t.errors.first().message.contains(QChar(0x1b))); // colours stripped
        const TraceAction* hooks = findAction(t, QStringLiteral("Before Hooks"));
        QVERIFY(hooks);
        QCOMPARE(hooks->depth, 0);
        const TraceAction* fixturePage = findAction(t, QStringLiteral("Fixture \"page\""));
        QVERIFY(fixturePage);
        QCOMPARE(fixturePage->depth, 1);
        // The step "Click" got its library call's logs and LiveView event.
        const TraceAction* coupon =
            findAction(t, QStringLiteral("Click"), QStringLiteral("WELCOME10"));
        QVERIFY(coupon);
        QVERIFY(coupon->fromRunner);
        QVERIFY(!coupon->logs.isEmpty());
        QCOMPARE(coupon->source, QStringLiteral("shop.spec.cjs:21"));
        QVERIFY(coupon->liveViewEvents.value(0).startsWith(u"click coupon"));
        const TraceAction* expect = findAction(t, QStringLiteral("Expect \"toHaveText\""));
        QVERIFY(expect && expect->failed());
        QVERIFY(t.liveView.waits >= 1);
    }

    void runnerStdout()
    {
        const Trace t = TraceReader::read(
            fixture(QStringLiteral("runner/test-results/shop-checkout-places-an-order/trace.zip")));
        QCOMPARE(t.status, Trace::Status::Passed);
        QVERIFY(t.stdoutLines.contains(QStringLiteral("order placed for ada@example.com")));
    }

    void olderFormats()
    {
        // Version 9: library calls carry stepId, frames are named by sha1 under resources/.
        // Version 6: one "action" event per call with apiName and a log array.
        const QByteArray v9 = lines({
            kSample[1],
            kSample[2],
            kSample[3],
            kSample[4],
            kSample[5],
            kSample[6],
        });
        const QByteArray test = lines({
            kSample[7],
            kSample[8],
            kSample[9],
        });
        const QString path = tmp(QStringLiteral("v9.zip"));
        QVERIFY(
            ZipTestUtil::write(path, {{QStringLiteral("0-trace.trace"), v9},
                                      {QStringLiteral("test.trace"), test},
                                      {QStringLiteral("resources/abc.jpeg"), QByteArray("jpeg")}}));
        const Trace t = TraceReader::read(path);
        QCOMPARE(t.version, 9);
        QCOMPARE(t.browser, QStringLiteral("firefox"));
        QCOMPARE(t.frames.size(), 1);
        QCOMPARE(t.frames.first().entry, QStringLiteral("resources/abc.jpeg"));
        const TraceAction* step = findAction(t, QStringLiteral("Click Go"));
        QVERIFY(step);
        QCOMPARE(step->selector, QStringLiteral("text=Go"));
        QCOMPARE(step->logs.size(), 1);
        const TraceAction* fill = findAction(t, QStringLiteral("page.fill"));
        QVERIFY(fill);
        QCOMPARE(fill->duration(), 20.0);
        QCOMPARE(fill->logs.value(0).message, QStringLiteral("filled"));
        QCOMPARE(t.actions.size(), 2);
        QCOMPARE(t.liveView.describe(), QStringLiteral("No LiveView traffic in this trace."));
    }

    void brokenLinesAreCountedWithLineNumbers()
    {
        const QByteArray data = lines({
            kContext,
            kSample[10],
            kSample[11],
            kSample[12],
            kSample[13],
            kSample[14],
            kSample[15],
        });
        const QString path = tmp(QStringLiteral("broken.zip"));
        QVERIFY(ZipTestUtil::write(path, {{QStringLiteral("trace.trace"), data}}));
        bool ok = false;
        const Trace t = TraceReader::read(path, {}, &ok);
        QVERIFY(ok);
        QCOMPARE(t.brokenLines, 3);
        QCOMPARE(t.actions.size(), 2);
        QCOMPARE(t.actions.at(1).duration(), 10.0);
        QList<int> lineNumbers;
        for (const Diagnostic& d : t.diagnostics) {
            QCOMPARE(d.code, QStringLiteral("trace-broken-line"));
            QVERIFY(d.path.endsWith(u"broken.zip:trace.trace"));
            lineNumbers.append(d.line);
        }
        QCOMPARE(lineNumbers, (QList<int>{3, 5, 6}));
    }

    void overlongLineIsSkipped()
    {
        const QByteArray data =
            lines({kContext, "{\"type\":\"log\",\"message\":\"" + QByteArray(5000, 'x') + "\"}",
                   kSample[16]});
        const QString path = tmp(QStringLiteral("long.zip"));
        QVERIFY(ZipTestUtil::write(path, {{QStringLiteral("trace.trace"), data}}));
        TraceReader::Options o;
        o.maxLineBytes = 1024;
        const Trace t = TraceReader::read(path, o);
        QCOMPARE(t.brokenLines, 1);
        QCOMPARE(t.diagnostics.value(0).line, 2);
        QCOMPARE(t.actions.size(), 1);
    }

    void notAZip()
    {
        const QString path = tmp(QStringLiteral("text.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a zip archive\n");
        f.close();
        bool ok = true;
        const Trace t = TraceReader::read(path, {}, &ok);
        QVERIFY(!ok);
        QCOMPARE(t.diagnostics.size(), 1);
        QCOMPARE(t.diagnostics.first().code, QStringLiteral("trace-not-zip"));
        QVERIFY(t.diagnostics.first().message.contains(path));
        QVERIFY(
            !TraceReader::read(tmp(QStringLiteral("missing.zip")), {}, &ok).diagnostics.isEmpty());
        QVERIFY(!ok);
    }

    void truncatedZip()
    {
        QFile real(fixture(QStringLiteral("library/cart-add-items.zip")));
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray bytes = real.readAll();
        for (const qsizetype cut :
             {qsizetype(0), qsizetype(30), bytes.size() / 2, bytes.size() - 10}) {
            const QString path = tmp(QStringLiteral("cut-%1.zip").arg(cut));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes.left(cut));
            f.close();
            bool ok = true;
            const Trace t = TraceReader::read(path, {}, &ok);
            QVERIFY2(!ok, qPrintable(QString::number(cut)));
            QCOMPARE(t.diagnostics.first().severity, Diagnostic::Severity::Error);
        }
    }

    void corruptEntryData()
    {
        // A whole central directory but damaged deflate data inside trace.trace.
        QByteArray data;
        for (int i = 0; i < 2000; ++i)
            data += kSample[17] + QByteArray::number(i) + "\"}\n";
        const QString path = tmp(QStringLiteral("corrupt.zip"));
        QVERIFY(
            ZipTestUtil::write(path, {{QStringLiteral("trace.trace"), kContext + '\n' + data}}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (int i = 200; i < 260; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        f.seek(0);
        f.write(bytes);
        f.close();
        bool ok = false;
        const Trace t = TraceReader::read(path, {}, &ok);
        QVERIFY(std::any_of(t.diagnostics.cbegin(), t.diagnostics.cend(), [](const Diagnostic& d) {
            return d.code == u"trace-entry-unreadable" || d.code == u"trace-not-zip";
        }));
    }

    void unsafeNamesAreRefused()
    {
        const QString path = tmp(QStringLiteral("escape.zip"));
        QVERIFY(ZipTestUtil::write(path,
                                   {{QStringLiteral("trace.trace"), kContext + '\n'},
                                    {QStringLiteral("../../etc/evil.sh"), QByteArray("x")},
                                    {QStringLiteral("/tmp/abs.txt"), QByteArray("x")},
                                    {QStringLiteral("resources/..\\..\\win.txt"), QByteArray("x")},
                                    {QStringLiteral("resources/ok.txt"), QByteArray("x")}}));
        ZipArchive zip;
        QVERIFY(zip.open(path, nullptr));
        QCOMPARE(zip.entries().size(), 2);
        QCOMPARE(zip.problems().size(), 3);
        for (const Diagnostic& d : zip.problems())
            QCOMPARE(d.code, QStringLiteral("zip-unsafe-name"));
        QVERIFY(!zip.contains(QStringLiteral("../../etc/evil.sh")));
        const Trace t = TraceReader::read(path);
        QCOMPARE(t.resources, QStringList{QStringLiteral("resources/ok.txt")});
        QCOMPARE(t.diagnostics.size(), 3);
        QVERIFY(ZipArchive::isSafeName(QStringLiteral("resources/a..b.txt")));
        QVERIFY(!ZipArchive::isSafeName(QStringLiteral("C:/x")));
        // A frame pointing outside the archive is dropped, not read.
        const QString frames = tmp(QStringLiteral("frames.zip"));
        QVERIFY(ZipTestUtil::write(
            frames, {{QStringLiteral("trace.trace"), lines({kContext, kSample[18]})}}));
        QVERIFY(TraceReader::read(frames).frames.isEmpty());
    }

    void hugeEntryIsCapped()
    {
        QByteArray big = kContext + '\n';
        int i = 0;
        while (big.size() < 3 * 1024 * 1024) {
            ++i;
            big += kSample[19] + QByteArray::number(i) + kSample[20] + QByteArray::number(i) +
                   kSample[21] + QByteArray::number(i * 7919 % 100003) + "\"}}\n";
        }
        const QString path = tmp(QStringLiteral("huge.zip"));
        QVERIFY(ZipTestUtil::write(path, {{QStringLiteral("trace.trace"), big}}));
        TraceReader::Options o;
        o.limits.maxEntrySize = 1024 * 1024;
        bool ok = true;
        const Trace t = TraceReader::read(path, o, &ok);
        // The entry is refused when the archive is opened: no trace left inside.
        QVERIFY(!ok);
        QVERIFY(std::any_of(t.diagnostics.cbegin(), t.diagnostics.cend(),
                            [](const Diagnostic& d) { return d.code == u"zip-entry-too-large"; }));
        // The total cap stops reading part-way.
        TraceReader::Options total;
        total.limits.maxTotalSize = 1024 * 1024;
        const Trace partial = TraceReader::read(path, total, &ok);
        QVERIFY(partial.actions.size() > 100);
        QVERIFY(partial.actions.size() < i);
        QVERIFY(std::any_of(
            partial.diagnostics.cbegin(), partial.diagnostics.cend(), [](const Diagnostic& d) {
                return d.code == u"trace-entry-unreadable" && d.message.contains(u"in total");
            }));
    }

    void compressionBombIsRefused()
    {
        const QString path = tmp(QStringLiteral("bomb.zip"));
        QVERIFY(ZipTestUtil::write(path, {{QStringLiteral("trace.trace"),
                                           kContext + '\n' + QByteArray(20 * 1024 * 1024, ' ')}}));
        ZipArchive zip;
        QVERIFY(zip.open(path, nullptr));
        QVERIFY(!zip.contains(QStringLiteral("trace.trace")));
        QCOMPARE(zip.problems().value(0).code, QStringLiteral("zip-ratio"));
        // With the ratio check off the same entry reads; a smaller size cap refuses it too.
        ZipLimits lax;
        lax.maxRatio = 1e9;
        ZipArchive lenient(lax);
        QVERIFY(lenient.open(path, nullptr));
        QString error;
        ZipLimits strict;
        strict.maxEntrySize = 4 * 1024 * 1024;
        ZipArchive capped(strict);
        QVERIFY(capped.open(path, nullptr));
        QVERIFY(!capped.contains(QStringLiteral("trace.trace")));
        bool ok = true;
        QVERIFY(lenient.readAll(QStringLiteral("trace.trace"), &error, &ok).size() > 0);
        QVERIFY(ok);
    }

    void noTraceInside()
    {
        const QString path = tmp(QStringLiteral("other.zip"));
        QVERIFY(ZipTestUtil::write(path, {{QStringLiteral("readme.txt"), QByteArray("hello")}}));
        bool ok = true;
        const Trace t = TraceReader::read(path, {}, &ok);
        QVERIFY(!ok);
        QCOMPARE(t.diagnostics.value(0).code, QStringLiteral("trace-empty"));
    }

    void cancelStops()
    {
        std::atomic_bool cancel{true};
        TraceReader::Options o;
        o.cancel = &cancel;
        bool ok = true;
        const Trace t =
            TraceReader::read(fixture(QStringLiteral("library/cart-add-items.zip")), o, &ok);
        QVERIFY(!ok);
        QVERIFY(t.actions.isEmpty());
    }

    void channelMessages()
    {
        const auto m = LiveView::parseMessage(QString::fromUtf8(kSample[22]));
        QVERIFY(m);
        QCOMPARE(m->topic, QStringLiteral("lv:phx-F1"));
        QCOMPARE(m->name, QStringLiteral("click inc"));
        QVERIFY(!LiveView::parseMessage(QStringLiteral("[1,2]")));
        QVERIFY(!LiveView::parseMessage(QStringLiteral("not json")));
        QVERIFY(LiveView::isLiveViewSelector(QStringLiteral("[data-phx-main].phx-connected")));
        QVERIFY(!LiveView::isLiveViewSelector(QStringLiteral("#count")));
        QVERIFY(
            LiveView::isLiveViewUrl(QStringLiteral("wss://shop.test/live/websocket?vsn=2.0.0")));
        QVERIFY(!LiveView::isLiveViewUrl(QStringLiteral("wss://shop.test/socket/websocket")));
    }
};

QTEST_GUILESS_MAIN(TestTraceReader)
#include "tst_tracereader.moc"
