// SPDX-License-Identifier: MIT
#include "project/fileindex.h"
#include "review/analyzer.h"
#include "review/fixverifier.h"
#include "review/rulecatalog.h"
#include "review/ruleengine.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

QString fixtureDir(const QString& rule, const char* kind)
{
    return QStringLiteral(PWB_FIXTURES "/review/rules/") +
           QString(rule).replace(u'/', QStringLiteral("__")) + u'/' + QLatin1StringView(kind);
}

ProjectAnalysis analyze(const QString& root, const RuleOptions& options = {})
{
    return Analyzer::analyzeProject(root, FileIndex::scan(root), nullptr, options);
}

// The rule switched on even when it is off by default.
RuleOptions with(const QString& rule)
{
    RuleOptions o;
    o.enabled.insert(rule);
    return o;
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
        QVERIFY(!info->bad.isEmpty() && !info->good.isEmpty() && !info->references.isEmpty());
        const Findings fire = ofRule(analyze(fixtureDir(rule, "fire"), with(rule)).findings, rule);
        QVERIFY2(!fire.isEmpty(), "the fire fixture must make the rule fire");
        for (const Finding& f : fire) {
            QVERIFY(f.line > 0 && f.column > 0);
            QVERIFY(!f.fingerprint.isEmpty());
            QCOMPARE(f.category, info->category);
            QCOMPARE(f.tool, QStringLiteral("workbench"));
        }
        const Findings quiet =
            ofRule(analyze(fixtureDir(rule, "nofire"), with(rule)).findings, rule);
        QVERIFY2(quiet.isEmpty(), qPrintable(describe(quiet)));
    }

    void expectedCounts()
    {
        auto count = [](const char* rule) {
            const QString r = QLatin1StringView(rule);
            return ofRule(analyze(fixtureDir(r, "fire"), with(r)).findings, r).size();
        };
        QCOMPARE(count("security/sql-interpolation"), 4);
        QCOMPARE(count("security/raw-html"), 5); // one piped: `svg |> raw()`
        QCOMPARE(count("security/hardcoded-secret"), 4);
        QCOMPARE(count("security/browser-pipeline"), 1);
        QCOMPARE(count("performance/n-plus-one"), 3); // one in {:ok, id} clauses
        QCOMPARE(count("otp/blocking-in-callback"), 3);
        QCOMPARE(count("otp/missing-impl"), 1);
        QCOMPARE(count("security/check-origin"), 3);
        QCOMPARE(count("security/xss-send-resp"), 2);
        QCOMPARE(count("security/open-redirect"), 3); // one with a fixed scheme only
        QCOMPARE(count("security/path-traversal"), 3);
        // Each with a piped form: `tool |> System.cmd(...)`, `content |> EEx.eval_string()`.
        QCOMPARE(count("security/command-injection"), 4);
        QCOMPARE(count("security/code-eval"), 3);
        QCOMPARE(count("security/binary-to-term"), 2);
        QCOMPARE(count("security/vulnerable-dependency"), 2);
        QCOMPARE(count("otp/receive-without-after"), 2);
        QCOMPARE(count("warning/io-inspect"), 4);
        QCOMPARE(count("warning/env-in-module-body"), 2);
        QCOMPARE(count("warning/unused-result"), 4);
        // users.email, and uploads.digest whose index a later migration replaced by a
        // composite one (its `down` is not counted); teams.slug, cast through module
        // attributes joined with ++.
        QCOMPARE(count("ecto/unique-without-constraint"), 3);
        // orders.customer_id, and invoices.customer_id with string table names.
        QCOMPARE(count("performance/reference-without-index"), 2);
        QCOMPARE(count("security/unscoped-event-write"), 2);
        QCOMPARE(count("security/privileged-cast"), 2);
        QCOMPARE(count("ecto/file-removed-before-write"), 2);
    }

    // Request data makes a finding high; the same call on other data is medium.
    void severityFollowsTheData()
    {
        auto severities = [](const char* rule) {
            QStringList out;
            for (const Finding& f :
                 ofRule(analyze(fixtureDir(QLatin1StringView(rule), "fire")).findings,
                        QLatin1StringView(rule)))
                out << QString::number(f.line) + u':' + Finding::severityName(f.severity);
            return out.join(u' ');
        };
        // prod.exs and the prod block of runtime.exs are high; the env default is medium.
        QCOMPARE(severities("security/check-origin"), QStringLiteral("5:high 6:high 10:medium"));
        // EEx on stored data is medium, Code.eval_string on event params high.
        QCOMPARE(severities("security/code-eval"), QStringLiteral("6:medium 5:medium 5:high"));
        QCOMPARE(severities("security/binary-to-term"), QStringLiteral("5:medium 5:high"));
        // System.cmd with a request-chosen program, :os.cmd with data: high; args: medium.
        QCOMPARE(severities("security/command-injection"),
                 QStringLiteral("5:high 6:high 11:medium 5:high"));
        // A dropped Map.put did nothing (medium); a dropped Enum.map with a callback may be
        // there for its side effects (low).
        // Hard-coded secrets: production-reaching lib code high, a MIX_ENV=hex config file
        // medium, a test factory under lib/ low. (config.exs is decided project-wide.)
        QStringList secrets = severities("security/hardcoded-secret").split(u' ');
        secrets.sort();
        QCOMPARE(secrets.join(u' '), QStringLiteral("3:high 4:high 4:medium 5:low"));
        QCOMPARE(severities("warning/unused-result"),
                 QStringLiteral("5:medium 10:low 17:medium 28:medium"));
    }

    void offByDefaultRulesStayQuiet()
    {
        const ProjectAnalysis r =
            analyze(fixtureDir(QStringLiteral("documentation/doc-missing"), "fire"));
        QVERIFY(ofRule(r.findings, QStringLiteral("documentation/doc-missing")).isEmpty());
        QCOMPARE(r.docs.coverage(), 50.0); // the coverage figure stays
        QVERIFY(!RuleCatalog::find(QStringLiteral("documentation/doc-missing"))->onByDefault);
    }

    void testCodeAndDevConfigCapAtLow()
    {
        const QByteArray loop = "defmodule AppTest do\n  test \"x\" do\n"
                                "    Enum.each(ids, fn id -> Repo.get(User, id) end)\n"
                                "    GenServer.call(pid, :x, :infinity)\n  end\nend\n";
        const FileAnalysis t = RuleEngine::analyze(QStringLiteral("test/app_test.exs"), loop);
        QVERIFY(!t.findings.isEmpty());
        for (const Finding& f : t.findings)
            QCOMPARE(f.severity, Finding::Severity::Low);
        const FileAnalysis dev = RuleEngine::analyze(
            QStringLiteral("config/dev.exs"),
            "import Config\nconfig :app, App.Repo, password: \"s3cr3t-dev-pass\"\n");
        QCOMPARE(ofRule(dev.findings, QStringLiteral("security/hardcoded-secret")).size(), 1);
        QCOMPARE(dev.findings.first().severity, Finding::Severity::Low);
    }

    // A shared-config secret that production config sets again is low: runtime.exs, the
    // older releases.exs and prod.exs all override config.exs there. The message says which.
    void sharedSecretOverriddenAtRuntimeIsLow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("runtime") << QStringLiteral("runtime.exs");
        QTest::newRow("releases") << QStringLiteral("releases.exs");
        QTest::newRow("prod") << QStringLiteral("prod.exs");
    }
    void sharedSecretOverriddenAtRuntimeIsLow()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(QStringLiteral("config"));
        auto write = [&](const char* name, const QByteArray& text) {
            QFile f(dir.filePath(QLatin1StringView(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("config/config.exs", "import Config\nconfig :app, AppWeb.Endpoint,\n"
                                   "  secret_key_base: \"q3Vx9f8ZlkT0wq7n2bYc1mD5s4aR6uEo\"\n");
        write(qPrintable(u"config/" + file),
              "import Config\nif config_env() == :prod do\n"
              "  config :app, AppWeb.Endpoint,\n"
              "    secret_key_base: System.fetch_env!(\"SECRET_KEY_BASE\")\n"
              "end\n");
        const Findings fs =
            ofRule(analyze(dir.path()).findings, QStringLiteral("security/hardcoded-secret"));
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().severity, Finding::Severity::Low);
        QVERIFY2(fs.first().message.contains(u"config/" + file), qPrintable(fs.first().message));
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
                              << "<button type=\"button\" phx-click=\"select\" "
                                 "phx-value-id={@id} class=\"cursor-pointer\">Pick</button>";
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

    // Issue 17: an index added to a migration that has already run reaches no database, so
    // the fix is a new migration; the finding goes once any migration indexes the column.
    void indexFixIsANewMigration()
    {
        const QString rule = QStringLiteral("performance/reference-without-index");
        const QString file =
            QStringLiteral("priv/repo/migrations/20240101000000_create_orders.exs");
        QFile f(fixtureDir(rule, "fire") + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const FileAnalysis old = RuleEngine::analyze(file, f.readAll());
        QVERIFY(ofRule(old.findings, rule).isEmpty()); // a candidate: the project decides
        const Findings kept = ofRule(Analyzer::resolveCandidates({&old}), rule);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().path, file); // reported where the reference is
        QCOMPARE(kept.first().line, 6);
        QCOMPARE(kept.first().replacements.size(), 1);
        const Replacement& r = kept.first().replacements.first();
        QCOMPARE(r.path, QStringLiteral(
                             "priv/repo/migrations/20240101000001_add_orders_user_id_index.exs"));
        QCOMPARE(r.newText, QStringLiteral("defmodule App.Repo.Migrations.AddOrdersUserIdIndex do\n"
                                           "  use Ecto.Migration\n"
                                           "\n"
                                           "  def change do\n"
                                           "    create index(:orders, [:user_id])\n"
                                           "  end\n"
                                           "end\n"));
        // With the new migration in the project, nothing is left to report.
        const FileAnalysis added = RuleEngine::analyze(r.path, r.newText.toUtf8());
        QVERIFY(added.diagnostics.isEmpty());
        QVERIFY(ofRule(Analyzer::resolveCandidates({&old, &added}), rule).isEmpty());
        // The verifier leaves a fix that writes another file alone.
        FileAnalysis copy = old;
        copy.findings = kept;
        QCOMPARE(FixVerifier::verify(file, QByteArray(), &copy).checked, 0);
        QCOMPARE(copy.findings.first().replacements.size(), 1);
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
        row("apps/shop_web/lib/shop_web/live/cart_live.ex", 103, "accessibility/icon-button-name");
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
