// SPDX-License-Identifier: MIT
// Builds git repositories for tests with libgit2: files, commits, branches, detached HEAD,
// remote refs and a simulated shallow clone. Model and widget tests share it.
#pragma once

#include <QString>
#include <QStringList>


class QTemporaryDir;

class TestGitRepo
{
public:
    // Initialises a repository in `dir` whose first branch is `initialBranch`.
    explicit TestGitRepo(const QString& dir, const QString& initialBranch = QStringLiteral("main"));
    ~TestGitRepo();
    TestGitRepo(const TestGitRepo&) = delete;
    TestGitRepo& operator=(const TestGitRepo&) = delete;

    QString dir() const { return m_dir; }
    void write(const QString& relativePath, const QByteArray& contents);
    void remove(const QString& relativePath);
    // Stages everything and commits on HEAD; returns the full commit id.
    QString commit(const QString& message, const QString& author = QStringLiteral("Ada Lovelace"),
                   qint64 time = 1700000000);
    void createBranch(const QString& name); // at HEAD
    void checkout(const QString& branch);   // switches HEAD and the working tree
    void detach();                          // HEAD at its commit, no branch
    void createRemoteRef(const QString& name, const QString& commitId); // refs/remotes/<name>
    void deleteBranch(const QString& name);
    // Makes the repository look like a shallow clone cut at `keep`: .git/shallow lists
    // them and the loose objects of `drop` (commits) are deleted.
    void makeShallow(const QStringList& keep, const QStringList& drop);
    QString head() const;
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    bool check(int rc, const char* what);
    struct Private;
    Private* d;
    QString m_dir;
    bool m_ok = true;
    QString m_error;
};
