// SPDX-License-Identifier: MIT
#include "blameinfo.h"

#include <QCoreApplication>

#include <algorithm>

namespace pwb {

QString BlameHunk::describe() const
{
    if (!isCommitted())
        return QCoreApplication::translate("BlameHunk", "Not committed yet");
    return QCoreApplication::translate("BlameHunk", "%1, %2: %3 (%4)")
        .arg(author, when.toString(QStringLiteral("yyyy-MM-dd")), summary, commitId);
}

const BlameHunk* FileBlame::hunkAt(int line) const
{
    auto it = std::upper_bound(hunks.cbegin(), hunks.cend(), line,
                               [](int l, const BlameHunk& h) { return l < h.first; });
    if (it == hunks.cbegin())
        return nullptr;
    --it;
    return line < it->first + it->count ? &*it : nullptr;
}

} // namespace pwb
