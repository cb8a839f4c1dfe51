// SPDX-License-Identifier: MIT
#include "review/reportimporter.h"
#include "review/ruleengine.h"
#include "review/sarifexporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

const QString kDir = QStringLiteral(PWB_FIXTURES "/review/import/");
const QString kProject = QStringLiteral(PWB_FIXTURES "/review/import/project");

ReportImporter::Result import(const char* name)
{
    return ReportImporter::importFile(kDir + QLatin1StringView(name), kProject);
}

bool hasCode(const Diagnostics& d, const char* code)
{
    for (const Diagnostic& x : d) {
        if (x.code == QLatin1StringView(code))
            return true;
    }
    return false;
}

} // namespace

class TestReportImporter : public QObject
{
    Q_OBJECT
private slots:
    void credoJson()
    {
        const auto r = import("credo.json");
        QVERIFY(r.ok);
        QCOMPARE(r.format, ReportImporter::Format::CredoJson);
        QCOMPARE(r.findings.size(), 2);
        const Finding& a = r.findings.at(0);
        QCOMPARE(a.tool, QStringLiteral("credo"));
        QCOMPARE(a.rule, QStringLiteral("Credo.Check.Readability.ModuleDoc"));
        QCOMPARE(a.path, QStringLiteral("lib/app/thing.ex"));
        QCOMPARE(a.line, 1);
        QCOMPARE(a.column, 11);
        QCOMPARE(a.category, QStringLiteral("readability"));
        QCOMPARE(a.severity, Finding::Severity::Medium);
        QCOMPARE(r.findings.at(1).severity, Finding::Severity::High);
        QVERIFY(!a.fingerprint.isEmpty());
        QVERIFY(hasCode(r.diagnostics, "import-path")); // ../outside/secret.ex refused
    }

    void sobelowJson()
    {
        const auto r = import("sobelow.json");
        QVERIFY(r.ok);
        QCOMPARE(r.format, ReportImporter::Format::SobelowJson);
        QCOMPARE(r.findings.size(), 3);
        QCOMPARE(r.findings.at(0).rule, QStringLiteral("SQL.Query"));
        QCOMPARE(r.findings.at(0).message, QStringLiteral("SQL injection (sql)"));
        QCOMPARE(r.findings.at(0).severity, Finding::Severity::High);
        QCOMPARE(r.findings.at(1).severity, Finding::Severity::Medium);
        QCOMPARE(r.findings.at(2).severity, Finding::Severity::Low);
        QCOMPARE(r.findings.at(2).category, QStringLiteral("security"));
    }

    void sarifFromAnotherTool()
    {
        const auto r = import("credo.sarif");
        QVERIFY(r.ok);
        QCOMPARE(r.format, ReportImporter::Format::Sarif);
        QCOMPARE(r.tool, QStringLiteral("Credo"));
        QCOMPARE(r.findings.size(), 1);
        const Finding& f = r.findings.first();
        QCOMPARE(f.rule, QStringLiteral("EX3009"));
        QCOMPARE(f.severity, Finding::Severity::Low); // the rule's default level: note
        QCOMPARE(f.category, QStringLiteral("readability"));
        QCOMPARE(f.endColumn, 20);
        QVERIFY(hasCode(r.diagnostics, "import-path"));     // file:///etc/passwd
        QVERIFY(hasCode(r.diagnostics, "import-location")); // no location
    }

    void codeReviewerTrdShape()
    {
        const auto r = import("code-reviewer-trd.yaml");
        QVERIFY(r.ok);
        QCOMPARE(r.format, ReportImporter::Format::CodeReviewerYaml);
        QCOMPARE(r.findings.size(), 2);
        QCOMPARE(r.findings.at(0).severity, Finding::Severity::High);
        QCOMPARE(r.findings.at(0).message, QStringLiteral("Missing ARIA live region for updates"));
        QCOMPARE(r.findings.at(0).fix, QStringLiteral("Add phx-hook with ARIA live region"));
        QCOMPARE(r.findings.at(0).line, 3);
        QCOMPARE(r.findings.at(1).severity, Finding::Severity::Low);
        QCOMPARE(r.findings.at(1).line, 1);
        QCOMPARE(r.findings.at(1).tool, QStringLiteral("code-reviewer"));
    }

    void codeReviewerMapShape()
    {
        const auto r = import("code-reviewer.yaml");
        QVERIFY(r.ok);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.at(0).category, QStringLiteral("performance"));
        QCOMPARE(r.findings.at(0).fix,
                 QStringLiteral("Preload the association:\n  Repo.preload(orders, :items)"));
        QVERIFY(hasCode(r.diagnostics, "import-path"));
    }

    void malformedInputIsLocated()
    {
        const auto j = import("broken.json");
        QVERIFY(!j.ok);
        QCOMPARE(j.diagnostics.size(), 1);
        QCOMPARE(j.diagnostics.first().code, QStringLiteral("import-malformed"));
        QCOMPARE(j.diagnostics.first().line, 3);
        QVERIFY(j.diagnostics.first().column > 1);

        const auto y = import("broken.yaml");
        QVERIFY(hasCode(y.diagnostics, "yaml-quote"));
        bool line1 = false;
        for (const Diagnostic& d : y.diagnostics)
            line1 = line1 || (d.line == 1 && d.message.contains(QStringLiteral("unterminated")));
        QVERIFY(line1);

        const auto u = ReportImporter::parse("just text", QStringLiteral("x.txt"), kProject);
        QVERIFY(!u.ok);
        QVERIFY(hasCode(u.diagnostics, "import-format"));
        const auto missing = import("does-not-exist.json");
        QVERIFY(!missing.ok);
        QVERIFY(hasCode(missing.diagnostics, "import-unreadable"));
    }

    void relativePaths()
    {
        QString why;
        QCOMPARE(ReportImporter::relativePath(QStringLiteral("lib/a.ex"), kProject, &why),
                 QStringLiteral("lib/a.ex"));
        QCOMPARE(
            ReportImporter::relativePath(kProject + QStringLiteral("/lib/./b.ex"), kProject, &why),
            QStringLiteral("lib/b.ex"));
        QCOMPARE(
            ReportImporter::relativePath(QStringLiteral("lib/with%20space.ex"), kProject, &why),
            QStringLiteral("lib/with space.ex"));
        QVERIFY(ReportImporter::relativePath(QStringLiteral("lib/../../x.ex"), kProject, &why)
                    .isEmpty());
        QVERIFY(why.contains(QStringLiteral("outside")));
        QVERIFY(ReportImporter::relativePath(QStringLiteral("https://x/y.ex"), kProject, &why)
                    .isEmpty());
        QVERIFY(
            ReportImporter::relativePath(QStringLiteral("/etc/passwd"), kProject, &why).isEmpty());
    }

    void sarifRoundTrip()
    {
        QFile src(QStringLiteral(
            PWB_FIXTURES
            "/review/rules/accessibility__img-alt/fire/lib/app_web/components/card.html.heex"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        Findings ours = RuleEngine::analyze(QStringLiteral("lib/app/thing.ex"),
                                            "defmodule App.Thing do\n  def run(x) do\n"
                                            "    GenServer.call(x, :m, :infinity)\n  end\nend\n")
                            .findings;
        Findings tmpl =
            RuleEngine::analyze(QStringLiteral("lib/card.html.heex"), src.readAll()).findings;
        ours.append(tmpl);
        Finding credo;
        credo.tool = QStringLiteral("credo");
        credo.rule = QStringLiteral("Credo.Check.Warning.IoInspect");
        credo.severity = Finding::Severity::High;
        credo.category = QStringLiteral("warning");
        credo.message = QStringLiteral("IO.inspect");
        credo.path = QStringLiteral("lib/app/thing.ex");
        credo.line = 3;
        credo.fingerprint = QStringLiteral("abc");
        ours.append(credo);

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.sarif"));
        QVERIFY(SarifExporter::write(out, ours, kProject));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // What GitHub code scanning requires.
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(doc.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonArray runs = doc.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2); // credo and workbench
        for (const QJsonValue& run : runs) {
            const QJsonObject driver =
                run[QStringLiteral("tool")][QStringLiteral("driver")].toObject();
            QVERIFY(!driver.value(QStringLiteral("name")).toString().isEmpty());
            const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
            for (const QJsonValue& res : run[QStringLiteral("results")].toArray()) {
                const QJsonObject o = res.toObject();
                QVERIFY(!o.value(QStringLiteral("ruleId")).toString().isEmpty());
                QCOMPARE(
                    rules.at(o.value(QStringLiteral("ruleIndex")).toInt())[QStringLiteral("id")]
                        .toString(),
                    o.value(QStringLiteral("ruleId")).toString());
                QVERIFY(!o[QStringLiteral("message")][QStringLiteral("text")].toString().isEmpty());
                QVERIFY(!o[QStringLiteral("partialFingerprints")]
                          [QStringLiteral("primaryLocationLineHash")]
                              .toString()
                              .isEmpty());
                const QJsonObject region =
                    o[QStringLiteral("locations")][0][QStringLiteral("physicalLocation")]
                     [QStringLiteral("region")]
                         .toObject();
                QVERIFY(region.value(QStringLiteral("startLine")).toInt() >= 1);
            }
        }
        // Back in: everything survives.
        const auto back = ReportImporter::parse(bytes, out, kProject);
        QVERIFY(back.ok);
        QCOMPARE(back.findings.size(), ours.size());
        auto key = [](const Finding& x) -> QString {
            return x.tool + u'|' + x.rule + u'|' + x.path + u'|' + QString::number(x.line) + u'|' +
                   QString::number(x.column) + u'|' + Finding::severityName(x.severity) + u'|' +
                   x.message + u'|' + x.category + u'|' + x.fingerprint + u'|' + x.fix + u'|' +
                   QString::number(x.replacements.size());
        };
        QStringList a, b;
        for (const Finding& x : ours)
            a << key(x);
        for (const Finding& x : back.findings)
            b << key(x);
        a.sort();
        b.sort();
        QCOMPARE(b, a);
        for (const Finding& x : back.findings) {
            if (x.rule == u"accessibility/img-alt") {
                QCOMPARE(x.replacements.size(), 1);
                QCOMPARE(x.replacements.first().newText, QStringLiteral(" alt=\"\""));
                QCOMPARE(x.replacements.first().path, QStringLiteral("lib/card.html.heex"));
                QVERIFY(x.replacements.first().begin > 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReportImporter)
#include "tst_reportimporter.moc"
