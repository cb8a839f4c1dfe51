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
#include <span>
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
    "secure_compare", "^", "=", "put_session", "get_session", "put_resp_cookie", "state:",
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
    "reload", "reload!", "insert_or_update", "drop", "drop_if_exists", "put_change", "force_change",
    "change", "transaction", "autogenerate:",
    // templates
    "@flash", "live_flash",
    // modules whose functions only compute a value (unused results)
    "Enum", "Stream", "String", "List", "Keyword", "Map", "MapSet", "Path", "Regex", "Tuple",
    "Integer", "Float", "Base", "URI", "Atom", "Date", "DateTime", "NaiveDateTime", "Time",
    "Decimal"};

inline constexpr int kCount = int(std::size(kWords));
inline constexpr size_t kMaxLength = 32;
// A power of two, sixteen times the word count: a name that is no word almost always lands
// on an empty slot, so one load turns it away.
inline constexpr size_t kSlots = 4096;

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

} // namespace words

class WordIndex
{
public:
    using SV = std::string_view;

    WordIndex() = default;

    // Files code position k under its word when `text` is a known word.
    Q_ALWAYS_INLINE void add(SV text, int k)
    {
        // Most tokens are no word: their hash lands on an empty slot, checked inline.
        const size_t len = text.size();
        if (len - 1 >= words::kMaxLength) // also rejects the empty text
            return;
        const size_t slot = words::hashOf(text) & (words::kSlots - 1);
        if (words::kSlotTable[slot] < 0)
            return;
        file(text, k);
    }

    // Groups the filed positions by word; call once after the last add(), before where().
    void finish();

    // Positions of `word`, ascending. `word` must be a known word (see words::kWords):
    // asking for another is a programming error, caught by an assertion in debug builds.
    std::span<const int> where(SV word) const;
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
            m_hits.push_back({id, k});
    }

    struct Hit
    {
        int id;
        int k;
    };
    // Filed in source order, then grouped by word (a stable counting sort, so each word's
    // positions stay ascending): one growing array, not one per word.
    std::vector<Hit> m_hits;
    std::vector<int> m_offsets; // word id -> first index in m_positions; kCount + 1 entries
    std::vector<int> m_positions;
};

} // namespace pwb
