// SPDX-License-Identifier: MIT
#include "review/fixpreview.h"

#include <QTest>

using namespace pwb;

class TestFixPreview : public QObject
{
    Q_OBJECT
private slots:
    void resolvesAndApplies()
    {
        const QString text = QStringLiteral("a = 1\nRepo.all(q)\nb = 2\n");
        Replacement r;
        r.path = QStringLiteral("x.ex");
        r.line = 2;
        r.column = 10;
        r.endLine = 2;
        r.endColumn = 11;
        r.newText = QStringLiteral("q, timeout: 5_000");
        Replacement insert;
        insert.path = r.path;
        insert.line = 1;
        insert.column = 1;
        insert.newText = QStringLiteral("# note\n");
        QList<FixPreview::Edit> edits;
        QString error;
        QVERIFY2(FixPreview::resolve(text, {r, insert}, &edits, &error), qPrintable(error));
        QCOMPARE(edits.size(), 2);
        QVERIFY(edits[0].begin > edits[1].begin); // last first
        QCOMPARE(FixPreview::apply(text, edits),
                 QStringLiteral("# note\na = 1\nRepo.all(q, timeout: 5_000)\nb = 2\n"));
    }

    void rejectsWhatNoLongerFits()
    {
        const QString text = QStringLiteral("short\n");
        Replacement r;
        r.path = QStringLiteral("x.ex");
        r.line = 1;
        r.column = 40;
        r.endColumn = 45;
        QList<FixPreview::Edit> edits;
        QString error;
        QVERIFY(!FixPreview::resolve(text, {r}, &edits, &error));
        QVERIFY(error.contains(QStringLiteral("x.ex:1")));
        r.line = 9;
        r.column = 1;
        QVERIFY(!FixPreview::resolve(text, {r}, &edits, &error));
        Replacement a{QStringLiteral("x.ex"), 1, 1, 1, 4, -1, -1, QStringLiteral("A")};
        Replacement b{QStringLiteral("x.ex"), 1, 2, 1, 5, -1, -1, QStringLiteral("B")};
        QVERIFY(!FixPreview::resolve(text, {a, b}, &edits, &error));
        QVERIFY(error.contains(QStringLiteral("overlapping")));
    }

    void unifiedDiffShowsTheChangeWithContext()
    {
        const QString before = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n");
        const QString after = QStringLiteral("1\n2\n3\nfour\n5\n6\n7\n");
        const QString diff = FixPreview::unifiedDiff(QStringLiteral("lib/x.ex"), before, after);
        QCOMPARE(diff, QStringLiteral("--- a/lib/x.ex\n+++ b/lib/x.ex\n@@ -2,5 +2,5 @@\n 2\n 3\n"
                                      "-4\n+four\n 5\n 6\n"));
        QVERIFY(FixPreview::unifiedDiff(QStringLiteral("x"), before, before).isEmpty());
    }
};

QTEST_MAIN(TestFixPreview)
#include "tst_fixpreview.moc"
