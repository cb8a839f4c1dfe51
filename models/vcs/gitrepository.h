// SPDX-License-Identifier: MIT
// The project's git repository read through libgit2. Blocking: call it on a worker thread
// (VcsContext does); one instance per thread, since libgit2 handles are not shared.
#pragma once

#include "blameinfo.h"
#include "changeset.h"
#include "repositorystate.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace pwb {

// A commit and the project files it changed (against its first parent).
struct CommitFiles
{
    QString sha; // full hex id
    QString summary;
    QString message;
    QStringList files; // project-relative; files outside the project are left out
};

class GitRepository
{
public:
    // Opens the repository holding `projectRoot` (searching upward like git does).
    explicit GitRepository(const QString& projectRoot);
    ~GitRepository();
    GitRepository(const GitRepository&) = delete;
    GitRepository& operator=(const GitRepository&) = delete;

    bool isOpen() const;
    // The project root relative to the working tree, "" or ending in '/'.
    QString prefix() const;

    RepositoryState state() const;
    // Changes of the working tree (index and untracked files included) against the merge
    // base of HEAD with the default branch, or against HEAD when there is no merge base.
    ChangeSet changes(const std::atomic_bool* cancel = nullptr) const;
    // Blame of the working tree copy of a project-relative file, or of `buffer` (an
    // editor's unsaved text) when given: lines that differ from HEAD are not committed yet.
    FileBlame blame(const QString& relativePath, const QByteArray* buffer = nullptr) const;

    // Walks history from HEAD, newest first, through at most `maxCommits` commits, and
    // returns the ones whose message `match` accepts with the files each changed. Only
    // matching commits are diffed, so a long history costs one message read per commit.
    QList<CommitFiles> commitsMatching(const std::function<bool(const QString& message)>& match,
                                       int maxCommits, int* scanned = nullptr,
                                       const std::atomic_bool* cancel = nullptr) const;

    // For each project-relative file whose working copy is committed (unchanged against
    // HEAD and the index), the time of the newest commit among the last `maxCommits` that
    // changed it. Files with changes not committed yet, untracked files and files no walked
    // commit touched are left out.
    QHash<QString, QDateTime> lastCommitTimes(const QStringList& files, int maxCommits = 5000,
                                              const std::atomic_bool* cancel = nullptr) const;

    // "main", "master", "origin/main" or "origin/master", the first that exists; else "".
    QString defaultBranch() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pwb
