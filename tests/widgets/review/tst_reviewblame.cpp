// SPDX-License-Identifier: MIT
// Issue 19.2: blame ignored unsaved edits and, after a save or an applied fix, open files
// said "Blame: loading…" for good. Blame follows the editor's text and comes back after
// every refresh.
#include "editor/codeeditor.h"
#include "review/reviewpage.h"
#include "testgitrepo.h"
#include "vcs/vcscontext.h"
#include "workspace/project.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace pwb;

namespace {
const QByteArray kText = "defmodule Shop do\n  def a, do: 1\n  def b, do: 2\n  def c, do: 3\nend\n";

QString blameOf(VcsContext* vcs, int line)
{
    const FileBlame* b = vcs->blame(QStringLiteral("lib/shop.ex"));
    if (!b)
        return QStringLiteral("<none>");
    const BlameHunk* h = b->hunkAt(line);
    return h ? h->describe() : QStringLiteral("<no hunk>");
}
} // namespace

class TestReviewBlame : public QObject
{
    Q_OBJECT
private slots:
    void blameFollowsEditsAndSaves()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("lib/shop.ex"), kText);
        git.commit(QStringLiteral("initial demo"), QStringLiteral("Grace Hopper"));
        QVERIFY2(git.ok(), qPrintable(git.error()));
        Project project;
        ReviewPage page(&project);
        page.resize(1024, 640);
        page.show();
        VcsContext* vcs = project.vcs();
        QSignalSpy refreshed(vcs, &VcsContext::refreshed);
        QVERIFY(project.open(dir.path()));
        QVERIFY(refreshed.wait(10000));
        CodeEditor* editor = page.openFile(QStringLiteral("lib/shop.ex"), 1);
        QTRY_VERIFY(!editor->isLoading());
        QTRY_VERIFY(blameOf(vcs, 3).startsWith(QStringLiteral("Grace Hopper, ")));

        // Type a line after line 2: it is not committed yet, and "def b" moves to line 4
        // with its author.
        QTextCursor c(editor->document()->findBlockByNumber(1));
        c.movePosition(QTextCursor::EndOfBlock);
        c.insertText(QStringLiteral("\n  def typed, do: 0"));
        QTRY_COMPARE_WITH_TIMEOUT(blameOf(vcs, 3), QStringLiteral("Not committed yet"), 5000);
        QVERIFY2(blameOf(vcs, 4).startsWith(QStringLiteral("Grace Hopper, ")),
                 qPrintable(blameOf(vcs, 4)));
        QVERIFY(blameOf(vcs, 4).contains(QStringLiteral("initial demo")));

        // Saving refreshes the repository state, which drops every blame; the open file
        // gets its own back without anyone hovering.
        refreshed.clear();
        editor->save();
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(vcs->blame(QStringLiteral("lib/shop.ex")), 5000);
        QCOMPARE(blameOf(vcs, 3), QStringLiteral("Not committed yet"));
        QVERIFY(blameOf(vcs, 5).startsWith(QStringLiteral("Grace Hopper, ")));
    }
};

QTEST_MAIN(TestReviewBlame)
#include "tst_reviewblame.moc"
