// SPDX-License-Identifier: MIT
// IdIndex against QHash<QString, int> on the same operations: many ids of one length (how a
// plan numbers its tasks), growth from empty, repeats, and renumbering after a removal.
#include "tasks/idindex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace pwb;

class TstIdIndex : public QObject
{
    Q_OBJECT
private slots:
    void emptyIndexAnswersFallback()
    {
        const IdIndex index;
        QCOMPARE(index.size(), 0);
        QCOMPARE(index.value(u"TRD-001"), -1);
        QCOMPARE(index.value(u"TRD-001", 7), 7);
        QCOMPARE(index.value(QStringView()), -1);
    }

    void firstInsertWins()
    {
        IdIndex index;
        bool added = false;
        QCOMPARE(index.insert(QStringLiteral("TRD-001"), 0, &added), 0);
        QVERIFY(added);
        QCOMPARE(index.insert(QStringLiteral("TRD-001"), 5, &added), 0);
        QVERIFY(!added);
        QCOMPARE(index.insert(QStringLiteral(""), 3, &added), 3);
        QVERIFY(added);
        QCOMPARE(index.value(u""), 3);
        QCOMPARE(index.value(u"TRD-001"), 0);
        QCOMPARE(index.value(u"TRD-0010"), -1);
        QCOMPARE(index.size(), 2);
        // The reference lets the caller set the value of a new entry.
        index.insert(QStringLiteral("TRD-002"), -1, &added) = 9;
        QCOMPARE(index.value(u"TRD-002"), 9);
    }

    void agreesWithQHash()
    {
        QRandomGenerator rng(42);
        IdIndex index; // grown from empty, no reserve
        QHash<QString, int> expected;
        for (int i = 0; i < 20000; ++i) {
            const QString id = QStringLiteral("GEN-%1").arg(rng.bounded(12000), 5, 10, QChar(u'0'));
            bool added = false;
            const int v = index.insert(id, i, &added);
            QCOMPARE(added, !expected.contains(id));
            if (added)
                expected.insert(id, i);
            QCOMPARE(v, expected.value(id));
        }
        QCOMPARE(index.size(), expected.size());
        for (int k = 0; k < 13000; ++k) {
            const QString id = QStringLiteral("GEN-%1").arg(k, 5, 10, QChar(u'0'));
            QCOMPARE(index.value(id), expected.value(id, -1));
        }
    }

    // The hinted insert (a table naming the tasks in the order they were defined) answers
    // as the plain one, whatever the hint: in order, out of order, past the end, negative.
    void hintedInsertAgrees()
    {
        QRandomGenerator rng(7);
        IdIndex plain;
        IdIndex hinted;
        qsizetype hint = 0;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 3000; ++i) {
                // Runs in order, then random ids, then the same runs again.
                const int n = round == 1 ? int(rng.bounded(4000)) : i;
                const QString id = QStringLiteral("CHK-%1").arg(n);
                bool a = false;
                bool b = false;
                const int want = plain.insert(id, round * 10000 + i, &a);
                if (i % 500 == 0)
                    hint = i % 1000 == 0 ? -1 : 1 << 20;
                QCOMPARE(hinted.insert(id, round * 10000 + i, &b, &hint), want);
                QCOMPARE(b, a);
                QCOMPARE(hinted.value(id), want);
            }
        }
        QCOMPARE(hinted.size(), plain.size());
    }

    void renumberDropsAndMoves()
    {
        IdIndex index;
        index.reserve(4);
        bool added = false;
        for (int i = 0; i < 100; ++i)
            index.insert(QStringLiteral("T-%1").arg(i), i, &added);
        // Every third entry dropped, the others packed down; values past `to` are dropped.
        QList<int> to(90, -1);
        int next = 0;
        for (int i = 0; i < 90; ++i)
            to[i] = i % 3 == 0 ? -1 : next++;
        index.renumber(to);
        QCOMPARE(index.size(), next);
        int expect = 0;
        for (int i = 0; i < 100; ++i) {
            const int v = index.value(QStringLiteral("T-%1").arg(i));
            if (i >= 90 || i % 3 == 0) {
                QCOMPARE(v, -1);
            } else {
                QCOMPARE(v, expect++);
            }
        }
        // Still usable after renumbering.
        QCOMPARE(index.insert(QStringLiteral("T-0"), 77, &added), 77);
        QVERIFY(added);
        QCOMPARE(index.insert(QStringLiteral("T-1"), 77, &added), 0);
        QVERIFY(!added);
    }
};

QTEST_GUILESS_MAIN(TstIdIndex)
#include "tst_idindex.moc"
