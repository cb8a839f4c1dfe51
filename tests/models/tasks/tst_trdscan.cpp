// SPDX-License-Identifier: MIT
// The hand-written scanners against the regular expressions they replace: fixed cases from
// real TRDs, then many generated strings built from the same pieces, compared one by one.
#include "core/documentkind.h"
#include "tasks/trdscan.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace pwb;

namespace {

const QRegularExpression& hoursRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\((?:~\\s*|est\\.?\\s*)?(\\d+(?:[.,]\\d+)?)\\s*(?:h|hrs?|hours?)\\b[^)]*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression& prioRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(CRITICAL|HIGH|MEDIUM|LOW)\\b|\\b(Critical|High|Medium|Low)\\s+[Pp]"
                       "riority\\b|\\bP([0-3])\\b"));
    return re;
}
const QRegularExpression& doneRe()
{
    static const QRegularExpression re(QStringLiteral("✅|\\b(COMPLETED|COMPLETE|DONE)\\b"));
    return re;
}
const QRegularExpression& progressRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\bIN PROGRESS\\b|\\bIn Progress\\b|🔄|🚧|\\bWIP\\b"));
    return re;
}
const QRegularExpression& fileRe()
{
    static const QRegularExpression re(
        QStringLiteral("([\\w.@~/+-]*[\\w-]\\.[A-Za-z0-9]{1,8}):(\\d+)(?:\\s*[-–]\\s*(\\d+))?"));
    return re;
}

QString priorityByRegex(const QString& s)
{
    const auto m = prioRe().match(s);
    if (!m.hasMatch())
        return {};
    if (!m.captured(1).isEmpty())
        return m.captured(1);
    if (!m.captured(2).isEmpty())
        return m.captured(2).toUpper();
    return QStringList{QStringLiteral("CRITICAL"), QStringLiteral("HIGH"), QStringLiteral("MEDIUM"),
                       QStringLiteral("LOW")}
        .at(m.captured(3).toInt());
}

void compareAll(const QString& s)
{
    const auto hm = hoursRe().match(s);
    const TrdScan::Hours h = TrdScan::findHours(s);
    QCOMPARE(h.start, hm.hasMatch() ? hm.capturedStart() : -1);
    if (hm.hasMatch())
        QCOMPARE(h.hours, hm.captured(1).replace(u',', u'.').toDouble());

    QCOMPARE(TrdScan::findPriority(s), priorityByRegex(s));
    QCOMPARE(TrdScan::hasDoneMarker(s), doneRe().match(s).hasMatch());
    QCOMPARE(TrdScan::hasProgressMarker(s), progressRe().match(s).hasMatch());
    // The three in one pass, as the parser reads a task header's tail.
    const TrdScan::Markers markers = TrdScan::findMarkers(s);
    QCOMPARE(markers.priority, priorityByRegex(s));
    QCOMPARE(markers.done, doneRe().match(s).hasMatch());
    QCOMPARE(markers.progress, progressRe().match(s).hasMatch());

    qsizetype from = 0;
    auto it = fileRe().globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const TrdScan::FileRef f = TrdScan::findFileRef(s, from);
        QCOMPARE(f.start, m.capturedStart());
        QCOMPARE(f.end, m.capturedEnd());
        QCOMPARE(f.file.toString(), m.captured(1));
        QCOMPARE(f.firstLine, m.captured(2).toInt());
        QCOMPARE(f.lastLine, m.captured(3).toInt());
        from = f.end;
    }
    QCOMPARE(TrdScan::findFileRef(s, from).start, -1);
}

} // namespace

class TstTrdScan : public QObject
{
    Q_OBJECT
private slots:
    void realLines_data()
    {
        QTest::addColumn<QString>("line");
        for (const char* l :
             {"TRD-001: Agent definition (6h) - HIGH PRIORITY ✅ **COMPLETED**",
              "TRD-002 Core rules (est. 4.5 hrs) High priority",
              "TRD-003: Something (~ 12 Hours total) P1 IN PROGRESS",
              "TRD-004: (3h2) (3 h) (3hx) (3 hours", "TRD-005: In Progress 🚧 WIP-ish",
              "`agents/code-reviewer.md:153-565` and lib/app_web/router.ex:12 – 40",
              "see @scope/pkg.v2.json:3, a.b.c:9, .hidden:4, x.toolongext1:5, my-file.ex:7",
              "COMPLETED DONE_LATER LOW-level Critical  Priority P4 P3",
              "⚠️ REQUIRES EXPERT REVIEW (2,5h) In  Progress",
              "Ünïcode_wörd.ex:10 and DONE and ✅", "", "(est 3h)", "(EST.3 HRS)"}) {
            QTest::newRow(l) << QString::fromUtf8(l);
        }
    }
    void realLines()
    {
        QFETCH(QString, line);
        compareAll(line);
    }

    void realLineValues()
    {
        const TrdScan::Hours h = TrdScan::findHours(u"TRD-002 Core rules (est. 4.5 hrs)");
        QCOMPARE(h.start, 19);
        QCOMPARE(h.hours, 4.5);
        QCOMPARE(TrdScan::findPriority(u"a High priority task"), QStringLiteral("HIGH"));
        QCOMPARE(TrdScan::findPriority(u"P0 first"), QStringLiteral("CRITICAL"));
        const TrdScan::FileRef f = TrdScan::findFileRef(u"`agents/code-reviewer.md:153-565`");
        QCOMPARE(f.file.toString(), QStringLiteral("agents/code-reviewer.md"));
        QCOMPARE(f.firstLine, 153);
        QCOMPARE(f.lastLine, 565);
        QCOMPARE(TrdScan::idEnd(u"TRD-001-TEST: x", 0), 12);
        QCOMPARE(TrdScan::idEnd(u"MQ-T001 |", 0), 7);
        QCOMPARE(TrdScan::idEnd(u"TRD-FSC-001: x", 0), 11);
        QCOMPARE(TrdScan::idEnd(u"TRD-FSC-001-TEST x", 0), 16);
        QCOMPARE(TrdScan::idEnd(u"TRD-FSC-Title", 0), -1);
        QCOMPARE(TrdScan::idEnd(u"MQ-T018b |", 0), 8);
        QCOMPARE(TrdScan::idEnd(u"I-1.2: x", 0), 5);
        QCOMPARE(TrdScan::idEnd(u"TRD-001-Title", 0), 7);
        QCOMPARE(TrdScan::idEnd(u"UTF-8x", 0), -1);
        // Models and standards are written like ids; they are none.
        QCOMPARE(TrdScan::idEnd(u"GPT-2 perplexity", 0), -1);
        QCOMPARE(TrdScan::idEnd(u"SHA-256 hashes", 0), -1);
        QCOMPARE(TrdScan::idEnd(u"ISO-8601", 0), -1);
        QCOMPARE(TrdScan::idEnd(u"GPTX-2 x", 0), 6);
        // Every name of the list, and words one letter off that stay ids.
        for (const char* name :
             {"GPT", "SHA",  "AES",  "RSA", "MD",   "CRC", "UTF", "ISO", "IEC", "IEEE",
              "RFC", "ECMA", "ES",   "PEP", "HTTP", "TLS", "SSL", "CVE", "CWE", "COVID",
              "SOC", "PCI",  "WCAG", "USB", "DDR",  "LTE", "ERC", "EIP", "BIP", "ARM"}) {
            const QString n = QString::fromLatin1(name);
            QVERIFY2(DocumentKind::isNamePrefix(n), name);
            QCOMPARE(TrdScan::idEnd(QString(n + u"-1 x"), 0), -1);
            QVERIFY2(!DocumentKind::isNamePrefix(QString(n + u'X')), name);
            QVERIFY2(!DocumentKind::isNamePrefix(QString(n.chopped(1) + u'Q')), name);
            QCOMPARE(TrdScan::idEnd(QString(n + u"X-1 x"), 0), n.size() + 3);
        }
        QVERIFY(!DocumentKind::isNamePrefix(u"TRD"));
        QVERIFY(!DocumentKind::isNamePrefix(u"gpt"));
        QCOMPARE(TrdScan::idEnd(u"TRD-001: x", 0), 7);
        QCOMPARE(TrdScan::idEnd(u"xTRD-001", 1), -1);
    }

    // Strings assembled from the pieces these patterns care about, in random order.
    void estimates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("written");
        using U = TrdScan::EstimateUnit;
        QTest::newRow("h") << "Title (2h)" << 2.0 << int(U::Hours) << "2h";
        QTest::newRow("spaced") << "Title (2 h) - HIGH" << 2.0 << int(U::Hours) << "2 h";
        QTest::newRow("hours") << "Title (8 hours)" << 8.0 << int(U::Hours) << "8 hours";
        QTest::newRow("decimal") << "Title (1.5h)" << 1.5 << int(U::Hours) << "1.5h";
        QTest::newRow("days") << "Title (3 days)" << 3.0 << int(U::Days) << "3 days";
        QTest::newRow("d") << "Title (2d)" << 2.0 << int(U::Days) << "2d";
        QTest::newRow("week") << "Title (1 week)" << 1.0 << int(U::Weeks) << "1 week";
        QTest::newRow("pts") << "Title (5 pts)" << 5.0 << int(U::Points) << "5 pts";
        QTest::newRow("SP") << "Title (5 SP)" << 5.0 << int(U::Points) << "5 SP";
        QTest::newRow("story points")
            << "Title (3 story points)" << 3.0 << int(U::Points) << "3 story points";
        QTest::newRow("minutes") << "Title (30 minutes)" << 30.0 << int(U::Minutes) << "30 minutes";
        // Minutes glued to an "m": "(30m)"; from 5 on ("(2m)" may be two months).
        QTest::newRow("m") << "### Task 2: Walk the chain (30m)" << 30.0 << int(U::Minutes)
                           << "30m";
        QTest::newRow("m range") << "Title (15-45m)" << 45.0 << int(U::Minutes) << "15-45m";
        QTest::newRow("2m") << "Title (2m)" << -1.0 << 0 << "";
        QTest::newRow("30 m") << "Title (30 m)" << -1.0 << 0 << "";
        // Durations to pick from are no estimate.
        QTest::newRow("options") << "Add the interval picker (5m, 15m, 30m, 1h)" << -1.0 << 0 << "";
        QTest::newRow("range") << "Title (2-3 days)" << 3.0 << int(U::Days) << "2-3 days";
        QTest::newRow("tilde") << "Sprint (~15h)" << 15.0 << int(U::Hours) << "15h";
        QTest::newRow("not a unit") << "Fix (2 places)" << -1.0 << 0 << "";
        QTest::newRow("qualified") << "Title (4h estimated)" << 4.0 << int(U::Hours) << "4h";
        QTest::newRow("separated") << "Title (2h, P1)" << 2.0 << int(U::Hours) << "2h";
        // A calendar span and the effort in hours: the hours are the estimate.
        QTest::newRow("span and hours") << "Story 1: Build the importer (2 weeks, 40 hours)" << 40.0
                                        << int(U::Hours) << "40 hours";
        QTest::newRow("days / hours") << "Title (3 days / 20h)" << 20.0 << int(U::Hours) << "20h";
        QTest::newRow("days, priority") << "Title (3 days, P1)" << 3.0 << int(U::Days) << "3 days";
        // A sentence about a duration is no estimate.
        QTest::newRow("sentence") << "Deploy the app (15 minutes to first deployment)" << -1.0 << 0
                                  << "";
        // French and German units, the decimal comma.
        QTest::newRow("jours") << "Tâche (0,5j)" << 0.5 << int(U::Days) << "0,5j";
        QTest::newRow("semaines") << "Tâche (2 semaines)" << 2.0 << int(U::Weeks) << "2 semaines";
        QTest::newRow("Std") << "Aufgabe (4 Std)" << 4.0 << int(U::Hours) << "4 Std";
        QTest::newRow("Tage") << "Aufgabe (2 Tage)" << 2.0 << int(U::Days) << "2 Tage";
        // Spanish, Portuguese and French plans: "#### 1. Crear el hub (2 horas)".
        QTest::newRow("horas") << "Crear el hub (2 horas)" << 2.0 << int(U::Hours) << "2 horas";
        QTest::newRow("hora") << "Crear los DTOs (1 hora)" << 1.0 << int(U::Hours) << "1 hora";
        QTest::newRow("horas, decimal")
            << "Configurar CORS (0.5 horas)" << 0.5 << int(U::Hours) << "0.5 horas";
        QTest::newRow("heures") << "Tâche (≈ 2 heures)" << 2.0 << int(U::Hours) << "2 heures";
        QTest::newRow("días") << "Sprint 2 (2-3 días)" << 3.0 << int(U::Days) << "2-3 días";
        QTest::newRow("dias") << "Redis Cache Integration (5 dias)" << 5.0 << int(U::Days)
                              << "5 dias";
        // How long something is watched, said in a sentence: no estimate, as in English.
        QTest::newRow("horas de monitoreo") << "Staging (24 horas de monitoreo)" << -1.0 << 0 << "";
        QTest::newRow("días, a sentence") << "Tokens (7 días de validez)" << -1.0 << 0 << "";
        QTest::newRow("sentence, then an estimate")
            << "Migrate (2 days of downtime avoided) (6h)" << 6.0 << int(U::Hours) << "6h";
    }
    void estimates()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(QString, written);
        const TrdScan::Estimate e = TrdScan::findEstimate(text);
        if (value < 0) {
            QCOMPARE(e.start, -1);
            return;
        }
        QCOMPARE(e.value, value);
        QCOMPARE(int(e.unit), unit);
        QCOMPARE(e.text, written);
        QCOMPARE(text.at(e.start), u'(');
        // The same numbers without parentheses, as cells and fields write them.
        const TrdScan::Estimate bare = TrdScan::parseEstimate(written);
        QCOMPARE(bare.value, value);
        QCOMPARE(int(bare.unit), unit);
    }

    // "(20h of 60h - Week 1 of 3)": the part of a story one sprint plans, of its total.
    void estimateParts()
    {
        using U = TrdScan::EstimateUnit;
        TrdScan::Estimate e = TrdScan::findEstimate(u"Story (20h of 60h - Week 1 of 3)");
        QCOMPARE(e.value, 60.0);
        QCOMPARE(e.part, 20.0);
        QCOMPARE(int(e.unit), int(U::Hours));
        QCOMPARE(e.text, QStringLiteral("20h of 60h"));
        e = TrdScan::findEstimate(u"Story (2 of 5 days)");
        QCOMPARE(e.value, 5.0);
        QCOMPARE(e.part, 2.0);
        QCOMPARE(int(e.unit), int(U::Days));
        QCOMPARE(TrdScan::findEstimate(u"Story (3h)").part, -1.0);
        // Different units, or a part larger than the whole: no part, no estimate.
        QCOMPARE(TrdScan::findEstimate(u"Story (2d of 10h)").start, -1);
        QCOMPARE(TrdScan::findEstimate(u"Story (20h of 10h)").start, -1);
        // "2 days of downtime" stays a sentence.
        QCOMPARE(TrdScan::findEstimate(u"Migrate (2 days of downtime avoided)").start, -1);
    }
    void generated()
    {
        const QStringList pieces{
            QStringLiteral("("),     QStringLiteral(")"),        QStringLiteral("~"),
            QStringLiteral("est"),   QStringLiteral("Est."),     QStringLiteral("3"),
            QStringLiteral("12"),    QStringLiteral(".5"),       QStringLiteral(",25"),
            QStringLiteral("h"),     QStringLiteral("hrs"),      QStringLiteral("Hours"),
            QStringLiteral("hour_"), QStringLiteral(" "),        QStringLiteral("  "),
            QStringLiteral("HIGH"),  QStringLiteral("High"),     QStringLiteral("priority"),
            QStringLiteral("P2"),    QStringLiteral("P"),        QStringLiteral("LOW"),
            QStringLiteral("✅"),     QStringLiteral("DONE"),     QStringLiteral("COMPLETE"),
            QStringLiteral("IN"),    QStringLiteral("PROGRESS"), QStringLiteral("In Progress"),
            QStringLiteral("WIP"),   QStringLiteral("🔄"),        QStringLiteral("x"),
            QStringLiteral("_"),     QStringLiteral("-"),        QStringLiteral("–"),
            QStringLiteral("a.ex"),  QStringLiteral(":"),        QStringLiteral("/"),
            QStringLiteral("lib/b"), QStringLiteral(".md"),      QStringLiteral("@"),
            QStringLiteral("é"),     QStringLiteral("."),        QStringLiteral("abcdefghi"),
            QStringLiteral("\t")};
        QRandomGenerator rng(20261122);
        for (int n = 0; n < 20000; ++n) {
            QString s;
            const int len = int(rng.bounded(1, 14));
            for (int k = 0; k < len; ++k)
                s += pieces.at(rng.bounded(int(pieces.size())));
            compareAll(s);
            if (QTest::currentTestFailed()) {
                qWarning("differs on: %s", qPrintable(s));
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstTrdScan)
#include "tst_trdscan.moc"
