// SPDX-License-Identifier: MIT
#include "testgitrepo.h"

#include "vcs/githandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace pwb;

struct TestGitRepo::Private
{
    Git::Repository repo;
};

TestGitRepo::TestGitRepo(const QString& dir, const QString& initialBranch)
    : d(new Private)
    , m_dir(dir)
{
    Git::ensureInitialized();
    git_repository_init_options opts;
    git_repository_init_options_init(&opts, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    const QByteArray head = initialBranch.toUtf8();
    opts.initial_head = head.constData();
    check(git_repository_init_ext(Git::out(d->repo), QFile::encodeName(dir).constData(), &opts),
          "init");
}

TestGitRepo::~TestGitRepo()
{
    delete d;
}

bool TestGitRepo::check(int rc, const char* what)
{
    if (rc != 0 && m_ok) {
        m_ok = false;
        m_error = QString::fromLatin1(what) + QStringLiteral(": ") + Git::lastError();
        qWarning("TestGitRepo: %s", qPrintable(m_error));
    }
    return rc == 0;
}

void TestGitRepo::write(const QString& relativePath, const QByteArray& contents)
{
    const QString path = QDir(m_dir).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size())
        check(-1, "write");
}

void TestGitRepo::remove(const QString& relativePath)
{
    QFile::remove(QDir(m_dir).filePath(relativePath));
}

QString TestGitRepo::commit(const QString& message, const QString& author, qint64 time)
{
    git_repository* repo = d->repo.get();
    Git::Index index;
    if (!check(git_repository_index(Git::out(index), repo), "index"))
        return {};
    char star[] = "*";
    char* paths[] = {star};
    git_strarray spec{paths, 1};
    check(git_index_add_all(index.get(), &spec, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr), "add");
    check(git_index_update_all(index.get(), &spec, nullptr, nullptr), "update");
    check(git_index_write(index.get()), "write index");
    git_oid treeId;
    if (!check(git_index_write_tree(&treeId, index.get()), "write tree"))
        return {};
    Git::Tree tree;
    check(git_tree_lookup(Git::out(tree), repo, &treeId), "tree");
    Git::Signature sig;
    const QByteArray name = author.toUtf8();
    const QByteArray email = author.toLower().replace(u' ', u'.').toUtf8() + "@example.invalid";
    check(git_signature_new(Git::out(sig), name.constData(), email.constData(), time, 60),
          "signature");
    Git::Commit parent;
    git_oid headId;
    const bool hasParent = git_reference_name_to_id(&headId, repo, "HEAD") == 0;
    if (hasParent)
        check(git_commit_lookup(Git::out(parent), repo, &headId), "parent");
    const git_commit* parents[] = {parent.get()};
    git_oid id;
    const QByteArray msg = message.toUtf8();
    if (!check(git_commit_create(&id, repo, "HEAD", sig.get(), sig.get(), nullptr, msg.constData(),
                                 tree.get(), hasParent ? 1 : 0, hasParent ? parents : nullptr),
               "commit"))
        return {};
    return Git::oidToString(&id);
}

void TestGitRepo::createBranch(const QString& name)
{
    git_oid headId;
    if (!check(git_reference_name_to_id(&headId, d->repo.get(), "HEAD"), "head"))
        return;
    Git::Commit c;
    check(git_commit_lookup(Git::out(c), d->repo.get(), &headId), "lookup");
    Git::Reference ref;
    check(git_branch_create(Git::out(ref), d->repo.get(), name.toUtf8().constData(), c.get(), 0),
          "branch");
}

void TestGitRepo::checkout(const QString& branch)
{
    const QByteArray refName = "refs/heads/" + branch.toUtf8();
    Git::Object target;
    if (!check(git_revparse_single(Git::out(target), d->repo.get(), refName.constData()),
               "revparse"))
        return;
    git_checkout_options opts;
    git_checkout_options_init(&opts, GIT_CHECKOUT_OPTIONS_VERSION);
    opts.checkout_strategy = GIT_CHECKOUT_FORCE;
    check(git_checkout_tree(d->repo.get(), target.get(), &opts), "checkout");
    check(git_repository_set_head(d->repo.get(), refName.constData()), "set head");
}

void TestGitRepo::detach()
{
    check(git_repository_detach_head(d->repo.get()), "detach");
}

void TestGitRepo::createRemoteRef(const QString& name, const QString& commitId)
{
    git_oid id;
    check(git_oid_fromstr(&id, commitId.toLatin1().constData()), "oid");
    Git::Reference ref;
    const QByteArray refName = "refs/remotes/" + name.toUtf8();
    check(git_reference_create(Git::out(ref), d->repo.get(), refName.constData(), &id, 1, nullptr),
          "remote ref");
}

void TestGitRepo::deleteBranch(const QString& name)
{
    Git::Reference ref;
    if (check(git_branch_lookup(Git::out(ref), d->repo.get(), name.toUtf8().constData(),
                                GIT_BRANCH_LOCAL),
              "lookup branch"))
        check(git_branch_delete(ref.get()), "delete branch");
}

void TestGitRepo::makeShallow(const QStringList& keep, const QStringList& drop)
{
    const QString gitDir = QFile::decodeName(git_repository_path(d->repo.get()));
    QFile shallow(QDir(gitDir).filePath(QStringLiteral("shallow")));
    if (!shallow.open(QIODevice::WriteOnly))
        check(-1, "shallow");
    for (const QString& id : keep)
        shallow.write(id.toLatin1() + '\n');
    shallow.close();
    for (const QString& id : drop) {
        const QString obj =
            QDir(gitDir).filePath(QStringLiteral("objects/") + id.left(2) + u'/' + id.mid(2));
        QFile::setPermissions(obj, QFile::ReadOwner | QFile::WriteOwner);
        if (!QFile::remove(obj))
            check(-1, "drop object");
    }
}

QString TestGitRepo::head() const
{
    git_oid id;
    if (git_reference_name_to_id(&id, d->repo.get(), "HEAD") != 0)
        return {};
    return Git::oidToString(&id);
}
