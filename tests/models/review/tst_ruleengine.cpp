// SPDX-License-Identifier: MIT
#include "project/fileindex.h"
#include "review/analyzer.h"
#include "review/rulecatalog.h"
#include "review/ruleengine.h"

#include <QDir>
#include <QTest>

using namespace pwb;

namespace {

QString fixtureDir(const QString& rule, const char* kind)
{
    return QStringLiteral(PWB_FIXTURES "/review/rules/") +
           QString(rule).replace(u'/', QStringLiteral("__")) + u'/' + QLatin1StringView(kind);
}

ProjectAnalysis analyze(const QString& root)
{
    return Analyzer::analyzeProject(root, FileIndex::scan(root));
}

Findings ofRule(const Findings& all, const QString& rule)
{
    Findings out;
    for (const Finding& f : all) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

QString describe(const Findings& fs)
{
    QStringList l;
    for (const Finding& f : fs)
        l << f.path + u':' + QString::number(f.line) + u' ' + f.rule + u": " + f.message;
    return l.join(u'\n');
}

// Applies one file's replacements (byte ranges) back to front.
QByteArray apply(QByteArray text, Findings fs)
{
    QList<Replacement> reps;
    for (const Finding& f : fs)
        reps.append(f.replacements);
    std::sort(reps.begin(), reps.end(),
              [](const Replacement& a, const Replacement& b) { return a.begin > b.begin; });
    for (const Replacement& r : reps)
        text.replace(r.begin, r.end - r.begin, r.newText.toUtf8());
    return text;
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT
private slots:
    void everyRuleFiresAndStaysQuiet_data()
    {
        QTest::addColumn<QString>("rule");
        for (const RuleInfo& r : RuleCatalog::rules())
            QTest::newRow(qPrintable(r.id)) << r.id;
    }
    void everyRuleFiresAndStaysQuiet()
    {
        QFETCH(QString, rule);
        const RuleInfo* info = RuleCatalog::find(rule);
        QVERIFY(info);
        QVERIFY(!info->why.isEmpty() && !info->fix.isEmpty() && !info->title.isEmpty());
        QVERIFY2(QDir(fixtureDir(rule, "fire")).exists(), "every rule has a fire fixture");
        QVERIFY2(QDir(fixtureDir(rule, "nofire")).exists(), "every rule has a no-fire fixture");
        const Findings fire = ofRule(analyze(fixtureDir(rule, "fire")).findings, rule);
        QVERIFY2(!fire.isEmpty(), "the fire fixture must make the rule fire");
        for (const Finding& f : fire) {
            QVERIFY(f.line > 0 && f.column > 0);
            QVERIFY(!f.fingerprint.isEmpty());
            QCOMPARE(f.category, info->category);
            QCOMPARE(f.tool, QStringLiteral("workbench"));
        }
        const Findings quiet = ofRule(analyze(fixtureDir(rule, "nofire")).findings, rule);
        QVERIFY2(quiet.isEmpty(), qPrintable(describe(quiet)));
    }

    void expectedCounts()
    {
        auto count = [](const char* rule) {
            const QString r = QLatin1StringView(rule);
            return ofRule(analyze(fixtureDir(r, "fire")).findings, r).size();
        };
        QCOMPARE(count("security/sql-interpolation"), 3);
        QCOMPARE(count("security/raw-html"), 3);
        QCOMPARE(count("security/hardcoded-secret"), 2);
        QCOMPARE(count("security/browser-pipeline"), 1);
        QCOMPARE(count("performance/n-plus-one"), 2);
        QCOMPARE(count("otp/blocking-in-callback"), 3);
        QCOMPARE(count("otp/missing-impl"), 1);
    }

    void mechanicalFixesRemoveTheFinding_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alt") << "accessibility/img-alt"
                             << "lib/app_web/components/card.html.heex"
                             << "<img alt=\"\" src={@url}";
        QTest::newRow("role") << "accessibility/click-non-interactive"
                              << "lib/app_web/components/card.html.heex"
                              << "<div role=\"button\" tabindex=\"0\" phx-click";
        QTest::newRow("impl") << "otp/missing-impl"
                              << "lib/app/counter.ex"
                              << "  @impl true\n  def init(n)";
        QTest::newRow("max_age") << "security/token-max-age"
                                 << "lib/app/accounts.ex"
                                 << "token, max_age: 86_400)";
        QTest::newRow("atom") << "security/string-to-atom"
                              << "lib/app_web/live/sort.ex"
                              << "String.to_existing_atom(params";
        QTest::newRow("infinity") << "otp/call-infinity"
                                  << "lib/app/client.ex"
                                  << "{:charge, order}, 30_000)";
        QTest::newRow("pipeline") << "security/browser-pipeline"
                                  << "lib/app_web/router.ex"
                                  << "    plug :protect_from_forgery\n"
                                     "    plug :put_secure_browser_headers\n  end";
        QTest::newRow("index") << "performance/reference-without-index"
                               << "priv/repo/migrations/20240101000000_create_orders.exs"
                               << "    end\n\n    create index(:orders, [:user_id])\n";
    }
    void mechanicalFixesRemoveTheFinding()
    {
        QFETCH(QString, rule);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFile f(fixtureDir(rule, "fire") + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const Findings before = ofRule(RuleEngine::analyze(file, text).findings, rule);
        QVERIFY(!before.isEmpty());
        for (const Finding& x : before)
            QVERIFY(x.hasMechanicalFix());
        const QByteArray fixed = apply(text, before);
        QVERIFY2(fixed.contains(expected.toUtf8()), fixed.constData());
        QVERIFY(ofRule(RuleEngine::analyze(file, fixed).findings, rule).isEmpty());
    }

    void documentationCoverage()
    {
        const ProjectAnalysis r =
            analyze(fixtureDir(QStringLiteral("documentation/doc-missing"), "nofire"));
        // App.Thing (documented), run/1, init (callback, not counted), internal (@doc false).
        QCOMPARE(r.docs.modules, 1);
        QCOMPARE(r.docs.documentedModules, 1);
        QCOMPARE(r.docs.functions, 1);
        QCOMPARE(r.docs.coverage(), 100.0);
        const ProjectAnalysis fire =
            analyze(fixtureDir(QStringLiteral("documentation/doc-missing"), "fire"));
        QCOMPARE(fire.docs.total(), 2);
        QCOMPARE(fire.docs.coverage(), 50.0);
        const QJsonObject json = fire.toJson();
        QCOMPARE(json.value(QStringLiteral("doc_coverage")).toDouble(), 50.0);
        QCOMPARE(json.value(QStringLiteral("files_analyzed")).toInt(), 1);
    }

    void brokenInputDoesNotStopTheRules()
    {
        const QByteArray text = "defmodule A do\n  @moduledoc \"x\"\n  def f(x) do\n"
                                "    \"unterminated\n    GenServer.call(x, :m, :infinity)\n"
                                "  end\n\xff\0\nend\n";
        const FileAnalysis r = RuleEngine::analyze(QStringLiteral("lib/a.ex"),
                                                   QByteArray(text.constData(), text.size()));
        QVERIFY(!r.diagnostics.isEmpty());
        QCOMPARE(ofRule(r.findings, QStringLiteral("otp/call-infinity")).size(), 1);
    }

    void demoProjectPlantedProblems_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("rule");
        auto row = [](const char* path, int line, const char* rule) {
            QTest::newRow(QByteArray(QByteArray(path) + ':' + QByteArray::number(line)).constData())
                << QString::fromLatin1(path) << line << QString::fromLatin1(rule);
        };
        row("config/config.exs", 27, "security/hardcoded-secret");
        row("apps/shop_web/lib/shop_web/router.ex", 9, "security/browser-pipeline");
        row("apps/shop_web/lib/shop_web/storefront.ex", 53, "security/sql-interpolation");
        row("apps/shop_web/lib/shop_web/storefront.ex", 76, "security/sql-interpolation");
        row("apps/shop_web/lib/shop_web/controllers/profile_html/show.html.heex", 14,
            "security/raw-html");
        row("apps/shop_web/lib/shop_web/live/product_live/index.ex", 13,
            "performance/unbounded-mount-query");
        row("apps/shop_web/lib/shop_web/live/product_live/index.ex", 19,
            "performance/list-assign-stream");
        row("apps/shop_web/lib/shop_web/sales.ex", 80, "performance/n-plus-one");
        row("apps/shop/lib/shop/inventory.ex", 96, "otp/blocking-in-callback");
        row("apps/shop_web/lib/shop_web/live/cart_live.ex", 85, "accessibility/icon-button-name");
        row("apps/shop_web/lib/shop_web/accounts.ex", 59, "security/token-max-age");
        row("apps/shop_web/lib/shop_web/live/product_live/index.ex", 24, "security/string-to-atom");
        row("apps/shop_web/lib/shop_web/live/product_live/index.html.heex", 36,
            "accessibility/click-non-interactive");
        row("apps/shop_web/lib/shop_web/live/checkout_live.ex", 65, "otp/unsupervised-spawn");
        row("apps/shop_web/lib/shop_web/payment_gateway.ex", 25, "otp/call-infinity");
        row("apps/shop_web/lib/shop_web/controllers/profile_html/preview.html.heex", 3,
            "security/raw-html");
        row("apps/shop_web/priv/repo/migrations/20240610091500_create_orders.exs", 15,
            "performance/reference-without-index");
    }
    void demoProjectPlantedProblems()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, rule);
        static const ProjectAnalysis demo = analyze(QStringLiteral(PWB_DEMO_PROJECT));
        if (qEnvironmentVariableIsSet("PWB_DUMP_FINDINGS") && path.startsWith(u"config"))
            qInfo().noquote() << describe(demo.findings);
        bool found = false;
        for (const Finding& f : demo.findings)
            found = found || (f.path == path && f.line == line && f.rule == rule);
        QVERIFY2(found, qPrintable(describe(demo.findings)));
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
