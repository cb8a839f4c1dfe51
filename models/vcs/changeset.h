// SPDX-License-Identifier: MIT
// Files and lines changed against a base commit (the merge base with the default branch),
// working tree and index included. Paths are relative to the project root.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

struct LineRange
{
    enum class Kind
    {
        Added,
        Modified
    };
    int first = 0; // 1-based line in the working tree file
    int count = 0;
    Kind kind = Kind::Added;

    bool contains(int line) const { return line >= first && line < first + count; }
    friend bool operator==(const LineRange&, const LineRange&) = default;
};

struct FileChanges
{
    enum class Status
    {
        Added,
        Modified,
        Deleted,
        Renamed,
        Untracked,
        TypeChange
    };
    QString path;
    Status status = Status::Modified;
    bool binary = false;
    QList<LineRange> ranges; // sorted by first, not overlapping
    QList<int> deletedAfter; // lines after which old lines were removed (0: at the top)

    // nullptr when `line` is unchanged.
    const LineRange* rangeAt(int line) const;
    bool isLineChanged(int line) const { return rangeAt(line) != nullptr; }
    int changedLineCount() const;
    static QString statusName(Status s);
    friend bool operator==(const FileChanges&, const FileChanges&) = default;
};

struct ChangeSet
{
    QString baseId;    // short id of the base commit; empty for an unborn branch
    QString baseLabel; // what the base is, for people: "merge base with main"
    QString message;   // plain words when the base is not the merge base (fallbacks)
    QHash<QString, FileChanges> files; // by project-relative path

    bool isEmpty() const { return files.isEmpty(); }
    bool isLineChanged(const QString& path, int line) const;
    const FileChanges* file(const QString& path) const;
    QStringList paths() const; // sorted
};

} // namespace pwb
