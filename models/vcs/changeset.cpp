// SPDX-License-Identifier: MIT
#include "changeset.h"

#include <algorithm>

namespace pwb {

const LineRange* FileChanges::rangeAt(int line) const
{
    // ranges are sorted: the candidate is the last range starting at or before `line`
    auto it = std::upper_bound(ranges.cbegin(), ranges.cend(), line,
                               [](int l, const LineRange& r) { return l < r.first; });
    if (it == ranges.cbegin())
        return nullptr;
    --it;
    return it->contains(line) ? &*it : nullptr;
}

int FileChanges::changedLineCount() const
{
    int n = 0;
    for (const LineRange& r : ranges)
        n += r.count;
    return n;
}

QString FileChanges::statusName(Status s)
{
    switch (s) {
    case Status::Added:
        return QStringLiteral("added");
    case Status::Modified:
        return QStringLiteral("modified");
    case Status::Deleted:
        return QStringLiteral("deleted");
    case Status::Renamed:
        return QStringLiteral("renamed");
    case Status::Untracked:
        return QStringLiteral("untracked");
    case Status::TypeChange:
        return QStringLiteral("typechange");
    }
    return {};
}

bool ChangeSet::isLineChanged(const QString& path, int line) const
{
    const FileChanges* f = file(path);
    return f && f->isLineChanged(line);
}

const FileChanges* ChangeSet::file(const QString& path) const
{
    const auto it = files.constFind(path);
    return it == files.cend() ? nullptr : &*it;
}

QStringList ChangeSet::paths() const
{
    QStringList p = files.keys();
    p.sort();
    return p;
}

} // namespace pwb
