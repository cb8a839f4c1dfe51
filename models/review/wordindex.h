// SPDX-License-Identifier: MIT
// Where the words that rules look for occur in one file. The syntax tree files every token
// whose text is a known word (an identifier like `raw`, an atom like `:safe`, a key like
// `check_origin:`) under that word while it copies the tokens, so a rule visits the handful
// of places it cares about instead of testing every token of the file: sixteen passes over
// all tokens cost the rules three times the lexer.
#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace pwb {

namespace words {

using SV = std::string_view;

// Every word a rule asks where() for. A word missing here makes where() assert in debug
// builds (and find nothing in release), so each rule's fixtures catch a forgotten one.
inline constexpr SV kWords[] = {
    // the syntax tree's own structure
    "defmodule", "defprotocol", "defimpl", "use", "def", "defp", "defmacro", "defmacrop", "@doc",
    "@impl", "@moduledoc", "@behaviour", "if", "unless",
    // security: SQL, raw HTML, atoms, tokens, the browser pipeline
    "fragment", "query", "query!", "query_many", "query_many!", "raw", "to_atom", "binary_to_atom",
    "list_to_atom", "verify", "pipeline", ":safe", "<%==",
    // configuration
    "force_ssl:", "SSL", "check_origin:", "config",
    // request data reaching dangerous calls
    "send_resp", "html", "put_resp_content_type", "redirect", "read", "read!", "write", "write!",
    "rm", "rm!", "rm_rf", "rm_rf!", "cp", "cp!", "cp_r", "stream!", "open", "open!", "ls", "ls!",
    "rename", "rename!", "send_file", "send_download", "cmd", "shell", "eval_string", "eval_quoted",
    "eval_file", "compile_string", "require_file", "binary_to_term",
    // OAuth state
    "secure_compare", "^", "=", "put_session", "get_session", "put_resp_cookie",
    // processes
    "receive", "await", "await_many", "yield", "yield_many", "ignore", "shutdown", "demonitor",
    "is_reference", "async", "async_nolink", "subscribe", "Task", "handle_info", "spawn",
    "spawn_link", "spawn_monitor", "start", "start_link", "start_child", "call",
    // Credo warnings
    "inspect", "pry", "dbg", "get_env", "fetch_env", "fetch_env!", "get_all_env", "compile_env",
    "compile_env!", "require",
    // performance, migrations, Ecto
    "map", "each", "reduce", "flat_map", "filter", "reduce_while", "map_reduce", "into", "for",
    "assign", "index", "unique_index", "table", "cast", "conflict_target:", "preload",
    "preload:", "schema", "unique_constraint", "all", "get", "get!", "get_by", "get_by!", "one",
    "one!", "insert", "insert!", "update", "update!", "delete", "delete!", "aggregate", "exists?",
    "reload", "reload!", "insert_or_update",
    // templates
    "@flash", "live_flash",
    // modules whose functions only compute a value (unused results)
    "Enum", "Stream", "String", "List", "Keyword", "Map", "MapSet", "Path", "Regex", "Tuple",
    "Integer", "Float", "Base", "URI", "Atom", "Date", "DateTime", "NaiveDateTime", "Time",
    "Decimal"};

inline constexpr int kCount = int(std::size(kWords));
inline constexpr size_t kMaxLength = 32;
inline constexpr size_t kSlots = 1024; // a power of two, well above the word count

constexpr uint32_t hashOf(SV s)
{
    // Length and three bytes tell the words apart well enough; a full hash would cost more
    // than the few extra probes it saves on the tokens that are no word at all.
    uint32_t h = uint32_t(s.size()) * 0x9E3779B1u;
    h += uint8_t(s[0]) * 0x85EBCA77u;
    h += uint8_t(s[s.size() - 1]) * 0xC2B2AE3Du;
    h += uint8_t(s[s.size() / 2]) * 0x27D4EB2Fu;
    return h ^ (h >> 15);
}

// Open addressing, built by the compiler: no guard or set-up at run time.
inline constexpr std::array<int16_t, kSlots> kSlotTable = [] {
    std::array<int16_t, kSlots> table{};
    for (auto& s : table)
        s = -1;
    for (int id = 0; id < kCount; ++id) {
        size_t i = hashOf(kWords[id]) & (kSlots - 1);
        while (table[i] >= 0)
            i = (i + 1) & (kSlots - 1);
        table[i] = int16_t(id);
    }
    return table;
}();

// For each length, the first and the last bytes of the known words of that length
// (4 x 64 bits each).
using ByteSets = std::array<std::array<quint64, 4>, kMaxLength + 1>;
constexpr ByteSets byteSets(bool last)
{
    ByteSets bits{};
    for (SV w : kWords) {
        const unsigned char c = static_cast<unsigned char>(last ? w.back() : w.front());
        bits[w.size()][c >> 6] |= quint64(1) << (c & 63);
    }
    return bits;
}
inline constexpr ByteSets kFirstBytes = byteSets(false);
inline constexpr ByteSets kLastBytes = byteSets(true);

constexpr bool inSet(const ByteSets& sets, size_t len, unsigned char c)
{
    return sets[len][c >> 6] >> (c & 63) & 1;
}

} // namespace words

class WordIndex
{
public:
    using SV = std::string_view;

    WordIndex()
        : m_lists(size_t(words::kCount))
    {}

    // Files code position k under its word when `text` is a known word.
    Q_ALWAYS_INLINE void add(SV text, int k)
    {
        // Most tokens are no word: a bit per (length, first byte) and per (length, last
        // byte) turns them away before any hashing, inline.
        const size_t len = text.size();
        if (len - 1 >= words::kMaxLength) // also rejects the empty text
            return;
        if (!words::inSet(words::kFirstBytes, len, static_cast<unsigned char>(text.front())) ||
            !words::inSet(words::kLastBytes, len, static_cast<unsigned char>(text.back())))
            return;
        file(text, k);
    }

    // Positions of `word`, ascending. `word` must be a known word (see words::kWords):
    // asking for another is a programming error, caught by an assertion in debug builds.
    const std::vector<int>& where(SV word) const;
    // Positions of any of `words`, merged ascending.
    std::vector<int> whereAny(std::initializer_list<SV> words) const;

    // The word's number, or -1 when the rules never look for it.
    static int idOf(SV text)
    {
        if (text.empty())
            return -1;
        for (size_t i = words::hashOf(text) & (words::kSlots - 1);;
             i = (i + 1) & (words::kSlots - 1)) {
            const int id = words::kSlotTable[i];
            if (id < 0)
                return -1;
            const SV w = words::kWords[id];
            if (w.size() == text.size() && w[0] == text[0] && w == text)
                return id;
        }
    }

private:
    Q_NEVER_INLINE void file(SV text, int k)
    {
        const int id = idOf(text);
        if (id >= 0)
            m_lists[size_t(id)].push_back(k);
    }

    std::vector<std::vector<int>> m_lists;
};

} // namespace pwb
