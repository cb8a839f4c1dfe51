// SPDX-License-Identifier: MIT
// The hand-written scanners against the regular expressions they replace: fixed cases from
// real TRDs, then many generated strings built from the same pieces, compared one by one.
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
        QCOMPARE(TrdScan::idEnd(u"TRD-001: x", 0), 7);
        QCOMPARE(TrdScan::idEnd(u"xTRD-001", 1), -1);
    }

    // Strings assembled from the pieces these patterns care about, in random order.
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
