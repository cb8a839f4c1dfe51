// SPDX-License-Identifier: MIT
#include "wordindex.h"

#include <algorithm>

namespace pwb {

// Every word is listed once and fits the length filter.
static_assert([] {
    for (int i = 0; i < words::kCount; ++i) {
        if (words::kWords[i].empty() || words::kWords[i].size() > words::kMaxLength)
            return false;
        for (int j = 0; j < i; ++j) {
            if (words::kWords[i] == words::kWords[j])
                return false;
        }
    }
    return true;
}());

const std::vector<int>& WordIndex::where(SV word) const
{
    static const std::vector<int> none;
    const int id = idOf(word);
    Q_ASSERT_X(id >= 0, "WordIndex::where", "the word is not listed in words::kWords");
    return id >= 0 ? m_lists[size_t(id)] : none;
}

std::vector<int> WordIndex::whereAny(std::initializer_list<SV> words) const
{
    std::vector<int> out;
    for (SV w : words) {
        const std::vector<int>& l = where(w);
        const auto mid = std::ptrdiff_t(out.size());
        out.insert(out.end(), l.begin(), l.end());
        std::inplace_merge(out.begin(), out.begin() + mid, out.end());
    }
    return out;
}

} // namespace pwb
