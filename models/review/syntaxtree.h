// SPDX-License-Identifier: MIT
// A light syntax tree over the lexer's tokens: bracket and do/end pairs, modules (with the
// behaviours they use, their aliases and attributes), definitions (name, arity, head, guard,
// body), and the questions rules ask of them: "inside which callback of which behaviour is
// this token", "is this value from the request", "is this the prod config". Built in one
// linear pass; queries are cheap enough to run per token. Rules never see comments.
#pragma once

#include "core/diagnostic.h"
#include "token.h"
#include "wordindex.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace pwb {

class SyntaxTree
{
public:
    using K = TokenKind;
    using SV = std::string_view;

    // What a module is, from `use`/`@behaviour`: the rules care about process callbacks.
    enum Role : quint32
    {
        GenServer = 1 << 0,
        LiveView = 1 << 1,
        LiveComponent = 1 << 2,
        Channel = 1 << 3,
        Controller = 1 << 4,
        Router = 1 << 5,
        Endpoint = 1 << 6,
        Supervisor = 1 << 7,
        GenStatem = 1 << 8,
        Component = 1 << 9, // Phoenix.Component / :html
        Socket = 1 << 10,
        Repo = 1 << 11,
        Mailer = 1 << 12,
        Application = 1 << 13,
        ObanWorker = 1 << 14,
        Process = GenServer | LiveView | LiveComponent | Channel | GenStatem,
    };

    struct Module
    {
        QString name;
        int k = 0;     // the defmodule keyword
        int begin = 0; // code positions of the body [begin, end)
        int end = 0;
        int parent = -1;
        bool hasModuledoc = false;
        bool moduledocFalse = false;
        QStringList uses; // "GenServer", "ShopWeb:live_view", and @behaviour modules
        quint32 roles = 0;
    };

    struct Def
    {
        int k = 0;     // the def keyword
        int nameK = 0; // its FunctionName
        SV name;
        int arity = 0;
        bool isPrivate = false;
        bool isMacro = false;
        int headBegin = 0; // parameters and guard, code positions [headBegin, headEnd)
        int headEnd = 0;
        int bodyBegin = 0; // code positions [bodyBegin, bodyEnd)
        int bodyEnd = 0;
        int module = -1;
        bool hasDoc = false; // @doc (or @doc false) right above
        bool docFalse = false;
        bool hasImpl = false;
    };

    SyntaxTree(QByteArrayView src, const QList<Token>& all);

    // Unbalanced brackets or do/fn...end: the first one, as an error diagnostic.
    Diagnostics structureDiagnostics(const QString& path) const;

    // --- tokens (code positions: comments left out) -------------------------------------
    Q_ALWAYS_INLINE int n() const { return m_n; }
    Q_ALWAYS_INLINE const Token& T(int k) const { return m_all.at(m_code[size_t(k)]); }
    Q_ALWAYS_INLINE SV X(int k) const { return m_text[size_t(k)]; }
    Q_ALWAYS_INLINE bool is(int k, K kind) const
    {
        return k >= 0 && k < m_n && m_kind[size_t(k)] == kind;
    }
    Q_ALWAYS_INLINE static bool same(SV a, SV b)
    {
        // The first byte settles almost every comparison without a call to memcmp.
        return a.size() == b.size() &&
               (b.empty() || (a[0] == b[0] && __builtin_memcmp(a.data(), b.data(), b.size()) == 0));
    }
    Q_ALWAYS_INLINE bool is(int k, K kind, SV text) const
    {
        return is(k, kind) && same(m_text[size_t(k)], text);
    }
    Q_ALWAYS_INLINE bool punct(int k, char c) const
    {
        return is(k, K::Punctuation) && m_text[size_t(k)].size() == 1 && m_text[size_t(k)][0] == c;
    }
    Q_ALWAYS_INLINE bool op(int k, SV text) const { return is(k, K::Operator, text); }
    Q_ALWAYS_INLINE K kindAt(int k) const { return m_kind[size_t(k)]; }
    // The matching bracket, do/end or fn/end, interpolation or HEEx brace; -1 when unmatched.
    int match(int k) const { return k >= 0 && k < m_n ? m_match[size_t(k)] : -1; }
    static QString str(SV v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

    // Code positions of a word the rules look for (see WordIndex), ascending.
    std::span<const int> where(SV word) const { return m_words.where(word); }
    std::vector<int> whereAny(std::initializer_list<SV> words) const
    {
        return m_words.whereAny(words);
    }
    // Code positions of the tokens of one kind, ascending: strings, heredocs, keyword keys,
    // module attributes and HTML tags only (the kinds rules scan for).
    const std::vector<int>& ofKind(K kind) const
    {
        Q_ASSERT(kind == K::String || kind == K::Heredoc || kind == K::KeywordKey ||
                 kind == K::ModuleAttribute || kind == K::HtmlTag);
        return m_ofKind[size_t(kind)];
    }
    // Code positions that are first on their line or follow a `;`, ascending: every place a
    // statement of a block can begin.
    const std::vector<int>& lineStarts() const { return m_lineStarts; }
    // The positions in `list` within [b, e).
    static std::pair<const int*, const int*> within(std::span<const int> list, int b, int e)
    {
        const int* lo = std::lower_bound(list.data(), list.data() + list.size(), b);
        return {lo, std::lower_bound(lo, list.data() + list.size(), e)};
    }

    // --- calls --------------------------------------------------------------------------
    // An alias chain Foo.Bar.Baz starting at k; returns the name and sets *last.
    QString aliasAt(int k, int* last = nullptr) const;
    // For an identifier at k called remotely (`Mod.fun` / `:erl.fun`), the module as
    // written; else empty.
    QString remoteModule(int k) const;
    // `Mod.fun` where Mod is the alias or ends with `.suffix`.
    bool isRemote(int k, SV fun, const char* moduleSuffix) const;
    bool isLocalCall(int k, SV fun) const;
    // Argument range of a call at k: [*b, *e). False when there is none.
    bool callArgs(int k, int* b, int* e) const;
    // Depth-0 argument starts within [b, e).
    std::vector<int> splitArgs(int b, int e) const;
    static int argEnd(const std::vector<int>& args, size_t i, int e)
    {
        return i + 1 < args.size() ? args[i + 1] - 1 : e;
    }
    // The value piped into the call at k (`x |> f()`): its range, false when not piped.
    bool pipedInto(int k, int* b, int* e) const;
    struct Arg
    {
        int b = 0;
        int e = 0; // exclusive
    };
    // The arguments of the call at k as the function receives them: a value piped in is
    // the first (`code |> EEx.eval_string()` evaluates `code`). Empty for `f()`.
    std::vector<Arg> arguments(int k) const;
    // The first token of the call at k: `Mod` of `Mod.Sub.f` or `:mod` of `:mod.f`; k for
    // a local call.
    int callHead(int k) const;
    bool rangeHas(int b, int e, K kind) const;
    bool rangeHas(int b, int e, K kind, SV text) const;
    // A literal string: String/Sigil segments only, no interpolation.
    bool isLiteralString(int b, int e) const;
    // Only literals (strings, atoms, numbers, lists and tuples of them, module names).
    bool isLiteral(int b, int e) const;
    // The `do` that opens the body of a construct starting at k (skipping bracket groups),
    // or -1. *inlineDo is set for `do:`.
    int findDo(int k, bool* inlineDo) const;
    // End of an inline `do:` expression.
    int inlineEnd(int k) const;
    // Body [*b, *e) of the block whose `do`/`do:` is at d.
    void blockOf(int d, bool inlineDo, int* b, int* e) const;
    // End of the expression starting at b: the end of its line at depth 0, continued over
    // operators, commas inside brackets and pipes.
    int expressionEnd(int b, int limit) const;

    // --- structure ----------------------------------------------------------------------
    const std::vector<Module>& modules() const { return m_modules; }
    const std::vector<Def>& defs() const { return m_defs; }
    // Index of the innermost definition whose body holds k, or -1.
    int defAt(int k) const;
    // Whether k lies in a definition's parameters or guard (default arguments are evaluated
    // at each call, not at compile time).
    bool inDefHead(int k) const;
    // Index of the innermost module whose body holds k, or -1.
    int moduleAt(int k) const;
    // Roles of a module including those of its enclosing modules.
    quint32 rolesOf(int module) const;
    bool moduleUses(int mod, const char* what) const;
    // Whether k is inside a module body but outside every definition (compile time).
    bool inModuleBody(int k) const { return moduleAt(k) >= 0 && defAt(k) < 0; }
    // Whether the def is a callback of one of its module's behaviours.
    bool isCallback(const Def& d) const;
    // Names of the functions of the same module reachable from def i through local calls
    // (i included).
    std::vector<int> reachableDefs(int i) const;
    // Whether the `fn` at k is an argument of spawn/spawn_link/Task.start/Task.async...:
    // its body runs in another process.
    bool startsProcessWith(int k) const;
    // The nearest `name = ...` before the identifier k in the same definition (from the
    // file's start outside one): the index of `name`, or -1.
    int assignmentBefore(int k) const;

    // --- data flow (one definition, forward, no aliasing) --------------------------------
    // Whether the value [b, e) comes from the request: a binding of the params pattern of a
    // controller action, LiveView/Channel callback, `params[...]`, `conn.params`,
    // `conn.query_params`/`body_params`/`path_params`, or a variable assigned from those
    // earlier in the same definition.
    bool fromRequest(int b, int e) const;
    // Whether request data appears anywhere in [b, e), even inside calls that transform it
    // (fromRequest asks whether it flows out of the expression).
    bool mentionsRequest(int b, int e) const;
    // Whether the value [b, e) is built by interpolation or concatenation, following one
    // local variable back to its assignment in the same definition.
    bool builtByInterpolation(int b, int e, int depth = 0) const;

    // --- config files -------------------------------------------------------------------
    // Ranges of `if config_env() == :prod do ... end` (and `Mix.env() == :prod`).
    bool inProdBlock(int k) const;
    bool inNonProdBlock(int k) const; // `if config_env() == :dev/:test do` or `!= :prod`

private:
    // Index of the innermost def whose [begin, end) range holds k, or -1.
    int defHolding(int k, int Def::*begin, int Def::*end) const;
    void buildStructure();
    void buildEnvBlocks();
    int arityOf(int headBegin, int headEnd) const;
    // Identifiers bound by the request parameters of def i (in its head); sorted.
    std::vector<SV> requestBindings(int i) const;
    // What carries request data in one definition: the names its head binds from the
    // request and, for each variable its body taints, the token of the first tainting
    // assignment. Hashed and worked out once per definition, so each check is O(1) and
    // many calls in one long body (each asking fromRequest) stay linear.
    struct Taint
    {
        std::unordered_set<SV> bindings;
        std::unordered_map<SV, int> firstAssigned; // first tainted assignment of each name
        std::unordered_map<SV, int> assignedAt;    // first assignment of each name, any value
    };
    const Taint& taintOf(int i) const;
    // fromRequest and mentionsRequest: request data in [b, e), flowing out of it or not.
    bool requestIn(int b, int e, bool mustFlowOut) const;
    // Whether token j is request data, counting assignments before token `before` only.
    bool taintedAt(int j, bool web, const Taint& taint, int before) const;
    // Whether the value at j flows out of the expression starting at `from` (only calls that
    // pass their input through, like trim or join, keep it): no call that replaces its input
    // encloses j at or after `from`. O(1) on the blockers table.
    bool reaches(int j, int from) const;
    // For each token, the innermost enclosing `name(` whose result is not its input, or -1:
    // one pass over the matched brackets, on first use.
    void buildBlockers() const;

    QByteArrayView m_src;
    const QList<Token>& m_all;
    std::vector<int> m_code;
    std::vector<K> m_kind;
    std::vector<SV> m_text;
    WordIndex m_words;
    std::array<std::vector<int>, size_t(K::Error) + 1> m_ofKind;
    std::vector<int> m_lineStarts;
    int m_n = 0;
    std::vector<int> m_match;
    std::vector<Module> m_modules;
    std::vector<Def> m_defs;
    std::vector<int> m_defByBody; // def indexes sorted by bodyBegin (defs are in order)
    std::vector<std::pair<int, int>> m_prodBlocks;
    std::vector<std::pair<int, int>> m_nonProdBlocks;
    int m_unbalanced = -1; // first unmatched opener or closer
    // taintOf() per def and the blockers table, filled on first use (a tree is used by one
    // thread).
    mutable std::vector<std::optional<Taint>> m_taints;
    mutable std::vector<int> m_blocker;
};

} // namespace pwb
