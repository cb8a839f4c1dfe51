// SPDX-License-Identifier: MIT
#include "ruleengine.h"

#include "elixirlexer.h"
#include "rulecatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

namespace pwb {

namespace {

using K = TokenKind;
using SV = std::string_view;

QString tr(const char* s)
{
    return QCoreApplication::translate("RuleEngine", s);
}

SV sv(QByteArrayView v)
{
    return SV(v.data(), size_t(v.size()));
}

struct Def
{
    int k = 0;     // the def keyword
    int nameK = 0; // its FunctionName
    SV name;
    bool isPrivate = false;
    bool isMacro = false;
    int bodyBegin = 0; // code positions [bodyBegin, bodyEnd)
    int bodyEnd = 0;
    int module = -1;
    bool hasDoc = false; // @doc (or @doc false) right above
    bool docFalse = false;
    bool hasImpl = false;
};

struct Module
{
    QString name;
    int k = 0;
    int begin = 0; // code positions of the body
    int end = 0;
    int parent = -1;
    bool hasModuledoc = false;
    bool moduledocFalse = false;
    QStringList uses; // "GenServer", "ShopWeb:live_view"
};

struct Attr
{
    SV name;
    int k = 0;        // the attribute token
    QByteArray value; // literal value without quotes
    bool dynamic = false;
    bool hasValue = false;
};

struct Element
{
    SV name;      // "div", ".link", "img"
    int k = 0;    // the `<name` token
    int endK = 0; // the `>` or `/>` token, or where it stopped
    bool selfClosing = false;
    QList<Attr> attrs;
    const Attr* attr(SV n) const
    {
        for (const Attr& a : attrs) {
            if (a.name == n)
                return &a;
        }
        return nullptr;
    }
};

class FileRules
{
public:
    FileRules(const QString& path, const QByteArray& src, FileAnalysis& out)
        : m_path(path)
        , m_src(src)
        , m_out(out)
    {
        const auto mode = ElixirLexer::modeForPath(path);
        auto r = ElixirLexer::tokenize(src, mode, path);
        m_all = std::move(r.tokens);
        out.diagnostics = std::move(r.diagnostics);
        m_code.reserve(size_t(m_all.size()));
        m_kind.reserve(size_t(m_all.size()));
        m_text.reserve(size_t(m_all.size()));
        for (int i = 0; i < m_all.size(); ++i) {
            const Token& t = m_all.at(i);
            if (t.kind != K::Comment && t.kind != K::HtmlComment) {
                m_code.push_back(i);
                m_kind.push_back(t.kind);
                m_text.push_back(SV(src.constData() + t.begin, size_t(t.end - t.begin)));
            }
        }
        m_n = int(m_code.size());
        m_template = mode != ElixirLexer::Mode::Elixir;
        m_isTest = path.startsWith(u"test/") || path.contains(u"/test/");
        m_isLib = !m_isTest && (path.startsWith(u"lib/") || path.contains(u"/lib/"));
        m_isConfig =
            (path.startsWith(u"config/") || path.contains(u"/config/")) && path.endsWith(u".exs");
        m_isMigration = path.contains(u"priv/repo/migrations/") || path.contains(u"/migrations/");
        m_isEx = path.endsWith(u".ex");
        buildMatches();
        buildStructure();
    }

    void run()
    {
        securityRules();
        performanceRules();
        otpRules();
        templateRules();
        ectoRules();
        documentationRules();
        collectFacts();
    }

private:
    const QString& m_path;
    const QByteArray& m_src;
    FileAnalysis& m_out;
    QList<Token> m_all;
    std::vector<int> m_code;
    std::vector<K> m_kind; // per code position, for the hot checks
    std::vector<SV> m_text;
    int m_n = 0;
    std::vector<int> m_match;
    std::vector<Module> m_modules;
    std::vector<Def> m_defs;
    std::vector<bool> m_genServer; // per module: uses GenServer (itself or a parent)
    bool m_template = false;
    bool m_isTest = false;
    bool m_isLib = false;
    bool m_isConfig = false;
    bool m_isMigration = false;
    bool m_isEx = false;
    QSet<int> m_reported; // (rule index << 24 | k) to fire once per place

    // --- token helpers --------------------------------------------------------------------

    // The hot checks: always inlined so comparisons with literals fold into a few compares.
    Q_ALWAYS_INLINE int n() const { return m_n; }
    Q_ALWAYS_INLINE const Token& T(int k) const { return m_all.at(m_code[size_t(k)]); }
    Q_ALWAYS_INLINE SV X(int k) const { return m_text[size_t(k)]; }
    Q_ALWAYS_INLINE bool is(int k, K kind) const
    {
        return k >= 0 && k < m_n && m_kind[size_t(k)] == kind;
    }
    Q_ALWAYS_INLINE static bool same(SV a, SV b)
    {
        return a.size() == b.size() && __builtin_memcmp(a.data(), b.data(), b.size()) == 0;
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
    int match(int k) const { return k >= 0 && k < n() ? m_match[size_t(k)] : -1; }

    void buildMatches()
    {
        m_match.assign(size_t(n()), -1);
        std::vector<std::pair<int, char>> stack;
        for (int k = 0; k < n(); ++k) {
            const Token& t = T(k);
            char open = 0;
            char close = 0;
            const SV x = X(k);
            switch (t.kind) {
            case K::Punctuation:
                if (x == "(" || x == "[" || x == "{")
                    open = x[0];
                else if (x == ")")
                    close = '(';
                else if (x == "]")
                    close = '[';
                else if (x == "}")
                    close = '{';
                break;
            case K::Keyword:
                if (x == "do" || x == "fn")
                    open = 'D';
                else if (x == "end")
                    close = 'D';
                break;
            case K::Interpolation:
                if (x == "#{")
                    open = 'I';
                else
                    close = 'I';
                break;
            case K::EExDelimiter:
                if (x == "{")
                    open = 'E';
                else if (x == "}")
                    close = 'E';
                break;
            default:
                break;
            }
            if (open) {
                stack.emplace_back(k, open);
            } else if (close) {
                // Tolerate a few unmatched openers (broken code) but not a whole file's worth.
                for (int d = int(stack.size()) - 1; d >= 0 && d >= int(stack.size()) - 8; --d) {
                    if (stack[size_t(d)].second == close) {
                        m_match[size_t(stack[size_t(d)].first)] = k;
                        m_match[size_t(k)] = stack[size_t(d)].first;
                        stack.resize(size_t(d));
                        break;
                    }
                }
            }
        }
    }

    // An alias chain Foo.Bar.Baz starting at k; returns the name and sets *last.
    QString aliasAt(int k, int* last = nullptr) const
    {
        QString name;
        int e = k;
        if (!is(k, K::Module)) {
            if (last)
                *last = k;
            return {};
        }
        name = QString::fromUtf8(X(k).data(), qsizetype(X(k).size()));
        while (op(e + 1, ".") && is(e + 2, K::Module)) {
            name += u'.' + QString::fromUtf8(X(e + 2).data(), qsizetype(X(e + 2).size()));
            e += 2;
        }
        if (last)
            *last = e;
        return name;
    }

    // For an identifier at k called remotely (`Mod.fun` / `:erl.fun`), the module; else empty.
    QString remoteModule(int k) const
    {
        if (!op(k - 1, "."))
            return {};
        int b = k - 2;
        if (is(b, K::Atom))
            return QString::fromUtf8(X(b).data(), qsizetype(X(b).size()));
        if (!is(b, K::Module))
            return {};
        while (op(b - 1, ".") && is(b - 2, K::Module))
            b -= 2;
        return aliasAt(b);
    }

    bool isRemote(int k, SV fun, const char* moduleSuffix) const
    {
        if (!is(k, K::Identifier, fun))
            return false;
        const QString m = remoteModule(k);
        if (m.isEmpty())
            return false;
        const QLatin1StringView suffix(moduleSuffix);
        return m == suffix || m.endsWith(u'.' + QString(suffix));
    }

    bool isLocalCall(int k, SV fun) const
    {
        return is(k, K::Identifier, fun) && !op(k - 1, ".") && !op(k - 1, "&") &&
               (punct(k + 1, '(') || (k + 1 < n() && T(k + 1).line == T(k).line &&
                                      !is(k + 1, K::Operator) && !is(k + 1, K::Punctuation)));
    }

    // Argument range of a call at k: [*b, *e) in code positions. False when there is none.
    bool callArgs(int k, int* b, int* e) const
    {
        if (punct(k + 1, '(')) {
            const int m = match(k + 1);
            if (m < 0)
                return false;
            *b = k + 2;
            *e = m;
            return true;
        }
        // No parentheses: to the end of the line at depth 0, or the end of the EEx tag.
        const int line = T(k).line;
        int j = k + 1;
        *b = j;
        while (j < n() && T(j).line == line) {
            if (is(j, K::EExDelimiter) || punct(j, ')') || punct(j, ']') || punct(j, '}') ||
                is(j, K::Keyword, "do"))
                break;
            if (const int m = match(j); m > j) {
                j = m + 1;
                continue;
            }
            ++j;
        }
        *e = j;
        return *e > *b;
    }

    // Depth-0 argument starts within [b, e).
    std::vector<int> splitArgs(int b, int e) const
    {
        std::vector<int> out;
        if (b >= e)
            return out;
        out.push_back(b);
        for (int j = b; j < e; ++j) {
            if (const int m = match(j); m > j) {
                j = m;
                continue;
            }
            if (punct(j, ',') && j + 1 < e)
                out.push_back(j + 1);
        }
        return out;
    }

    int argEnd(const std::vector<int>& args, size_t i, int e) const
    {
        return i + 1 < args.size() ? args[i + 1] - 1 : e;
    }

    bool rangeHas(int b, int e, K kind) const
    {
        for (int j = b; j < e; ++j) {
            if (is(j, kind))
                return true;
        }
        return false;
    }
    bool rangeHas(int b, int e, K kind, SV text) const
    {
        for (int j = b; j < e; ++j) {
            if (is(j, kind, text))
                return true;
        }
        return false;
    }

    // A literal string: String/Sigil segments only, no interpolation.
    bool isLiteralString(int b, int e) const
    {
        if (b >= e)
            return false;
        for (int j = b; j < e; ++j) {
            const K kind = T(j).kind;
            if (kind != K::String && kind != K::Heredoc && kind != K::Sigil && kind != K::Charlist)
                return false;
        }
        return true;
    }

    int defAt(int k) const
    {
        int best = -1;
        for (int i = 0; i < int(m_defs.size()); ++i) {
            const Def& d = m_defs[size_t(i)];
            if (k >= d.bodyBegin && k < d.bodyEnd)
                best = i; // innermost wins: defs are in source order
        }
        return best;
    }

    bool moduleUses(int mod, const char* what) const
    {
        if (mod >= 0 && mod < int(m_genServer.size()) && QLatin1StringView(what) == "GenServer")
            return m_genServer[size_t(mod)];
        for (int m = mod; m >= 0; m = m_modules[size_t(m)].parent) {
            for (const QString& u : m_modules[size_t(m)].uses) {
                if (u == QLatin1StringView(what) || u.endsWith(QLatin1StringView(what)))
                    return true;
            }
        }
        return false;
    }

    // --- structure: modules and definitions -------------------------------------------------

    // The `do` that opens the body of a construct starting at k (skipping bracket groups),
    // or -1. *inline is set for `do:`.
    int findDo(int k, bool* inlineDo) const
    {
        for (int j = k; j < n(); ++j) {
            if (is(j, K::Keyword, "do")) {
                *inlineDo = false;
                return j;
            }
            if (is(j, K::KeywordKey, "do:")) {
                *inlineDo = true;
                return j;
            }
            if (is(j, K::Keyword) && (X(j) == "def" || X(j) == "defp" || X(j) == "end" ||
                                      X(j) == "defmodule" || X(j) == "defmacro"))
                return -1;
            if (const int m = match(j); m > j && !is(j, K::Keyword))
                j = m;
        }
        return -1;
    }

    // End of an inline `do:` expression: the first token on a later line at depth 0 that
    // does not continue the expression.
    int inlineEnd(int k) const
    {
        int j = k + 1;
        int lastLine = T(k).line;
        while (j < n()) {
            if (T(j).line > lastLine && !is(j - 1, K::Operator) && !punct(j - 1, ',') &&
                !is(j, K::Operator))
                break;
            if (punct(j, ')') || punct(j, ']') || punct(j, '}') || is(j, K::Keyword, "end"))
                break;
            if (const int m = match(j); m > j) {
                j = m;
            }
            lastLine = T(j).line;
            ++j;
        }
        return j;
    }

    void buildStructure()
    {
        std::vector<int> modStack;
        bool pendingDoc = false;
        bool pendingDocFalse = false;
        bool pendingImpl = false;
        for (int k = 0; k < n(); ++k) {
            while (!modStack.empty() && k >= m_modules[size_t(modStack.back())].end)
                modStack.pop_back();
            const Token& t = T(k);
            if (t.kind == K::ModuleAttribute) {
                const SV x = X(k);
                if (x == "@doc") {
                    pendingDoc = true;
                    pendingDocFalse = is(k + 1, K::Keyword, "false");
                } else if (x == "@impl") {
                    pendingImpl = true;
                } else if (x == "@moduledoc" && !modStack.empty()) {
                    Module& m = m_modules[size_t(modStack.back())];
                    m.hasModuledoc = true;
                    m.moduledocFalse = is(k + 1, K::Keyword, "false");
                } else if (x == "@behaviour" && !modStack.empty()) {
                    m_modules[size_t(modStack.back())].uses.append(aliasAt(k + 1));
                }
                continue;
            }
            if (t.kind != K::Keyword)
                continue;
            const SV x = X(k);
            if (x == "defmodule" || x == "defprotocol" || x == "defimpl") {
                Module m;
                int last = k;
                m.name = aliasAt(k + 1, &last);
                m.k = k;
                bool inl = false;
                const int d = findDo(last + 1, &inl);
                if (d < 0 || inl)
                    continue;
                m.begin = d + 1;
                m.end = match(d) > d ? match(d) : n();
                m.parent = modStack.empty() ? -1 : modStack.back();
                m_modules.push_back(m);
                modStack.push_back(int(m_modules.size()) - 1);
                pendingDoc = pendingImpl = false;
                continue;
            }
            if (x == "use" && !modStack.empty()) {
                int last = k;
                QString used = aliasAt(k + 1, &last);
                if (punct(last + 1, ',') && is(last + 2, K::Atom))
                    used += QString::fromUtf8(X(last + 2).data(), qsizetype(X(last + 2).size()));
                m_modules[size_t(modStack.back())].uses.append(used);
                continue;
            }
            const bool isDef = x == "def" || x == "defp" || x == "defmacro" || x == "defmacrop";
            if (!isDef || !is(k + 1, K::FunctionName))
                continue;
            Def d;
            d.k = k;
            d.nameK = k + 1;
            d.name = X(k + 1);
            d.isPrivate = x == "defp" || x == "defmacrop";
            d.isMacro = x == "defmacro" || x == "defmacrop";
            d.module = modStack.empty() ? -1 : modStack.back();
            d.hasDoc = pendingDoc;
            d.docFalse = pendingDocFalse;
            d.hasImpl = pendingImpl;
            pendingDoc = pendingImpl = pendingDocFalse = false;
            bool inl = false;
            const int dk = findDo(k + 2, &inl);
            if (dk < 0) {
                d.bodyBegin = d.bodyEnd = k + 2;
            } else if (inl) {
                d.bodyBegin = dk + 1;
                d.bodyEnd = inlineEnd(dk);
            } else {
                d.bodyBegin = dk + 1;
                d.bodyEnd = match(dk) > dk ? match(dk) : n();
            }
            m_defs.push_back(d);
        }
    }

    // --- findings -------------------------------------------------------------------------

    Finding& add(const char* rule, int k, const QString& message)
    {
        const Token& t = T(k);
        Finding f = RuleEngine::make(QLatin1StringView(rule), m_path, t.line, t.column, message);
        f.endLine = t.line;
        f.endColumn = t.column + ElixirLexer::utf16Length(m_src, t);
        m_out.findings.append(f);
        return m_out.findings.last();
    }

    bool once(int ruleTag, int k)
    {
        const int key = (ruleTag << 24) | k;
        if (m_reported.contains(key))
            return false;
        m_reported.insert(key);
        return true;
    }

    Replacement insertAt(qsizetype offset, int line, int column, const QString& text) const
    {
        Replacement r;
        r.path = m_path;
        r.line = r.endLine = line;
        r.column = r.endColumn = column;
        r.begin = r.end = offset;
        r.newText = text;
        return r;
    }
    Replacement replaceToken(int k, const QString& text) const
    {
        const Token& t = T(k);
        Replacement r;
        r.path = m_path;
        r.line = r.endLine = t.line;
        r.column = t.column;
        r.endColumn = t.column + ElixirLexer::utf16Length(m_src, t);
        r.begin = t.begin;
        r.end = t.end;
        r.newText = text;
        return r;
    }
    // Insertion at the start of the line holding token k.
    Replacement insertLineBefore(int k, const QString& text) const
    {
        const Token& t = T(k);
        qsizetype ls = t.begin;
        while (ls > 0 && m_src.at(ls - 1) != '\n')
            --ls;
        return insertAt(ls, t.line, 1, text);
    }
    QString indentOf(int k) const
    {
        const Token& t = T(k);
        qsizetype ls = t.begin;
        while (ls > 0 && m_src.at(ls - 1) != '\n')
            --ls;
        qsizetype e = ls;
        while (e < m_src.size() && (m_src.at(e) == ' ' || m_src.at(e) == '\t'))
            ++e;
        return QString::fromUtf8(m_src.mid(ls, e - ls));
    }
    QString lineAt(int k) const
    {
        const Token& t = T(k);
        qsizetype ls = t.begin;
        while (ls > 0 && m_src.at(ls - 1) != '\n')
            --ls;
        qsizetype e = m_src.indexOf('\n', t.begin);
        if (e < 0)
            e = m_src.size();
        return Fingerprint::normalizedLine(QByteArrayView(m_src).sliced(ls, e - ls));
    }
    QString str(SV v) const { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

    // --- security -------------------------------------------------------------------------

    // Whether the value at [b, e) is built by interpolation or concatenation, following one
    // local variable back to its assignment in the same definition.
    bool builtByInterpolation(int b, int e, int depth = 0) const
    {
        if (rangeHas(b, e, K::Interpolation) || rangeHas(b, e, K::Operator, "<>"))
            return true;
        if (depth == 0 && e == b + 1 && is(b, K::Identifier)) {
            const int d = defAt(b);
            const int from = d >= 0 ? m_defs[size_t(d)].bodyBegin : 0;
            for (int j = b - 1; j >= from; --j) {
                if (is(j, K::Identifier, X(b)) && op(j + 1, "=")) {
                    const int line = T(j).line;
                    int end = j + 2;
                    while (end < n() && (T(end).line == line || is(end - 1, K::Operator))) {
                        if (const int m = match(end); m > end)
                            end = m;
                        ++end;
                    }
                    return builtByInterpolation(j + 2, std::min(end, b), 1);
                }
            }
        }
        return false;
    }

    void securityRules()
    {
        const bool secretsApply =
            (m_isConfig && !m_path.endsWith(u"/runtime.exs") && m_path != u"config/runtime.exs") ||
            m_isLib;
        for (int k = 0; k < n(); ++k) {
            const K kind = m_kind[size_t(k)];
            // Only identifiers starting like one the rules look for go further.
            if (kind == K::Identifier && std::strchr("fqrtblvp", X(k)[0])) {
                const SV x = X(k);
                int b = 0, e = 0;
                // SQL by interpolation.
                const bool sqlCall =
                    (x == "fragment" && !op(k - 1, ".")) ||
                    ((x == "query" || x == "query!" || x == "query_many" || x == "query_many!") &&
                     (remoteModule(k).endsWith(u"Repo") || remoteModule(k).endsWith(u"SQL")));
                if (sqlCall && callArgs(k, &b, &e)) {
                    const auto args = splitArgs(b, e);
                    // Ecto.Adapters.SQL.query(repo, sql, params): the SQL comes second.
                    const size_t sqlArg = remoteModule(k).endsWith(u"SQL") ? 1 : 0;
                    if (args.size() > sqlArg &&
                        builtByInterpolation(args[sqlArg], argEnd(args, sqlArg, e)))
                        add("security/sql-interpolation", k,
                            tr("%1 gets SQL built by interpolation or concatenation").arg(str(x)));
                }
                // raw/1 on data.
                if (x == "raw" && (!op(k - 1, ".") || remoteModule(k).endsWith(u"HTML")) &&
                    callArgs(k, &b, &e) && !isLiteralString(b, e))
                    add("security/raw-html", k, tr("raw/1 outputs data without HTML escaping"));
                // String.to_atom on non-literals.
                if ((isRemote(k, "to_atom", "String") || isRemote(k, "binary_to_atom", ":erlang") ||
                     isRemote(k, "list_to_atom", ":erlang")) &&
                    callArgs(k, &b, &e) && !isLiteralString(b, e)) {
                    Finding& f = add("security/string-to-atom", k,
                                     tr("%1 turns a runtime value into a new atom")
                                         .arg(remoteModule(k) + u'.' + str(x)));
                    if (x == "to_atom")
                        f.replacements.append(replaceToken(k, QStringLiteral("to_existing_atom")));
                }
                // Phoenix.Token.verify without max_age.
                if (isRemote(k, "verify", "Token") && callArgs(k, &b, &e) &&
                    !rangeHas(b, e, K::KeywordKey, "max_age:")) {
                    Finding& f = add("security/token-max-age", k,
                                     tr("Phoenix.Token.verify without max_age accepts tokens of "
                                        "any age"));
                    if (punct(k + 1, '(')) {
                        const Token& close = T(e);
                        f.replacements.append(insertAt(close.begin, close.line, close.column,
                                                       QStringLiteral(", max_age: 86_400")));
                    }
                }
                // Browser pipeline.
                if (x == "pipeline" && is(k + 1, K::Atom, ":browser")) {
                    bool inl = false;
                    const int d = findDo(k + 2, &inl);
                    if (d >= 0 && !inl && match(d) > d) {
                        const int end = match(d);
                        const char* needed[] = {":protect_from_forgery",
                                                ":put_secure_browser_headers"};
                        for (const char* plug : needed) {
                            bool found = false;
                            for (int j = d + 1; j < end && !found; ++j)
                                found = is(j, K::Identifier, "plug") && is(j + 1, K::Atom, plug);
                            if (found)
                                continue;
                            Finding& f = add("security/browser-pipeline", k,
                                             tr("the :browser pipeline has no plug %1")
                                                 .arg(QLatin1StringView(plug)));
                            f.replacements.append(
                                insertLineBefore(end, indentOf(k) + QStringLiteral("  plug ") +
                                                          QLatin1StringView(plug) + u'\n'));
                        }
                    }
                }
            }
            // {:safe, data}
            if (punct(k, '{') && is(k + 1, K::Atom, ":safe") && punct(k + 2, ',')) {
                const int close = match(k);
                if (close > k + 3 && !isLiteralString(k + 3, close))
                    add("security/raw-html", k + 1,
                        tr("{:safe, ...} marks data as already escaped HTML"));
            }
            if (kind == K::EExDelimiter && X(k) == "<%==")
                add("security/eex-unescaped", k, tr("<%== outputs its value without escaping"));
            // Hard-coded secrets: `key: "literal"` and `@key "literal"`.
            if (secretsApply && (kind == K::KeywordKey || kind == K::ModuleAttribute)) {
                SV name = X(k);
                if (kind == K::KeywordKey)
                    name.remove_suffix(1);
                else
                    name.remove_prefix(1);
                if (isSecretName(name) && (is(k + 1, K::String) || is(k + 1, K::Heredoc)) &&
                    T(k + 1).size() > 2 && !is(k + 2, K::Interpolation)) {
                    Finding& f = add("security/hardcoded-secret", k + 1,
                                     tr("%1 is set to a literal in %2")
                                         .arg(str(name), m_path.section(u'/', -1)));
                    if (m_path.endsWith(u"/dev.exs") || m_path.endsWith(u"/test.exs") ||
                        m_path == u"config/dev.exs" || m_path == u"config/test.exs")
                        f.severity = Finding::Severity::Low;
                }
            }
        }
    }

    static bool isSecretName(SV raw)
    {
        if (raw.size() < 5 || raw.size() > 63)
            return false;
        char buf[64];
        for (size_t i = 0; i < raw.size(); ++i)
            buf[i] = char(std::tolower(static_cast<unsigned char>(raw[i])));
        const SV name(buf, raw.size());
        auto has = [&](SV w) { return name.find(w) != SV::npos; };
        if (has("salt"))
            return false;
        return has("password") || has("secret") || name.ends_with("token") || has("api_key") ||
               has("apikey") || has("access_key") || has("private_key") || has("encryption_key") ||
               has("signing_key");
    }

    // --- performance ----------------------------------------------------------------------

    static bool isRepoFunction(SV f)
    {
        static const SV fns[] = {"all",     "get",    "get!",    "get_by",          "get_by!",
                                 "one",     "one!",   "insert",  "insert!",         "update",
                                 "update!", "delete", "delete!", "preload",         "aggregate",
                                 "exists?", "reload", "reload!", "insert_or_update"};
        for (SV x : fns) {
            if (x == f)
                return true;
        }
        return false;
    }
    bool isRepoCall(int k) const
    {
        // `...Repo.fun`: the alias segment before the dot ends in Repo.
        return is(k, K::Identifier) && op(k - 1, ".") && is(k - 2, K::Module) &&
               X(k - 2).ends_with("Repo") && isRepoFunction(X(k));
    }
    // `Mod.fun` where Mod is exactly the alias `name` (not Other.Mod).
    bool calledOn(int k, SV name) const
    {
        return op(k - 1, ".") && is(k - 2, K::Module, name) && !op(k - 3, ".");
    }

    void nPlusOneIn(int b, int e)
    {
        for (int j = b; j < e; ++j) {
            if (isRepoCall(j) && once(1, j))
                add("performance/n-plus-one", j,
                    tr("Repo.%1 runs once per element of the enclosing loop").arg(str(X(j))));
        }
    }

    void performanceRules()
    {
        const bool liveView = [&] {
            for (int m = 0; m < int(m_modules.size()); ++m) {
                if (moduleUses(m, ":live_view") || moduleUses(m, "Phoenix.LiveView") ||
                    moduleUses(m, ":live_component") || moduleUses(m, "Phoenix.LiveComponent"))
                    return true;
            }
            return false;
        }();
        for (int k = 0; k < n(); ++k) {
            const K kind = m_kind[size_t(k)];
            if (kind == K::Identifier && std::strchr("merfi", X(k)[0])) {
                const SV x = X(k);
                int b = 0, e = 0;
                if ((x == "map" || x == "each" || x == "reduce" || x == "flat_map" ||
                     x == "filter" || x == "reduce_while" || x == "map_reduce" || x == "into") &&
                    (calledOn(k, "Enum") || calledOn(k, "Stream")) && callArgs(k, &b, &e))
                    nPlusOneIn(b, e);
            } else if (is(k, K::Keyword, "for")) {
                bool inl = false;
                const int d = findDo(k + 1, &inl);
                if (d >= 0)
                    nPlusOneIn(d + 1, inl ? inlineEnd(d) : (match(d) > d ? match(d) : n()));
            }
        }
        // LiveView: unbounded Repo.all in mount, and lists where a stream fits.
        if (liveView) {
            for (const Def& d : m_defs) {
                if (d.name != "mount")
                    continue;
                for (int j = d.bodyBegin; j < d.bodyEnd; ++j) {
                    if (is(j, K::Identifier, "all") && isRepoCall(j) &&
                        !rangeHas(d.bodyBegin, d.bodyEnd, K::Identifier, "limit") &&
                        !rangeHas(d.bodyBegin, d.bodyEnd, K::KeywordKey, "limit:"))
                        add("performance/unbounded-mount-query", j,
                            tr("Repo.all in mount/3 loads the whole table"));
                }
            }
            listAssigns();
        }
        if (m_isMigration)
            referencesWithoutIndex();
    }

    // Whether the value [b, e) is a collection loaded from the database.
    bool loadsCollection(int b, int e) const
    {
        for (int j = b; j < e; ++j) {
            if (is(j, K::Identifier, "all") && isRepoCall(j))
                return true;
            if (is(j, K::Identifier) && X(j).substr(0, 5) == "list_")
                return true;
            // A variable assigned from such a call in the same definition.
            if (e == b + 1 && is(j, K::Identifier)) {
                const int d = defAt(j);
                const int from = d >= 0 ? m_defs[size_t(d)].bodyBegin : 0;
                for (int i = j - 1; i >= from; --i) {
                    if (is(i, K::Identifier, X(j)) && op(i + 1, "=")) {
                        const int line = T(i).line;
                        int end = i + 2;
                        while (end < j && T(end).line == line)
                            ++end;
                        for (int q = i + 2; q < end; ++q) {
                            if ((is(q, K::Identifier, "all") && isRepoCall(q)) ||
                                (is(q, K::Identifier) && X(q).substr(0, 5) == "list_"))
                                return true;
                        }
                        return false;
                    }
                }
            }
        }
        return false;
    }

    void listAssigns()
    {
        for (int k = 0; k < n(); ++k) {
            if (!is(k, K::Identifier, "assign") || op(k - 1, ".") || !punct(k + 1, '('))
                continue;
            int b = 0, e = 0;
            if (!callArgs(k, &b, &e))
                continue;
            const auto args = splitArgs(b, e);
            // assign(socket, :key, value) or socket |> assign(:key, value)
            for (size_t i = 0; i < args.size(); ++i) {
                const int a = args[i];
                if (is(a, K::Atom) && i + 1 < args.size()) {
                    if (loadsCollection(args[i + 1], argEnd(args, i + 1, e)))
                        add("performance/list-assign-stream", a,
                            tr("%1 holds a database collection in assigns; a stream fits")
                                .arg(str(X(a))));
                    break;
                }
                if (is(a, K::KeywordKey)) {
                    for (size_t j = i; j < args.size(); ++j) {
                        if (is(args[j], K::KeywordKey) &&
                            loadsCollection(args[j] + 1, argEnd(args, j, e)))
                            add("performance/list-assign-stream", args[j],
                                tr("%1 holds a database collection in assigns; a stream fits")
                                    .arg(str(X(args[j]))));
                    }
                    break;
                }
            }
        }
    }

    void referencesWithoutIndex()
    {
        // Indexed columns by table: the first column of each index.
        QSet<QString> indexed;
        for (int k = 0; k < n(); ++k) {
            if ((is(k, K::Identifier, "index") || is(k, K::Identifier, "unique_index")) &&
                punct(k + 1, '(') && is(k + 2, K::Atom) && punct(k + 3, ',')) {
                int c = k + 4;
                if (punct(c, '['))
                    ++c;
                if (is(c, K::Atom))
                    indexed.insert(str(X(k + 2)) + u'.' + str(X(c)));
            }
        }
        for (int k = 0; k < n(); ++k) {
            if (!is(k, K::Identifier, "table") || !punct(k + 1, '(') || !is(k + 2, K::Atom))
                continue;
            const QString table = str(X(k + 2));
            bool inl = false;
            const int d = findDo(k + 3, &inl);
            if (d < 0 || inl || match(d) < d)
                continue;
            const int end = match(d);
            for (int j = d + 1; j < end; ++j) {
                if (!is(j, K::Identifier, "add") || !is(j + 1, K::Atom) || !punct(j + 2, ',') ||
                    !is(j + 3, K::Identifier, "references"))
                    continue;
                const QString column = str(X(j + 1));
                if (indexed.contains(table + u'.' + column))
                    continue;
                Finding& f = add("performance/reference-without-index", j + 3,
                                 tr("%1.%2 references another table but has no index")
                                     .arg(table.mid(1), column.mid(1)));
                // Insert the index after the table's `end` line.
                const Token& endTok = T(end);
                qsizetype eol = m_src.indexOf('\n', endTok.end);
                eol = eol < 0 ? m_src.size() : eol + 1;
                const QString indent = indexOfCreate(k);
                f.replacements.append(
                    insertAt(eol, endTok.line + 1, 1,
                             QStringLiteral("\n") + indent + QStringLiteral("create index(") +
                                 table + QStringLiteral(", [") + column + QStringLiteral("])\n")));
            }
        }
    }
    QString indexOfCreate(int tableK) const { return indentOf(tableK); }

    // --- OTP ------------------------------------------------------------------------------

    void otpRules()
    {
        m_genServer.clear();
        for (int m = 0; m < int(m_modules.size()); ++m) {
            bool uses = false;
            for (int p = m; p >= 0 && !uses; p = m_modules[size_t(p)].parent) {
                for (const QString& u : m_modules[size_t(p)].uses)
                    uses = uses || u == u"GenServer" || u.endsWith(u".GenServer");
            }
            m_genServer.push_back(uses);
        }
        static const SV genCallbacks[] = {"init",        "handle_call",     "handle_cast",
                                          "handle_info", "handle_continue", "terminate",
                                          "code_change", "format_status"};
        for (int i = 0; i < int(m_defs.size()); ++i) {
            const Def& d = m_defs[size_t(i)];
            if (d.module < 0)
                continue;
            const bool genServer = moduleUses(d.module, "GenServer");
            bool isCallback = false;
            for (SV c : genCallbacks)
                isCallback = isCallback || d.name == c;
            if (genServer && isCallback && d.name != "terminate" && d.name != "code_change")
                blockingIn(d);
        }
        for (int k = 0; k < n(); ++k) {
            if (!is(k, K::Identifier))
                continue;
            const SV x = X(k);
            int b = 0, e = 0;
            if (isRemote(k, "call", "GenServer") && callArgs(k, &b, &e)) {
                const auto args = splitArgs(b, e);
                if (args.size() >= 3 && is(args[2], K::Atom, ":infinity")) {
                    Finding& f = add("otp/call-infinity", args[2],
                                     tr("GenServer.call waits forever (:infinity)"));
                    f.replacements.append(replaceToken(args[2], QStringLiteral("30_000")));
                }
            }
            if (m_isTest || !m_isEx)
                continue;
            if ((x == "spawn" && !op(k - 1, ".") && !is(k - 1, K::Atom) && punct(k + 1, '(')) ||
                isRemote(k, "spawn", "Process") || isRemote(k, "start", "Task")) {
                add("otp/unsupervised-spawn", k,
                    tr("%1 starts a process nobody links to or supervises")
                        .arg(remoteModule(k).isEmpty() ? str(x) : remoteModule(k) + u'.' + str(x)));
            }
            const bool starts = (x == "start_link" || x == "start") && op(k - 1, ".") &&
                                !remoteModule(k).isEmpty() && remoteModule(k) != u"Task" &&
                                !remoteModule(k).startsWith(u':') && punct(k + 1, '(');
            if (starts && m_isLib) {
                const int d = defAt(k);
                const SV in = d >= 0 ? m_defs[size_t(d)].name : SV();
                const bool supervised = in == "start_link" || in == "start" || in == "init" ||
                                        in == "child_spec" || d < 0;
                const QString mod = remoteModule(k);
                if (!supervised && !mod.endsWith(u"Supervisor") && mod != u"Application")
                    add("otp/process-outside-supervision", k,
                        tr("%1.%2 is called from %3/…, outside any supervisor")
                            .arg(mod, str(x), str(in)));
            }
        }
        missingImpl();
    }

    void blockingIn(const Def& d)
    {
        for (int j = d.bodyBegin; j < d.bodyEnd; ++j) {
            if (!is(j, K::Identifier) && !is(j, K::Keyword, "receive"))
                continue;
            const SV x = X(j);
            const bool candidate = x == "sleep" || x == "get" || x == "post" || x == "put" ||
                                   x == "patch" || x == "delete" || x == "request" || x == "get!" ||
                                   x == "post!" || x == "request!" || x == "receive";
            if (!candidate)
                continue;
            const QString mod = is(j, K::Identifier) ? remoteModule(j) : QString();
            QString what;
            if ((x == "sleep" && (mod == u"Process" || mod == u":timer")))
                what = mod + u'.' + str(x);
            else if (!mod.isEmpty() &&
                     (mod == u"HTTPoison" || mod == u"Req" || mod == u"Finch" || mod == u"Tesla" ||
                      mod == u":httpc" || mod == u"Mint.HTTP" || mod == u":hackney") &&
                     (x == "get" || x == "post" || x == "put" || x == "patch" || x == "delete" ||
                      x == "request" || x == "get!" || x == "post!" || x == "request!"))
                what = mod + u'.' + str(x);
            else if (x == "receive" && is(j, K::Keyword)) {
                const int m = match(j + 1);
                if (is(j + 1, K::Keyword, "do") && m > 0 &&
                    !rangeHas(j + 1, m, K::Keyword, "after"))
                    what = QStringLiteral("receive without after");
            }
            if (!what.isEmpty())
                add("otp/blocking-in-callback", j,
                    tr("%1 blocks the process inside %2").arg(what, str(d.name)));
        }
    }

    void missingImpl()
    {
        struct B
        {
            const char* marker;
            std::vector<SV> callbacks;
        };
        static const std::vector<B> behaviours = {
            {"GenServer",
             {"init", "handle_call", "handle_cast", "handle_info", "handle_continue", "terminate",
              "code_change", "format_status"}},
            {":live_view",
             {"mount", "handle_params", "handle_event", "handle_info", "render", "handle_async",
              "terminate"}},
            {"Phoenix.LiveView",
             {"mount", "handle_params", "handle_event", "handle_info", "render", "handle_async",
              "terminate"}},
            {":live_component", {"mount", "update", "render", "handle_event", "update_many"}},
            {"Phoenix.LiveComponent", {"mount", "update", "render", "handle_event", "update_many"}},
            {"Oban.Worker", {"perform", "backoff", "timeout"}},
            {"Application", {"start", "stop", "config_change", "prep_stop"}},
            {"Supervisor", {"init"}},
            {":channel", {"join", "handle_in", "handle_out", "handle_info", "terminate"}},
            {"Phoenix.Channel", {"join", "handle_in", "handle_out", "handle_info", "terminate"}},
        };
        // Per module, the behaviours it uses itself (not an enclosing module's).
        std::vector<std::vector<const B*>> used(m_modules.size());
        for (size_t m = 0; m < m_modules.size(); ++m) {
            for (const B& b : behaviours) {
                for (const QString& u : m_modules[m].uses) {
                    if (u == QLatin1StringView(b.marker) ||
                        u.endsWith(QLatin1StringView(b.marker))) {
                        used[m].push_back(&b);
                        break;
                    }
                }
            }
        }
        SV lastName;
        int lastModule = -2;
        for (const Def& d : m_defs) {
            const bool sameFunction = d.name == lastName && d.module == lastModule;
            lastName = d.name;
            lastModule = d.module;
            if (d.isPrivate || d.module < 0 || sameFunction || d.hasImpl)
                continue;
            bool callback = false;
            for (const B* b : used[size_t(d.module)]) {
                for (SV c : b->callbacks)
                    callback = callback || c == d.name;
            }
            if (!callback)
                continue;
            Finding& f = add("otp/missing-impl", d.nameK,
                             tr("%1 is a callback but has no @impl true").arg(str(d.name)));
            f.replacements.append(
                insertLineBefore(d.k, indentOf(d.k) + QStringLiteral("@impl true\n")));
        }
    }

    // --- templates (accessibility, preload candidates) ------------------------------------

    std::vector<Element> elements() const
    {
        std::vector<Element> out;
        for (int k = 0; k < n(); ++k) {
            if (!is(k, K::HtmlTag))
                continue;
            const SV x = X(k);
            if (x.size() < 2 || x[0] != '<' || x[1] == '/')
                continue;
            Element el;
            el.name = x.substr(1);
            el.k = k;
            int j = k + 1;
            while (j < n()) {
                if (is(j, K::HtmlTag)) {
                    const SV y = X(j);
                    el.selfClosing = y == "/>";
                    if (y != ">" && y != "/>")
                        --j; // a new tag: this one was left open
                    break;
                }
                if (is(j, K::HtmlAttribute)) {
                    Attr a;
                    a.name = X(j);
                    a.k = j;
                    if (op(j + 1, "=")) {
                        a.hasValue = true;
                        int v = j + 2;
                        if (is(v, K::HtmlAttributeValue)) {
                            QByteArray val;
                            while (is(v, K::HtmlAttributeValue) || (is(v, K::EExDelimiter))) {
                                if (is(v, K::EExDelimiter)) {
                                    a.dynamic = true;
                                    const int m = match(v);
                                    v = m > v ? m + 1 : v + 1;
                                    // <%= %> inside a quoted value
                                    while (v < n() && !is(v, K::HtmlAttributeValue) &&
                                           !is(v, K::HtmlTag) && !is(v, K::HtmlAttribute))
                                        ++v;
                                    continue;
                                }
                                val += QByteArrayView(X(v).data(), qsizetype(X(v).size()));
                                ++v;
                                if (!val.isEmpty() && val.size() > 1 &&
                                    (val.endsWith('"') || val.endsWith('\'')))
                                    break;
                            }
                            if (val.startsWith('"') || val.startsWith('\''))
                                val = val.mid(1);
                            if (val.endsWith('"') || val.endsWith('\''))
                                val.chop(1);
                            a.value = val;
                            j = v;
                        } else if (is(v, K::EExDelimiter)) {
                            a.dynamic = true;
                            const int m = match(v);
                            if (m > v) {
                                j = m + 1;
                            } else {
                                // <%= ... %> as a value
                                j = v + 1;
                                while (j < n() && !is(j, K::EExDelimiter))
                                    ++j;
                                ++j;
                            }
                        } else {
                            j = v;
                        }
                    } else {
                        ++j;
                    }
                    el.attrs.append(a);
                    continue;
                }
                if (is(j, K::EExDelimiter)) { // spread {@rest} or <%= %>
                    const int m = match(j);
                    j = m > j ? m + 1 : j + 1;
                    continue;
                }
                ++j;
            }
            el.endK = std::min(j, n() - 1);
            out.push_back(std::move(el));
        }
        return out;
    }

    static bool isComponent(SV name)
    {
        return !name.empty() &&
               (name[0] == '.' || name[0] == ':' || (name[0] >= 'A' && name[0] <= 'Z'));
    }

    // Insertion right after an element's name.
    Replacement afterName(const Element& el, const QString& text) const
    {
        const Token& t = T(el.k);
        return insertAt(t.end, t.line, t.column + ElixirLexer::utf16Length(m_src, t), text);
    }

    void templateRules()
    {
        bool any = m_template;
        for (const Token& t : m_all)
            any = any || (t.flags & Token::InTemplate);
        if (!any)
            return;
        const std::vector<Element> els = elements();
        QSet<QByteArray> labelFors;
        bool hasLiveRegion = false;
        for (const Element& el : els) {
            if (el.name == "label") {
                if (const Attr* a = el.attr("for"))
                    labelFors.insert(a->value);
            }
            if (el.attr("aria-live"))
                hasLiveRegion = true;
            if (const Attr* r = el.attr("role");
                r && (r->value == "alert" || r->value == "status" || r->value == "log"))
                hasLiveRegion = true;
        }
        int labelDepth = 0;
        for (size_t i = 0; i < els.size(); ++i) {
            const Element& el = els[i];
            // Closing </label> between this element and the previous one.
            const int prevK = i > 0 ? els[i - 1].k : 0;
            for (int j = prevK; j < el.k; ++j) {
                if (is(j, K::HtmlTag, "</label") && labelDepth > 0)
                    --labelDepth;
            }
            if (el.name == "label" && !el.selfClosing)
                ++labelDepth;
            if (isComponent(el.name))
                continue;
            if (el.name == "img" && !el.attr("alt")) {
                Finding& f = add("accessibility/img-alt", el.k, tr("<img> has no alt attribute"));
                f.replacements.append(afterName(el, QStringLiteral(" alt=\"\"")));
            }
            if (el.attr("phx-click") && !isInteractive(el.name)) {
                const bool role = el.attr("role");
                const bool tab = el.attr("tabindex");
                if (!role || !tab) {
                    Finding& f = add(
                        "accessibility/click-non-interactive", el.k,
                        tr("<%1 phx-click> cannot be used with the keyboard").arg(str(el.name)));
                    QString ins;
                    if (!role)
                        ins += QStringLiteral(" role=\"button\"");
                    if (!tab)
                        ins += QStringLiteral(" tabindex=\"0\"");
                    f.replacements.append(afterName(el, ins));
                }
            }
            if (el.name == "input" || el.name == "select" || el.name == "textarea") {
                const Attr* type = el.attr("type");
                const QByteArray ty = type ? type->value.toLower() : QByteArray();
                const bool needs = !(ty == "hidden" || ty == "submit" || ty == "button" ||
                                     ty == "reset" || ty == "image");
                const Attr* id = el.attr("id");
                const bool labelled = el.attr("aria-label") || el.attr("aria-labelledby") ||
                                      labelDepth > 0 ||
                                      (id && (id->dynamic || labelFors.contains(id->value)));
                if (needs && !labelled)
                    add("accessibility/input-label", el.k,
                        tr("<%1> has no label").arg(str(el.name)));
            }
            if (el.name == "button" && !el.selfClosing && !el.attr("aria-label") &&
                !el.attr("aria-labelledby") && !el.attr("title") && iconOnly(el))
                add("accessibility/icon-button-name", el.k,
                    tr("this button shows only an icon and has no accessible name"));
        }
        if (!hasLiveRegion)
            liveRegion(els);
        preloadCandidates(els);
    }

    static bool isInteractive(SV name)
    {
        static const SV names[] = {"button",  "a",      "input", "select", "textarea",
                                   "summary", "option", "label", "details"};
        for (SV x : names) {
            if (x == name)
                return true;
        }
        return false;
    }

    // Whether a <button>'s content has no text and no expression, only icons/markup.
    bool iconOnly(const Element& el) const
    {
        bool icon = false;
        for (int j = el.endK + 1; j < n(); ++j) {
            const Token& t = T(j);
            if (t.kind == K::HtmlTag) {
                const SV x = X(j);
                if (x == "</button")
                    return icon;
                if (x == "<.icon" || x == "<svg" || x == "<i" || x == "<img" || x == "<span")
                    icon = true;
                continue;
            }
            if (t.kind == K::HtmlText)
                return false;
            if (t.kind == K::EExDelimiter && (X(j) == "<%=" || (X(j) == "{" && !isAttrValue(j))))
                return false;
            if (t.kind == K::HtmlAttribute && X(j) == "class") {
                // <span class="sr-only">: text for screen readers
                if (is(j + 2, K::HtmlAttributeValue) && X(j + 2).find("sr-only") != SV::npos)
                    return false;
            }
        }
        return false;
    }
    bool isAttrValue(int j) const { return op(j - 1, "="); }

    void liveRegion(const std::vector<Element>& els)
    {
        // Flash rendered by hand (not handed to a component, which owns its region).
        for (int k = 0; k < n(); ++k) {
            const bool flash = (is(k, K::ModuleAttribute, "@flash") && !op(k - 2, "=") &&
                                !(is(k - 1, K::EExDelimiter) && op(k - 2, "="))) ||
                               is(k, K::Identifier, "live_flash");
            if (flash && T(k).inTemplate()) {
                add("accessibility/live-region", k,
                    tr("flash messages are rendered without an aria-live region"));
                return;
            }
        }
        for (const Element& el : els) {
            const Attr* u = el.attr("phx-update");
            if (u && (u->value == "append" || u->value == "prepend")) {
                add("accessibility/live-region", el.k,
                    tr("content LiveView adds here is not announced (no aria-live region)"));
                return;
            }
        }
    }

    void preloadCandidates(const std::vector<Element>& els)
    {
        // `for x <- @list` in EEx and `:for={x <- @list}` in HEEx: reads of x.assoc.field.
        auto scan = [&](int var, int from, int to) {
            const SV name = X(var);
            for (int j = from; j < to; ++j) {
                if (is(j, K::Identifier, name) && op(j + 1, ".") && is(j + 2, K::Identifier) &&
                    op(j + 3, ".") && is(j + 4, K::Identifier) && !punct(j + 5, '(') &&
                    !op(j - 1, ".")) {
                    const Token& t = T(j);
                    Finding f = RuleEngine::make(
                        QStringLiteral("performance/missing-preload"), m_path, t.line, t.column,
                        tr("%1.%2 is read for every row, but the list is loaded without "
                           "preloading %2")
                            .arg(str(name), str(X(j + 2))));
                    m_out.preloadCandidates.append(f);
                    j += 4;
                }
            }
        };
        for (int k = 0; k < n(); ++k) {
            if (is(k, K::Keyword, "for") && T(k).inTemplate() && is(k + 1, K::Identifier) &&
                op(k + 2, "<-")) {
                bool inl = false;
                const int d = findDo(k + 1, &inl);
                if (d >= 0)
                    scan(k + 1, d + 1, inl ? inlineEnd(d) : (match(d) > d ? match(d) : n()));
            }
        }
        for (const Element& el : els) {
            const Attr* f = el.attr(":for");
            if (!f)
                continue;
            const int v = f->k + 3; // :for = { x <- ...
            if (!is(v, K::Identifier) || !op(v + 1, "<-"))
                continue;
            // The element's extent: up to its closing tag.
            int depth = 0;
            int end = n();
            const QByteArray close = "</" + QByteArray(el.name.data(), qsizetype(el.name.size()));
            const QByteArray open = "<" + QByteArray(el.name.data(), qsizetype(el.name.size()));
            if (el.selfClosing) {
                end = el.endK;
            } else {
                for (int j = el.endK + 1; j < n(); ++j) {
                    if (!is(j, K::HtmlTag))
                        continue;
                    const SV x = X(j);
                    if (x == sv(open))
                        ++depth;
                    else if (x == sv(close) && depth-- == 0) {
                        end = j;
                        break;
                    }
                }
            }
            scan(v, v + 2, end);
        }
    }

    // --- Ecto -----------------------------------------------------------------------------

    void ectoRules()
    {
        for (int k = 0; k < n(); ++k) {
            if (!is(k, K::Identifier, "cast") || !punct(k + 1, '('))
                continue;
            if (op(k - 1, ".") && !remoteModule(k).endsWith(u"Changeset"))
                continue;
            const int d = defAt(k);
            if (d < 0)
                continue;
            const Def& def = m_defs[size_t(d)];
            if (!rangeHas(def.bodyBegin, def.bodyEnd, K::Identifier, "validate_required"))
                add("ecto/cast-without-validate-required", k,
                    tr("%1/… casts fields but never calls validate_required").arg(str(def.name)));
        }
    }

    // --- documentation --------------------------------------------------------------------

    void documentationRules()
    {
        if (!m_isLib || !m_isEx)
            return;
        for (int mi = 0; mi < int(m_modules.size()); ++mi) {
            const Module& m = m_modules[size_t(mi)];
            if (m.moduledocFalse || !is(m.k, K::Keyword, "defmodule"))
                continue;
            bool hiddenParent = false;
            for (int p = m.parent; p >= 0; p = m_modules[size_t(p)].parent)
                hiddenParent = hiddenParent || m_modules[size_t(p)].moduledocFalse;
            if (hiddenParent)
                continue;
            ++m_out.docs.modules;
            if (m.hasModuledoc)
                ++m_out.docs.documentedModules;
            else
                add("documentation/moduledoc-missing", m.k + 1,
                    tr("module %1 has no @moduledoc").arg(m.name));
        }
        SV lastName;
        int lastModule = -2;
        bool lastDocumented = false;
        for (const Def& d : m_defs) {
            const bool sameFunction = d.name == lastName && d.module == lastModule;
            lastName = d.name;
            lastModule = d.module;
            if (d.isPrivate || d.module < 0)
                continue;
            const Module& m = m_modules[size_t(d.module)];
            bool hidden = false;
            for (int p = d.module; p >= 0; p = m_modules[size_t(p)].parent)
                hidden = hidden || m_modules[size_t(p)].moduledocFalse;
            if (hidden || d.docFalse || d.hasImpl || !is(m.k, K::Keyword, "defmodule"))
                continue;
            if (sameFunction) {
                if (lastDocumented || d.hasDoc)
                    continue;
            }
            lastDocumented = d.hasDoc;
            if (sameFunction)
                continue;
            ++m_out.docs.functions;
            if (d.hasDoc)
                ++m_out.docs.documentedFunctions;
            else
                add("documentation/doc-missing", d.nameK,
                    tr("%1.%2 is public but has no @doc").arg(m.name, str(d.name)));
        }
    }

    // --- facts for the project-wide rules -------------------------------------------------

    void collectFacts()
    {
        for (int k = 0; k < n(); ++k) {
            if (is(k, K::Identifier, "preload") || is(k, K::KeywordKey, "preload:"))
                m_out.mentionsPreload = true;
            if (is(k, K::Identifier) && isRepoCall(k))
                m_out.callsRepo = true;
        }
        if (m_isLib && m_isEx) {
            for (const Module& m : m_modules) {
                if (m.parent < 0 && is(m.k, K::Keyword, "defmodule"))
                    m_out.modules.append(
                        FileAnalysis::ModuleDef{m.name, T(m.k).line, T(m.k).column, lineAt(m.k)});
            }
        }
        if (m_isTest) {
            QHash<QString, QString> aliases; // last segment -> full name
            QSet<QString> refs;
            for (int k = 0; k < n(); ++k) {
                if (!is(k, K::Module) || (op(k - 1, ".") && is(k - 2, K::Module)))
                    continue;
                int last = k;
                QString name = aliasAt(k, &last);
                const bool aliasStmt = is(k - 1, K::Keyword, "alias");
                if (aliasStmt && op(last + 1, ".") && punct(last + 2, '{')) {
                    const int close = match(last + 2);
                    for (int j = last + 3; j < close && j > 0; ++j) {
                        if (!is(j, K::Module) || (op(j - 1, ".")))
                            continue;
                        int l2 = j;
                        const QString full = name + u'.' + aliasAt(j, &l2);
                        refs.insert(full);
                        aliases.insert(full.section(u'.', -1), full);
                        j = l2;
                    }
                    k = close > k ? close : k;
                    continue;
                }
                const QString first = name.section(u'.', 0, 0);
                if (!aliasStmt && aliases.contains(first))
                    name = aliases.value(first) + name.mid(first.size());
                refs.insert(name);
                if (aliasStmt)
                    aliases.insert(name.section(u'.', -1), name);
                k = last;
            }
            m_out.referencedModules = QStringList(refs.begin(), refs.end());
            m_out.referencedModules.sort();
        }
        if (m_isMigration) {
            for (int k = 0; k < n(); ++k) {
                const bool uniqueIndex = is(k, K::Identifier, "unique_index");
                const bool index = is(k, K::Identifier, "index");
                if ((!uniqueIndex && !index) || !punct(k + 1, '(') || !is(k + 2, K::Atom) ||
                    !punct(k + 3, ','))
                    continue;
                const int close = match(k + 1);
                if (index && !(close > k && rangeHas(k, close, K::KeywordKey, "unique:") && [&] {
                        for (int j = k; j < close; ++j) {
                            if (is(j, K::KeywordKey, "unique:"))
                                return is(j + 1, K::Keyword, "true");
                        }
                        return false;
                    }()))
                    continue;
                int c = k + 4;
                if (punct(c, '['))
                    ++c;
                if (is(c, K::Atom))
                    m_out.uniqueIndexes.append(FileAnalysis::UniqueIndex{
                        str(X(k + 2)).mid(1), str(X(c)).mid(1), T(k).line});
            }
        }
        for (int k = 0; k < n(); ++k) {
            if (!is(k, K::Identifier, "schema") || op(k - 1, ".") || !is(k + 1, K::String))
                continue;
            FileAnalysis::Schema s;
            s.table = str(X(k + 1)).mid(1).chopped(1);
            s.line = T(k).line;
            s.column = T(k).column;
            s.lineText = lineAt(k);
            for (int j = 0; j < n(); ++j) {
                if (is(j, K::Identifier, "unique_constraint") && punct(j + 1, '(')) {
                    int c = j + 2;
                    if (punct(c, '['))
                        ++c;
                    if (is(c, K::Atom))
                        s.uniqueConstraints.append(str(X(c)).mid(1));
                }
            }
            m_out.schemas.append(s);
        }
    }
};

} // namespace

Finding RuleEngine::make(const QString& rule, const QString& path, int line, int column,
                         const QString& message)
{
    Finding f;
    f.rule = rule;
    f.path = path;
    f.line = line;
    f.column = column;
    f.message = message;
    f.tool = QStringLiteral("workbench");
    if (const RuleInfo* info = RuleCatalog::find(rule)) {
        f.severity = info->severity;
        f.category = info->category;
        f.why = info->why;
        f.fix = info->fix;
    }
    return f;
}

FileAnalysis RuleEngine::analyze(const QString& path, const QByteArray& text)
{
    FileAnalysis out;
    out.path = path;
    out.bytes = text.size();
    out.lines = int(std::count(text.cbegin(), text.cend(), '\n')) +
                (text.isEmpty() || text.endsWith('\n') ? 0 : 1);
    FileRules rules(path, text, out);
    rules.run();
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    Fingerprint::assign(out.findings, text, path);
    if (!out.preloadCandidates.isEmpty())
        Fingerprint::assign(out.preloadCandidates, text, path);
    return out;
}

} // namespace pwb
