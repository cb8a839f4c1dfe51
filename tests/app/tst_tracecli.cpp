// SPDX-License-Identifier: MIT
// `--trace FILE` and the report's "traces" section, run as users run them: the real
// binary, no display.
#include "headlessrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>


class TestTraceCli : public QObject
{
    Q_OBJECT

    using Run = HeadlessRun;
    static Run run(const QStringList& args) { return runHeadless(args, 60000); }

private slots:
    void traceAsJson()
    {
        const Run r = run({QStringLiteral("--trace"),
                           QStringLiteral(PWB_FIXTURES "/traces/library/coupon-failure.zip"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject t = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(t.value(u"title").toString(), QStringLiteral("coupon: applies WELCOME10 (fails)"));
        QCOMPARE(t.value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(t.value(u"browser").toString(), QStringLiteral("chromium"));
        const QJsonArray actions = t.value(u"action_list").toArray();
        QCOMPARE(actions.size(), t.value(u"actions").toInt());
        QCOMPARE(actions.size(), 6);
        const QJsonObject last = actions.last().toObject();
        QCOMPARE(last.value(u"title").toString(), QStringLiteral("Wait for"));
        QCOMPARE(last.value(u"error").toString(), QStringLiteral("Timeout 1500ms exceeded."));
        QVERIFY(last.value(u"selector").toString().contains(u"10% off"));
        bool coupon = false;
        for (const QJsonValue& a : actions) {
            for (const QJsonValue& e : a.toObject().value(u"liveview").toArray())
                coupon = coupon || e.toString().startsWith(u"click coupon");
        }
        QVERIFY(coupon);
        QVERIFY(t.value(u"liveview").toString().startsWith(u"LiveView socket"));
    }

    void traceAsText()
    {
        const Run r = run({QStringLiteral("--trace"),
                           QStringLiteral(PWB_FIXTURES "/traces/library/about-static.zip")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No LiveView traffic in this trace."));
        QVERIFY(r.out.contains("Navigate"));
    }

    void unreadableTrace()
    {
        const Run r =
            run({QStringLiteral("--trace"), QStringLiteral(PWB_FIXTURES "/traces/record/README.md"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("README.md"), r.err.constData());
    }

    void reportHasTraces()
    {
        const Run r = run({QStringLiteral("--report"), QStringLiteral(PWB_DEMO_PROJECT),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray traces =
            QJsonDocument::fromJson(r.out).object().value(u"traces").toArray();
        QCOMPARE(traces.size(), 6);
        const QStringList keys{QStringLiteral("actions"),         QStringLiteral("browser"),
                               QStringLiteral("duration_ms"),     QStringLiteral("errors"),
                               QStringLiteral("liveview_events"), QStringLiteral("path"),
                               QStringLiteral("status"),          QStringLiteral("title")};
        int failed = 0;
        for (const QJsonValue& v : traces) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), keys);
            QVERIFY(!o.value(u"path").toString().startsWith(u'/'));
            QVERIFY(o.value(u"actions").toInt() > 0);
            QVERIFY(o.value(u"duration_ms").toInt() > 0);
            QVERIFY(o.value(u"liveview_events").toInt() > 0);
            failed += o.value(u"status").toString() == u"failed";
            if (o.value(u"status").toString() == u"failed")
                QVERIFY(o.value(u"errors").toInt() > 0);
        }
        QCOMPARE(failed, 2);
        const Run text = run({QStringLiteral("--report"), QStringLiteral(PWB_DEMO_PROJECT)});
        QVERIFY(text.out.contains("  traces:\n"));
        QVERIFY(text.out.contains("traces/coupon-failure.zip"));
    }
};

QTEST_GUILESS_MAIN(TestTraceCli)
#include "tst_tracecli.moc"
