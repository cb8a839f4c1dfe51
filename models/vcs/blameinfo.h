// SPDX-License-Identifier: MIT
// Who last changed which lines of a file (git blame), working-tree edits included.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pwb {

struct BlameHunk
{
    int first = 0; // 1-based line in the working tree file
    int count = 0;
    QString commitId; // short id; empty when not committed yet
    QString author;
    QString email;
    QDateTime when;
    QString summary;

    bool isCommitted() const { return !commitId.isEmpty(); }
    // "Ada Lovelace, 2024-03-01: Fix the login form (a1b2c3d)" or "Not committed yet".
    QString describe() const;
    friend bool operator==(const BlameHunk&, const BlameHunk&) = default;
};

struct FileBlame
{
    QString path;    // project-relative
    QString message; // why there is no blame (untracked, unborn, not a repository...)
    QList<BlameHunk> hunks;

    const BlameHunk* hunkAt(int line) const;
};

} // namespace pwb
