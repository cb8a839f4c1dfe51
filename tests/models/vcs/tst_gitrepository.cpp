// SPDX-License-Identifier: MIT
#include "testgitrepo.h"
#include "vcs/gitrepository.h"
#include "vcs/vcscontext.h"

#include <QDateTime>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace QTest {
template <> char* toString(const LineRange& r)
{
    const QByteArray s = QByteArray::number(r.first) + '+' + QByteArray::number(r.count) +
                         (r.kind == LineRange::Kind::Added ? " added" : " modified");
    return qstrdup(s.constData());
}
} // namespace QTest

namespace {

QByteArray lines(int from, int to, const char* tag = "line")
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += QByteArray(tag) + ' ' + QByteArray::number(i) + '\n';
    return out;
}

// Ten lines with some replaced: {3: "changed"}.
QByteArray tenLines(const QHash<int, QByteArray>& replaced = {},
                    const QHash<int, QByteArray>& insertedAfter = {})
{
    QByteArray out;
    for (int i = 1; i <= 10; ++i) {
        if (replaced.contains(i))
            out += replaced.value(i) + '\n';
        else
            out += QByteArray("line ") + QByteArray::number(i) + '\n';
        if (insertedAfter.contains(i))
            out += insertedAfter.value(i);
    }
    return out;
}

QList<LineRange> rangesOf(const ChangeSet& cs, const QString& path)
{
    const FileChanges* f = cs.file(path);
    if (!f)
        qWarning("no changes for %s in %s (%s)", qPrintable(path),
                 qPrintable(cs.paths().join(u',')), qPrintable(cs.message));
    return f ? f->ranges : QList<LineRange>{{-1, 0, LineRange::Kind::Added}};
}

} // namespace

class TestGitRepository : public QObject
{
    Q_OBJECT
private slots:
    void notARepository()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const GitRepository repo(dir.path());
        QVERIFY(!repo.isOpen());
        const RepositoryState s = repo.state();
        QCOMPARE(s.kind, RepositoryState::Kind::NotARepository);
        QVERIFY(!s.isRepository());
        QVERIFY(s.message.contains(QStringLiteral("not in a git repository")));
        QCOMPARE(s.statusText(), QStringLiteral("Not a git repository"));
        const ChangeSet cs = repo.changes();
        QVERIFY(cs.isEmpty());
        QVERIFY(!cs.message.isEmpty());
        QVERIFY(!repo.blame(QStringLiteral("x.ex")).message.isEmpty());
    }

    void unbornBranch()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path(), QStringLiteral("main"));
        git.write(QStringLiteral("lib/a.ex"), lines(1, 3));
        QVERIFY2(git.ok(), qPrintable(git.error()));
        const GitRepository repo(dir.path());
        const RepositoryState s = repo.state();
        QCOMPARE(s.kind, RepositoryState::Kind::Unborn);
        QCOMPARE(s.branch, QStringLiteral("main"));
        QVERIFY(s.headId.isEmpty());
        QVERIFY(s.message.contains(QStringLiteral("no commits yet")));
        QVERIFY(s.statusText().contains(QStringLiteral("no commits yet")));
        const ChangeSet cs = repo.changes();
        QVERIFY(cs.baseId.isEmpty());
        const FileChanges* a = cs.file(QStringLiteral("lib/a.ex"));
        QVERIFY(a);
        QCOMPARE(a->status, FileChanges::Status::Untracked);
        QCOMPARE(a->ranges, (QList<LineRange>{{1, 3, LineRange::Kind::Added}}));
        const FileBlame b = repo.blame(QStringLiteral("lib/a.ex"));
        QCOMPARE(b.hunks.size(), 1);
        QVERIFY(!b.hunks.first().isCommitted());
    }

    void branchStateAndMergeBase()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("a.ex"), tenLines());
        const QString base = git.commit(QStringLiteral("Initial import\n\nWith a body."));
        git.createBranch(QStringLiteral("feature"));
        git.checkout(QStringLiteral("feature"));
        git.write(QStringLiteral("a.ex"), tenLines({{3, "changed 3"}}));
        const QString head = git.commit(QStringLiteral("Change line three"));
        QVERIFY2(git.ok(), qPrintable(git.error()));

        const GitRepository repo(dir.path());
        const RepositoryState s = repo.state();
        QCOMPARE(s.kind, RepositoryState::Kind::Branch);
        QCOMPARE(s.branch, QStringLiteral("feature"));
        QCOMPARE(s.headId, head.left(7));
        QCOMPARE(s.headSummary, QStringLiteral("Change line three"));
        QCOMPARE(s.defaultBranch, QStringLiteral("main"));
        QCOMPARE(s.mergeBaseId, base.left(7));
        QVERIFY(!s.shallow);
        QVERIFY2(s.message.isEmpty(), qPrintable(s.message));
        QCOMPARE(s.statusText(),
                 QStringLiteral("feature · %1 Change line three").arg(head.left(7)));
        QCOMPARE(repo.defaultBranch(), QStringLiteral("main"));
    }

    void changedLinesAgainstTheMergeBase()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("lib/a.ex"), tenLines());
        git.write(QStringLiteral("lib/c.ex"), lines(1, 4));
        git.write(QStringLiteral("lib/gone.ex"), lines(1, 2));
        const QString base = git.commit(QStringLiteral("Initial"));
        git.createBranch(QStringLiteral("feature"));
        // main moves on after the branch point: its changes must not count
        git.write(QStringLiteral("lib/c.ex"), lines(1, 5));
        git.commit(QStringLiteral("Main moves on"));
        git.checkout(QStringLiteral("feature"));
        // committed on the branch: line 3 modified, two lines added after line 5
        git.write(QStringLiteral("lib/a.ex"),
                  tenLines({{3, "changed 3"}}, {{5, "new a\nnew b\n"}}));
        git.commit(QStringLiteral("Feature work"));
        // uncommitted: old line 9 (now 11) modified, a new untracked file, a deletion
        git.write(QStringLiteral("lib/a.ex"),
                  tenLines({{3, "changed 3"}, {9, "edited 9"}}, {{5, "new a\nnew b\n"}}));
        git.write(QStringLiteral("lib/new.ex"), lines(1, 2));
        git.remove(QStringLiteral("lib/gone.ex"));
        QVERIFY2(git.ok(), qPrintable(git.error()));

        const ChangeSet cs = GitRepository(dir.path()).changes();
        QCOMPARE(cs.baseId, base.left(7));
        QVERIFY(cs.baseLabel.contains(QStringLiteral("main")));
        QVERIFY2(cs.message.isEmpty(), qPrintable(cs.message));
        QCOMPARE(cs.paths(), (QStringList{QStringLiteral("lib/a.ex"), QStringLiteral("lib/gone.ex"),
                                          QStringLiteral("lib/new.ex")}));
        const FileChanges* a = cs.file(QStringLiteral("lib/a.ex"));
        QVERIFY(a);
        QCOMPARE(a->status, FileChanges::Status::Modified);
        QCOMPARE(a->ranges, (QList<LineRange>{{3, 1, LineRange::Kind::Modified},
                                              {6, 2, LineRange::Kind::Added},
                                              {11, 1, LineRange::Kind::Modified}}));
        QVERIFY(cs.isLineChanged(QStringLiteral("lib/a.ex"), 3));
        QVERIFY(!cs.isLineChanged(QStringLiteral("lib/a.ex"), 4));
        QVERIFY(cs.isLineChanged(QStringLiteral("lib/a.ex"), 7));
        QVERIFY(!cs.isLineChanged(QStringLiteral("lib/a.ex"), 8));
        QCOMPARE(a->rangeAt(11)->kind, LineRange::Kind::Modified);
        QCOMPARE(a->changedLineCount(), 4);
        QCOMPARE(cs.file(QStringLiteral("lib/new.ex"))->status, FileChanges::Status::Untracked);
        QCOMPARE(cs.file(QStringLiteral("lib/gone.ex"))->status, FileChanges::Status::Deleted);
        QVERIFY(!cs.file(QStringLiteral("lib/c.ex")));
    }

    void deletionsAreMarked()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("a.ex"), lines(1, 6));
        git.commit(QStringLiteral("Initial"));
        git.write(QStringLiteral("a.ex"), QByteArray("line 1\nline 2\nline 5\nline 6\n"));
        const ChangeSet cs = GitRepository(dir.path()).changes();
        const FileChanges* a = cs.file(QStringLiteral("a.ex"));
        QVERIFY(a);
        QVERIFY(a->ranges.isEmpty());
        QCOMPARE(a->deletedAfter, QList<int>{2});
    }

    void lastCommitTimesOfPlans()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("apps/shop/docs/TRD/a.md"), lines(1, 2));
        git.write(QStringLiteral("apps/shop/docs/TRD/b.md"), lines(1, 2));
        git.write(QStringLiteral("apps/shop/docs/TRD/c.md"), lines(1, 2));
        git.commit(QStringLiteral("Plans"), QStringLiteral("Ada Lovelace"), 1700000000);
        git.write(QStringLiteral("apps/shop/docs/TRD/b.md"), lines(1, 3));
        git.commit(QStringLiteral("More of b"), QStringLiteral("Ada Lovelace"), 1700086400);
        git.write(QStringLiteral("apps/shop/docs/TRD/c.md"), lines(1, 4)); // not committed
        git.write(QStringLiteral("apps/shop/docs/TRD/d.md"), lines(1, 2)); // untracked
        QVERIFY2(git.ok(), qPrintable(git.error()));
        const GitRepository repo(dir.path() + QStringLiteral("/apps/shop"));
        const QHash<QString, QDateTime> t = repo.lastCommitTimes(
            {QStringLiteral("docs/TRD/a.md"), QStringLiteral("docs/TRD/b.md"),
             QStringLiteral("docs/TRD/c.md"), QStringLiteral("docs/TRD/d.md")});
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.value(QStringLiteral("docs/TRD/a.md")).toSecsSinceEpoch(), 1700000000);
        QCOMPARE(t.value(QStringLiteral("docs/TRD/b.md")).toSecsSinceEpoch(), 1700086400);
        // Outside a repository: nothing, and no error.
        QTemporaryDir plain;
        QVERIFY(GitRepository(plain.path()).lastCommitTimes({QStringLiteral("x.md")}).isEmpty());
    }

    void projectInASubfolder()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("apps/shop/lib/a.ex"), lines(1, 2));
        git.write(QStringLiteral("README.md"), lines(1, 2));
        git.commit(QStringLiteral("Initial"));
        git.write(QStringLiteral("apps/shop/lib/a.ex"), lines(1, 3));
        git.write(QStringLiteral("README.md"), lines(1, 3));
        const GitRepository repo(dir.path() + QStringLiteral("/apps/shop"));
        QVERIFY(repo.isOpen());
        QCOMPARE(repo.prefix(), QStringLiteral("apps/shop/"));
        const ChangeSet cs = repo.changes();
        QCOMPARE(cs.paths(), QStringList{QStringLiteral("lib/a.ex")});
        QCOMPARE(rangesOf(cs, QStringLiteral("lib/a.ex")),
                 (QList<LineRange>{{3, 1, LineRange::Kind::Added}}));
        const FileBlame b = repo.blame(QStringLiteral("lib/a.ex"));
        QCOMPARE(b.hunks.size(), 2);
        QVERIFY(b.hunkAt(1)->isCommitted());
        QVERIFY(!b.hunkAt(3)->isCommitted());
    }

    // Issue 19.2: an edit inside a committed hunk once gave ", : initial demo (1a1cb59)"
    // below it (libgit2 splits the hunk without its signature), and unsaved edits were
    // blamed on the last commit.
    void blameOfAnEditedBuffer()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("a.ex"), tenLines());
        git.commit(QStringLiteral("Initial import"), QStringLiteral("Grace Hopper"));
        QVERIFY2(git.ok(), qPrintable(git.error()));
        const GitRepository repo(dir.path());
        const QByteArray edited = tenLines({{4, "changed 4"}}, {{6, "inserted\n"}});
        for (const FileBlame& b : {repo.blame(QStringLiteral("a.ex"), &edited), [&] {
                                       git.write(QStringLiteral("a.ex"), edited);
                                       return repo.blame(QStringLiteral("a.ex"));
                                   }()}) {
            QVERIFY(b.message.isEmpty());
            for (int line : {1, 2, 3, 5, 6, 8, 9, 10, 11}) {
                const BlameHunk* h = b.hunkAt(line);
                QVERIFY2(h, qPrintable(QString::number(line)));
                QVERIFY2(h->isCommitted(), qPrintable(QString::number(line)));
                QCOMPARE(h->author, QStringLiteral("Grace Hopper"));
                QVERIFY(h->when.isValid());
                QVERIFY2(h->describe().startsWith(QStringLiteral("Grace Hopper, 20")),
                         qPrintable(h->describe()));
            }
            for (int line : {4, 7}) {
                const BlameHunk* h = b.hunkAt(line);
                QVERIFY2(h, qPrintable(QString::number(line)));
                QVERIFY(!h->isCommitted());
                QCOMPARE(h->describe(), QStringLiteral("Not committed yet"));
            }
        }
    }

    void defaultBranchFallbacks()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path(), QStringLiteral("trunk"));
        git.write(QStringLiteral("a.ex"), lines(1, 3));
        const QString first = git.commit(QStringLiteral("Initial"));
        git.createBranch(QStringLiteral("feature"));
        git.checkout(QStringLiteral("feature"));
        git.write(QStringLiteral("a.ex"), lines(1, 4));
        git.commit(QStringLiteral("Four"));
        git.write(QStringLiteral("a.ex"), lines(1, 5));
        QVERIFY2(git.ok(), qPrintable(git.error()));
        {
            // no main/master anywhere: only the uncommitted line counts
            const GitRepository repo(dir.path());
            const RepositoryState s = repo.state();
            QVERIFY(s.defaultBranch.isEmpty());
            QVERIFY(s.mergeBaseId.isEmpty());
            QVERIFY(s.message.contains(QStringLiteral("No main or master")));
            const ChangeSet cs = repo.changes();
            QCOMPARE(rangesOf(cs, QStringLiteral("a.ex")),
                     (QList<LineRange>{{5, 1, LineRange::Kind::Added}}));
        }
        git.createRemoteRef(QStringLiteral("origin/master"), first);
        QCOMPARE(GitRepository(dir.path()).defaultBranch(), QStringLiteral("origin/master"));
        git.createRemoteRef(QStringLiteral("origin/main"), first);
        QCOMPARE(GitRepository(dir.path()).defaultBranch(), QStringLiteral("origin/main"));
        git.checkout(QStringLiteral("trunk"));
        git.createBranch(QStringLiteral("master"));
        git.checkout(QStringLiteral("feature"));
        QCOMPARE(GitRepository(dir.path()).defaultBranch(), QStringLiteral("master"));
        const ChangeSet cs = GitRepository(dir.path()).changes();
        QCOMPARE(cs.baseId, first.left(7));
        // the forced checkouts reset the working tree to feature's four lines
        QCOMPARE(rangesOf(cs, QStringLiteral("a.ex")),
                 (QList<LineRange>{{4, 1, LineRange::Kind::Added}}));
        QVERIFY(git.ok());
    }

    void detachedHead()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("a.ex"), lines(1, 3));
        git.commit(QStringLiteral("Initial"));
        git.write(QStringLiteral("a.ex"), lines(1, 4));
        const QString head = git.commit(QStringLiteral("Second"));
        git.detach();
        QVERIFY2(git.ok(), qPrintable(git.error()));
        const GitRepository repo(dir.path());
        const RepositoryState s = repo.state();
        QCOMPARE(s.kind, RepositoryState::Kind::Detached);
        QVERIFY(s.branch.isEmpty());
        QCOMPARE(s.headId, head.left(7));
        QVERIFY(s.message.contains(QStringLiteral("detached")));
        QCOMPARE(s.statusText(), QStringLiteral("detached HEAD at %1 Second").arg(head.left(7)));
        QVERIFY(repo.changes().isEmpty()); // HEAD is main's tip: nothing changed
    }

    void shallowClone()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("a.ex"), lines(1, 3));
        const QString a = git.commit(QStringLiteral("A"));
        git.createBranch(QStringLiteral("feature"));
        git.write(QStringLiteral("b.ex"), lines(1, 1));
        const QString d = git.commit(QStringLiteral("D on main"));
        git.checkout(QStringLiteral("feature"));
        git.write(QStringLiteral("a.ex"), lines(1, 4));
        const QString b = git.commit(QStringLiteral("B"));
        git.write(QStringLiteral("a.ex"), lines(1, 5));
        const QString c = git.commit(QStringLiteral("C"));
        git.makeShallow({c, d}, {a, b});
        git.write(QStringLiteral("a.ex"), lines(1, 6));
        QVERIFY2(git.ok(), qPrintable(git.error()));

        const GitRepository repo(dir.path());
        const RepositoryState s = repo.state();
        QVERIFY(s.shallow);
        QCOMPARE(s.kind, RepositoryState::Kind::Branch);
        QVERIFY(s.mergeBaseId.isEmpty());
        QVERIFY2(s.message.contains(QStringLiteral("shallow")), qPrintable(s.message));
        QVERIFY(s.statusText().contains(QStringLiteral("shallow")));
        const ChangeSet cs = repo.changes();
        QCOMPARE(cs.baseId, c.left(7));
        QVERIFY(cs.message.contains(QStringLiteral("shallow")));
        QCOMPARE(rangesOf(cs, QStringLiteral("a.ex")),
                 (QList<LineRange>{{6, 1, LineRange::Kind::Added}}));
    }

    void blameOfALine()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("a.ex"), lines(1, 3));
        const QString first = git.commit(QStringLiteral("Initial import"),
                                         QStringLiteral("Ada Lovelace"), 1700000000);
        git.write(QStringLiteral("a.ex"), QByteArray("line 1\nby grace\nline 3\n"));
        const QString second =
            git.commit(QStringLiteral("Grace's fix"), QStringLiteral("Grace Hopper"), 1710000000);
        git.write(QStringLiteral("a.ex"), QByteArray("line 1\nby grace\nline 3\nunsaved\n"));
        QVERIFY2(git.ok(), qPrintable(git.error()));

        const FileBlame b = GitRepository(dir.path()).blame(QStringLiteral("a.ex"));
        QVERIFY2(b.message.isEmpty(), qPrintable(b.message));
        const BlameHunk* h1 = b.hunkAt(1);
        QVERIFY(h1);
        QCOMPARE(h1->author, QStringLiteral("Ada Lovelace"));
        QCOMPARE(h1->commitId, first.left(7));
        QCOMPARE(h1->summary, QStringLiteral("Initial import"));
        QCOMPARE(h1->when.toSecsSinceEpoch(), 1700000000);
        const BlameHunk* h2 = b.hunkAt(2);
        QVERIFY(h2);
        QCOMPARE(h2->author, QStringLiteral("Grace Hopper"));
        QCOMPARE(h2->summary, QStringLiteral("Grace's fix"));
        QCOMPARE(h2->commitId, second.left(7));
        QVERIFY(h2->describe().contains(QStringLiteral("Grace's fix")));
        QCOMPARE(b.hunkAt(3)->author, QStringLiteral("Ada Lovelace"));
        QVERIFY(!b.hunkAt(4)->isCommitted());
        QCOMPARE(b.hunkAt(4)->describe(), QStringLiteral("Not committed yet"));
        QVERIFY(!b.hunkAt(5));
        const FileBlame untracked = GitRepository(dir.path()).blame(QStringLiteral("nope.ex"));
        QVERIFY(!untracked.message.isEmpty());
    }

    void contextRefreshesOffThread()
    {
        QTemporaryDir dir;
        TestGitRepo git(dir.path());
        git.write(QStringLiteral("a.ex"), lines(1, 3));
        git.commit(QStringLiteral("Initial"));
        git.createBranch(QStringLiteral("topic"));
        git.checkout(QStringLiteral("topic"));
        git.write(QStringLiteral("a.ex"), lines(1, 4));
        QVERIFY(git.ok());

        VcsContext ctx;
        QSignalSpy refreshed(&ctx, &VcsContext::refreshed);
        ctx.setRoot(dir.path());
        QVERIFY(ctx.isRefreshing());
        QVERIFY(refreshed.wait(5000));
        QVERIFY(ctx.isReady());
        QCOMPARE(ctx.state().branch, QStringLiteral("topic"));
        QVERIFY(ctx.changes().isLineChanged(QStringLiteral("a.ex"), 4));

        QSignalSpy blamed(&ctx, &VcsContext::blameReady);
        QVERIFY(!ctx.blame(QStringLiteral("a.ex")));
        ctx.requestBlame(QStringLiteral("a.ex"));
        QVERIFY(blamed.wait(5000));
        QCOMPARE(blamed.first().first().toString(), QStringLiteral("a.ex"));
        QCOMPARE(ctx.blame(QStringLiteral("a.ex"))->hunkAt(1)->author,
                 QStringLiteral("Ada Lovelace"));

        // a second refresh replaces the first; only the newest result lands
        ctx.refresh();
        ctx.refresh();
        refreshed.clear();
        QVERIFY(refreshed.wait(5000));
        QTest::qWait(50);
        QCOMPARE(refreshed.size(), 1);
        ctx.clear();
        QVERIFY(!ctx.isReady());
        QCOMPARE(ctx.state().kind, RepositoryState::Kind::NotARepository);
    }
};

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
