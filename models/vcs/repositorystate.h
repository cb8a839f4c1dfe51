// SPDX-License-Identifier: MIT
// What the project's git repository looks like right now: branch, HEAD, the default
// branch and the merge base with it. Unusual states carry a plain message instead of an error.
#pragma once

#include <QJsonObject>
#include <QString>

namespace pwb {

struct RepositoryState
{
    enum class Kind
    {
        NotARepository, // no .git here or above
        Branch,         // HEAD on a branch with commits
        Detached,       // HEAD points at a commit, not a branch
        Unborn,         // on a branch that has no commit yet
        Bare,           // a repository without a working tree
        Error,          // libgit2 failed; `message` says why
    };

    Kind kind = Kind::NotARepository;
    QString workdir;       // canonical working tree folder
    QString branch;        // short name, empty when detached
    QString headId;        // short id of HEAD, empty when unborn
    QString headSummary;   // first line of HEAD's message
    bool shallow = false;  // a shallow clone: history is cut
    QString defaultBranch; // "main", "master", "origin/main", ...; empty when none
    QString mergeBaseId;   // short id of merge-base(HEAD, defaultBranch); empty when none
    QString message;       // plain words on anything unusual (empty when all is normal)

    bool isRepository() const { return kind != Kind::NotARepository && kind != Kind::Error; }
    // One line for a status bar: "feature · a1b2c3d Fix the login form".
    QString statusText() const;
    QJsonObject toJson() const;
    static QString kindName(Kind kind);

    friend bool operator==(const RepositoryState&, const RepositoryState&) = default;
};

} // namespace pwb
