// SPDX-License-Identifier: MIT
#include "review/findingsfiltermodel.h"
#include "review/findingsmodel.h"
#include "review/triagestore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

Finding make(const QString& path, int line, const QString& rule, Finding::Severity sev,
             const QString& category, const QString& tool = QStringLiteral("workbench"))
{
    Finding f;
    f.path = path;
    f.line = line;
    f.column = 1;
    f.rule = rule;
    f.severity = sev;
    f.category = category;
    f.tool = tool;
    f.message = rule + QStringLiteral(" at ") + path;
    f.fingerprint = f.id = path + u':' + QString::number(line) + u':' + rule;
    return f;
}

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT
private slots:
    void batchesReplaceOnlyTheirGroup()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(QStringLiteral("analyzer"), QStringLiteral("lib/b.ex"),
                          {make("lib/b.ex", 3, "otp/x", Finding::Severity::Medium, "otp"),
                           make("lib/b.ex", 1, "security/y", Finding::Severity::High, "security")});
        model.setFindings(QStringLiteral("analyzer"), QStringLiteral("lib/a.ex"),
                          {make("lib/a.ex", 9, "doc/z", Finding::Severity::Low, "documentation")});
        model.setOriginFindings(
            QStringLiteral("import:credo.json"),
            {make("lib/b.ex", 2, "Credo.X", Finding::Severity::Low, "style", "credo")});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.finding(0).path, QStringLiteral("lib/a.ex"));
        QCOMPARE(model.finding(1).line, 1);
        QCOMPARE(model.finding(2).line, 3);
        QCOMPARE(model.finding(3).tool, QStringLiteral("credo"));
        // Re-analysis of b.ex replaces its analyzer rows only.
        model.setFindings(QStringLiteral("analyzer"), QStringLiteral("lib/b.ex"),
                          {make("lib/b.ex", 5, "otp/x", Finding::Severity::Medium, "otp")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.countsByCategory().value(QStringLiteral("otp")), 1);
        QCOMPARE(model.countsByCategory().value(QStringLiteral("security")), 0);
        QCOMPARE(model.countsBySeverity().value(QStringLiteral("low")), 2);
        model.removeOrigin(QStringLiteral("import:credo.json"));
        QCOMPARE(model.rowCount(), 2);
        model.removePath(QStringLiteral("lib/a.ex"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, FindingsModel::RuleColumn)).toString(),
                 QStringLiteral("otp/x"));
        QCOMPARE(model.data(model.index(0, 0), FindingsModel::FindingRole).value<Finding>().line,
                 5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filters()
    {
        FindingsModel model;
        FindingsFilterModel proxy;
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        TriageStore store;
        model.setTriageStore(&store);
        model.setOriginFindings(
            QStringLiteral("analyzer"),
            {make("lib/a.ex", 1, "security/sql", Finding::Severity::High, "security"),
             make("lib/a.ex", 2, "doc/doc-missing", Finding::Severity::Low, "documentation"),
             make("lib/web/b.ex", 3, "otp/spawn", Finding::Severity::Medium, "otp"),
             make("lib/web/b.ex", 4, "Credo.Check", Finding::Severity::Low, "style", "credo")});
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setSeverities({Finding::Severity::High, Finding::Severity::Medium});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setCategories({QStringLiteral("otp")});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.clearFilters();
        proxy.setPath(QStringLiteral("lib/web/"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTools({QStringLiteral("credo")});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.clearFilters();
        proxy.setRules({QStringLiteral("security/sql")});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.clearFilters();
        proxy.setText(QStringLiteral("SPAWN"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.clearFilters();
        QVERIFY(model.setTriage(0, Finding::Triage::FalsePositive, QStringLiteral("test data")));
        proxy.setTriageStates({Finding::Triage::Open});
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.countsByCategory().value(QStringLiteral("security")), 0);
        QCOMPARE(proxy.countsByCategory().value(QStringLiteral("otp")), 1);
        proxy.setTriageStates({});
        proxy.sort(FindingsModel::SeverityColumn);
        QCOMPARE(proxy.index(0, 0).data(FindingsModel::SeverityNameRole).toString(),
                 QStringLiteral("high"));
    }

    void triageSurvivesLineMoves()
    {
        QTemporaryDir dir;
        QFile in(QStringLiteral(PWB_FIXTURES "/review/triage/before.ex"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray before = in.readAll();
        QFile in2(QStringLiteral(PWB_FIXTURES "/review/triage/after.ex"));
        QVERIFY(in2.open(QIODevice::ReadOnly));
        const QByteArray after = in2.readAll();

        // The same problem (line 6 before, line 11 after lines were added above it).
        Findings a{make("lib/x.ex", 6, "otp/call-infinity", Finding::Severity::Medium, "otp"),
                   make("lib/x.ex", 7, "otp/call-infinity", Finding::Severity::Medium, "otp")};
        Fingerprint::assign(a, before, QStringLiteral("lib/x.ex"));
        Findings b{make("lib/x.ex", 11, "otp/call-infinity", Finding::Severity::Medium, "otp"),
                   make("lib/x.ex", 12, "otp/call-infinity", Finding::Severity::Medium, "otp")};
        Fingerprint::assign(b, after, QStringLiteral("lib/x.ex"));
        QCOMPARE(a.at(0).fingerprint, b.at(0).fingerprint);
        QCOMPARE(a.at(1).fingerprint, b.at(1).fingerprint);
        QVERIFY(a.at(0).fingerprint != a.at(1).fingerprint); // identical lines are told apart

        {
            TriageStore store;
            store.load(dir.path());
            QVERIFY(
                store.setDecision(a.at(0), Finding::Triage::WontFix, QStringLiteral("by design")));
            QVERIFY(store.setDecision(a.at(1), Finding::Triage::Confirmed));
        }
        TriageStore reloaded;
        QVERIFY(reloaded.load(dir.path()).isEmpty());
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTriageStore(&reloaded);
        model.setOriginFindings(QStringLiteral("analyzer"), b);
        QCOMPARE(model.triage(0), Finding::Triage::WontFix);
        QCOMPARE(model.data(model.index(0, 0), FindingsModel::TriageCommentRole).toString(),
                 QStringLiteral("by design"));
        QCOMPARE(model.triage(1), Finding::Triage::Confirmed);
    }

    void triageFileIsStableAndMergeable()
    {
        QTemporaryDir dir;
        TriageStore store;
        store.load(dir.path());
        Finding z = make("lib/z.ex", 1, "r", Finding::Severity::Low, "c");
        z.fingerprint = QStringLiteral("zzz");
        Finding a = make("lib/a.ex", 1, "r", Finding::Severity::Low, "c");
        a.fingerprint = QStringLiteral("aaa");
        QVERIFY(store.setDecision(z, Finding::Triage::Fixed));
        QVERIFY(store.setDecision(a, Finding::Triage::FalsePositive, QStringLiteral("x")));
        QFile f(TriageStore::fileFor(dir.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        // Sorted by fingerprint, one decision per line.
        QVERIFY(lines.at(3).startsWith("{\"comment\":\"x\""));
        QVERIFY(lines.at(3).contains("\"fingerprint\":\"aaa\""));
        QVERIFY(lines.at(4).contains("\"fingerprint\":\"zzz\""));
        QVERIFY(lines.at(5).startsWith("{\"end\""));
        // Reopening as Open without a comment removes the decision.
        QVERIFY(store.setDecision(z, Finding::Triage::Open));
        QVERIFY(!store.contains(QStringLiteral("zzz")));
    }

    void malformedTriageFile()
    {
        Diagnostics d;
        const auto m = TriageStore::parse("{\n\"decisions\": [\n{\"fingerprint\": \"a\",,}\n]}",
                                          QStringLiteral(".workbench/triage.json"), &d);
        QVERIFY(m.isEmpty());
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().line, 3);
        QCOMPARE(d.first().code, QStringLiteral("triage-malformed"));
    }
};

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
