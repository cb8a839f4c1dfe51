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

void WordIndex::finish()
{
    m_offsets.assign(size_t(words::kCount) + 1, 0);
    for (const Hit& h : m_hits)
        ++m_offsets[size_t(h.id) + 1];
    for (size_t i = 1; i < m_offsets.size(); ++i)
        m_offsets[i] += m_offsets[i - 1];
    m_positions.resize(m_hits.size());
    std::vector<int> next(m_offsets.begin(), m_offsets.end() - 1);
    for (const Hit& h : m_hits)
        m_positions[size_t(next[size_t(h.id)]++)] = h.k;
    m_hits.clear();
    m_hits.shrink_to_fit();
}

std::span<const int> WordIndex::where(SV word) const
{
    const int id = idOf(word);
    Q_ASSERT_X(id >= 0, "WordIndex::where", "the word is not listed in words::kWords");
    Q_ASSERT_X(!m_offsets.empty(), "WordIndex::where", "finish() was not called");
    if (id < 0 || m_offsets.empty())
        return {};
    return std::span<const int>(m_positions.data() + m_offsets[size_t(id)],
                                size_t(m_offsets[size_t(id) + 1] - m_offsets[size_t(id)]));
}

std::vector<int> WordIndex::whereAny(std::initializer_list<SV> words) const
{
    std::vector<int> out;
    for (SV w : words) {
        const std::span<const int> l = where(w);
        const auto mid = std::ptrdiff_t(out.size());
        out.insert(out.end(), l.begin(), l.end());
        std::inplace_merge(out.begin(), out.begin() + mid, out.end());
    }
    return out;
}

} // namespace pwb
