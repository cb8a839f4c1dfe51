// SPDX-License-Identifier: MIT
// Status words as teams write them, read once for the task parser and the classifier.
#include "core/documentkind.h"
#include "core/statusword.h"

#include <QTest>

using namespace pwb;

class TestStatusWord : public QObject
{
    Q_OBJECT
private slots:
    void statusWords_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("status");
        using W = StatusWord;
        for (const char* done : {"✅", "✅ Done", "Done", "completed", "[x]", "x", "Erledigt",
                                 "terminé", "完成", "Merged"})
            QTest::newRow(done) << QString::fromUtf8(done) << int(W::Done);
        for (const char* wip : {"🔄 In Progress", "WIP", "en cours", "In Arbeit", "🚧"})
            QTest::newRow(wip) << QString::fromUtf8(wip) << int(W::InProgress);
        for (const char* todo : {"Not started", "Todo", "⬜", "Pending", "Not done"})
            QTest::newRow(todo) << QString::fromUtf8(todo) << int(W::Todo);
        QTest::newRow("blocked") << QStringLiteral("Blocked by infra") << int(W::Blocked);
        QTest::newRow("empty") << QString() << int(W::None);
        QTest::newRow("( )") << QStringLiteral("( )") << int(W::None);
        // What leads decides; the parenthesis says more about it.
        QTest::newRow("done (pending)")
            << QStringLiteral("✅ COMPLETED (34h work, 11h integration pending)") << int(W::Done);
        QTest::newRow("wip (done)")
            << QStringLiteral("In progress (part 1 done)") << int(W::InProgress);
        QTest::newRow("(pending) only") << QStringLiteral("(pending)") << int(W::Todo);
        // Queued to start next is not started, whatever sign leads; "next" in a sentence
        // after another status leaves that status alone.
        for (const char* next : {"🟡 Next", "🔄 Next Up", "Up next", "next"})
            QTest::newRow(next) << QString::fromUtf8(next) << int(W::Todo);
        QTest::newRow("wip, next")
            << QStringLiteral("In progress, next: review") << int(W::InProgress);
        QTest::newRow("🟡 alone") << QStringLiteral("🟡") << int(W::InProgress);
        // Trackers and front matter join the words: "not-started" is not "started".
        for (const char* wip :
             {"in-progress", "IN_PROGRESS", "In Review", "under review", "Review", "QA", "Partial",
              "Partially done", "in_qa", "**Partly done — 4.1.18** fixed seven bugs",
              "**Mostly delivered 2026-08-16** — 3 modules"})
            QTest::newRow(wip) << QString::fromUtf8(wip) << int(W::InProgress);
        for (const char* todo : {"not-started", "NOT_STARTED", "to-do", "Not implemented"})
            QTest::newRow(todo) << QString::fromUtf8(todo) << int(W::Todo);
        for (const char* done : {"Implemented", "Fixed (guard added)", "Deployed", "Released"})
            QTest::newRow(done) << QString::fromUtf8(done) << int(W::Done);
        for (const char* stuck : {"on-hold", "ON_HOLD", "⛔ Blocked"})
            QTest::newRow(stuck) << QString::fromUtf8(stuck) << int(W::Blocked);
        // A word inside a description says nothing of the status.
        QTest::newRow("fixed, partial index")
            << QStringLiteral("Fixed, adds a partial index") << int(W::Done);
        QTest::newRow("pre-review notes") << QStringLiteral("pre-review notes") << int(W::None);
    }

    void statusWords()
    {
        QFETCH(QString, cell);
        QFETCH(int, status);
        QCOMPARE(int(statusWord(cell)), status);
    }

    // The classifier counts a ticket's Status field with the same reading: a ticket the board
    // reads as planned or under way is a plan wherever it lies, not only where its folder says
    // so (it had its own list of eleven words, without "Planned", "WIP" or "Backlog").
    void ticketStatusFieldsCount_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("plan");
        QTest::newRow("planned") << QByteArray("**Status:** 📋 Planned") << true;
        QTest::newRow("wip") << QByteArray("- **Status:** 🚧 WIP") << true;
        QTest::newRow("backlog") << QByteArray("**Status**: Backlog") << true;
        QTest::newRow("erledigt") << QByteArray("**Status:** Erledigt") << true;
        QTest::newRow("to do") << QByteArray("**Status:** To Do") << true;
        // A decision's status, and prose, are none.
        QTest::newRow("accepted") << QByteArray("**Status:** Accepted") << false;
        QTest::newRow("draft") << QByteArray("**Status:** Draft") << false;
    }
    void ticketStatusFieldsCount()
    {
        QFETCH(QByteArray, status);
        QFETCH(bool, plan);
        const QByteArray ticket = "# TSK-12: Export the ledger\n\n" + status +
                                  "\n**Owner:** Ana\n\n## Notes\n\nCSV first.\n";
        const DocumentKind::Verdict v =
            DocumentKind::classify(QStringLiteral("notes/TSK-12.md"), ticket);
        QCOMPARE(v.cls == DocumentClass::Plan, plan);
    }
};

QTEST_GUILESS_MAIN(TestStatusWord)
#include "tst_statusword.moc"
