// SPDX-License-Identifier: MIT
#include "ruleengine.h"

#include "advisories.h"
#include "elixirlexer.h"
#include "rulecatalog.h"
#include "syntaxtree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pwb {

namespace {

using K = TokenKind;
using SV = std::string_view;

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)
};

SV sv(QByteArrayView v)
{
    return SV(v.data(), size_t(v.size()));
}

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
    QVarLengthArray<Attr, 6> attrs; // most elements have a few: no allocation
    const Attr* attr(SV n) const
    {
        for (const Attr& a : attrs) {
            if (a.name == n)
                return &a;
        }
        return nullptr;
    }
};

class FileRules : private ElixirLexer::Result, public SyntaxTree
{
public:
    FileRules(const QString& path, const QByteArray& src, FileAnalysis& out)
        : ElixirLexer::Result(ElixirLexer::tokenize(src, ElixirLexer::modeForPath(path), path))
        , SyntaxTree(src, tokens)
        , m_path(path)
        , m_src(src)
        , m_out(out)
    {
        out.diagnostics = diagnostics;
        // The lexer's own errors say more than an imbalance they cause.
        if (diagnostics.isEmpty())
            out.diagnostics.append(structureDiagnostics(path));
        m_template = ElixirLexer::modeForPath(path) != ElixirLexer::Mode::Elixir;
        m_isTest = path.startsWith(u"test/") || path.contains(u"/test/");
        m_isLib = !m_isTest && (path.startsWith(u"lib/") || path.contains(u"/lib/"));
        m_isConfig =
            (path.startsWith(u"config/") || path.contains(u"/config/")) && path.endsWith(u".exs");
        m_isMigration = path.contains(u"priv/repo/migrations/") || path.contains(u"/migrations/");
        m_isEx = path.endsWith(u".ex");
        // Run once by whoever deploys or maintains the app (config at boot, seeds and
        // scripts in priv/, mix tasks): no request reaches them, nothing runs them in a loop.
        // Seed modules kept under lib/ (lib/app/seeds/seeds_dev.ex, lib/app/seeds.ex) are
        // the same one-off code as priv/repo/seeds.exs.
        m_isOneOff = m_isConfig || m_isMigration || path.startsWith(u"priv/") ||
                     path.contains(u"/priv/") || path.startsWith(u"lib/mix/tasks/") ||
                     path.contains(u"/lib/mix/tasks/") || path.contains(u"/seeds/") ||
                     path.section(u'/', -1).startsWith(u"seeds");
        const QString file = path.section(u'/', -1);
        m_isDevTestConfig = m_isConfig && (file == u"dev.exs" || file == u"test.exs");
        m_isProdConfig = m_isConfig && file == u"prod.exs";
        m_isRuntimeConfig = m_isConfig && file == u"runtime.exs";
        m_isReleasesConfig = m_isConfig && file == u"releases.exs";
        // config/<env>.exs for an environment that is neither prod nor dev/test (hex.exs,
        // bench.exs, ci.exs): read only under that MIX_ENV, so not known to reach production.
        m_isOtherEnvConfig = m_isConfig && !m_isDevTestConfig && !m_isRuntimeConfig &&
                             file != u"config.exs" && file != u"releases.exs" &&
                             !file.startsWith(u"prod") && !file.startsWith(u"dev") &&
                             !file.startsWith(u"test");
    }

    void run()
    {
        securityRules();
        configRules();
        routerRules();
        requestRules();
        oauthStateRules();
        eventAccessRules();
        fileBeforeTransactionRules();
        receiveRules();
        processRules();
        warningRules();
        unusedResultRules();
        mixRules();
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
    bool m_template = false;
    bool m_isTest = false;
    bool m_isLib = false;
    bool m_isConfig = false;
    bool m_isMigration = false;
    bool m_isEx = false;
    bool m_isOneOff = false;
    // privilegedCast: whether a module (or the file outside any) is an account schema,
    // -1 until asked.
    std::vector<signed char> m_accountModule;
    signed char m_accountFile = -1;
    bool m_isDevTestConfig = false;
    bool m_isProdConfig = false;
    bool m_isRuntimeConfig = false;
    bool m_isReleasesConfig = false; // config/releases.exs: runtime config before Elixir 1.11
    mutable std::optional<std::unordered_map<SV, int>> m_attributeDefs;
    bool m_isOtherEnvConfig = false;
    QSet<int> m_reported;                      // (rule index << 24 | k) to fire once per place
    std::pair<int, int> m_loopScanned{-1, -1}; // nPlusOneIn: the last loop range scanned
    // Per definition: the first `v in ...` test of each variable (checkedAgainstList).
    std::vector<std::optional<std::unordered_map<SV, int>>> m_firstIn;

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

    // A finding the project-wide pass keeps or drops (see FileAnalysis::Candidate).
    Finding& candidate(const char* rule, int k, const QString& message, const QString& key)
    {
        const Token& t = T(k);
        Finding f = RuleEngine::make(QLatin1StringView(rule), m_path, t.line, t.column, message);
        f.endLine = t.line;
        f.endColumn = t.column + ElixirLexer::utf16Length(m_src, t);
        m_out.candidates.append(FileAnalysis::Candidate{f, key});
        return m_out.candidates.last().finding;
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

    // --- security -------------------------------------------------------------------------

    // Nested calls of one rule's functions (`raw(raw(...))`): only the innermost is checked.
    // An outer one gets the inner one's result, and checking each level's whole argument
    // again would make a hostile nest quadratic. For each position of `list` (ascending),
    // whether a call from `list` opens inside its own brackets; `opener` gives the bracket
    // a position's call opens (`(` after a name, `{` before :safe), or -1 for no call.
    template <typename Opener>
    std::vector<bool> nestedCalls(std::span<const int> list, Opener opener) const
    {
        std::vector<bool> out(list.size(), false);
        int nextCall = std::numeric_limits<int>::max();
        for (size_t r = list.size(); r-- > 0;) {
            const int open = opener(list[r]);
            if (open < 0)
                continue;
            out[r] = match(open) > nextCall;
            nextCall = list[r];
        }
        return out;
    }
    std::vector<bool> nestedCalls(std::span<const int> list) const
    {
        return nestedCalls(list, [this](int k) { return punct(k + 1, '(') ? k + 1 : -1; });
    }

    // `plug :name` or `plug(:name, ...)` at j: the position of the atom, else -1.
    int plugAt(int j, SV name) const
    {
        if (!is(j, K::Identifier, "plug"))
            return -1;
        const int atom = punct(j + 1, '(') ? j + 2 : j + 1;
        return is(atom, K::Atom, name) ? atom : -1;
    }

    // gettext("...") and friends: translator-controlled text, often with markup on purpose.
    bool isTranslation(int b, int e) const
    {
        if (b >= e || !is(b, K::Identifier))
            return false;
        const SV x = X(b);
        const bool gettext = x == "gettext" || x == "ngettext" || x == "dgettext" ||
                             x == "pgettext" || x == "dngettext" || x == "dpgettext";
        return gettext && punct(b + 1, '(') && match(b + 1) == e - 1;
    }

    // A value passed through an HTML sanitizer (HtmlSanitizeEx, a scrub/sanitize/restrict
    // helper) before it is marked safe.
    bool sanitized(int b, int e) const
    {
        for (int j = b; j < e; ++j) {
            if (is(j, K::Module, "HtmlSanitizeEx"))
                return true;
            if (is(j, K::Identifier) && punct(j + 1, '(')) {
                const SV x = X(j);
                if (x.find("sanitiz") != SV::npos || x.find("scrub") != SV::npos ||
                    x == "restrict" || x == "strip_tags")
                    return true;
            }
        }
        return false;
    }

    // Code that runs while the module compiles: inside unquote(...) or in a module body
    // outside every function. Values there come from the source tree, not from visitors.
    bool compileTime(int k) const
    {
        if (inModuleBody(k))
            return true;
        for (int j = k - 1; j >= 0 && j >= k - 64; --j) {
            if ((is(j, K::Identifier, "unquote") || is(j, K::Keyword, "unquote")) &&
                punct(j + 1, '(') && match(j + 1) > k)
                return true;
        }
        return false;
    }

    void securityRules()
    {
        const bool secretsApply =
            (m_isConfig && !m_path.endsWith(u"/runtime.exs") && m_path != u"config/runtime.exs") ||
            m_isLib;
        // Each check visits only the places its words occur (WordIndex).
        int b = 0, e = 0;
        // SQL by interpolation; the innermost of nested SQL calls (see raw below).
        const std::vector<int> sqls =
            whereAny({"fragment", "query", "query!", "query_many", "query_many!"});
        const std::vector<bool> sqlNested = nestedCalls(sqls);
        for (size_t r = 0; r < sqls.size(); ++r) {
            const int k = sqls[r];
            if (kindAt(k) != K::Identifier || sqlNested[r])
                continue;
            const SV x = X(k);
            const bool sqlCall = (x == "fragment" && !op(k - 1, ".")) ||
                                 (x != "fragment" && (remoteModule(k).endsWith(u"Repo") ||
                                                      remoteModule(k).endsWith(u"SQL")));
            if (sqlCall && callArgs(k, &b, &e)) {
                const auto args = splitArgs(b, e);
                // Ecto.Adapters.SQL.query(repo, sql, params): the SQL comes second.
                const size_t sqlArg = remoteModule(k).endsWith(u"SQL") ? 1 : 0;
                if (args.size() > sqlArg &&
                    builtByInterpolation(args[sqlArg], argEnd(args, sqlArg, e)) &&
                    !interpolatesOnlyAttributes(args[sqlArg], argEnd(args, sqlArg, e))) {
                    Finding& f = add(
                        "security/sql-interpolation", k,
                        Tr::tr("%1 gets SQL built by interpolation or concatenation").arg(str(x)));
                    // Interpolated table or column names from code are a smell, not an
                    // injection: high only when request data reaches the text.
                    if (!fromRequest(args[sqlArg], argEnd(args, sqlArg, e)))
                        f.severity = Finding::Severity::Medium;
                }
            }
        }
        // raw/1 on data. Only the innermost of nested raw calls: an outer one gets the
        // inner one's safe value, and checking each level's whole argument again would make
        // a hostile nest quadratic.
        const auto raws = where("raw");
        const std::vector<bool> rawNested = nestedCalls(raws);
        for (size_t r = 0; r < raws.size(); ++r) {
            const int k = raws[r];
            if (rawNested[r])
                continue;
            // `"""<svg>…</svg>""" |> raw()`: the piped value is the markup.
            int pb = 0, pe = 0;
            if (kindAt(k) == K::Identifier &&
                (isLocalCall(k, "raw") || remoteModule(k).endsWith(u"HTML")) &&
                callArgs(k, &b, &e) && !(b == e && pipedInto(k, &pb, &pe) && isLiteral(pb, pe)) &&
                !isLiteralString(b, e) && !isTranslation(b, e) && !sanitized(b, e) &&
                !fixedMarkup(b, e)) {
                Finding& f =
                    add("security/raw-html", k, Tr::tr("raw/1 outputs data without HTML escaping"));
                if (!fromRequest(b, e))
                    f.severity = Finding::Severity::Medium;
            }
        }
        // String.to_atom on non-literals (the innermost of nested calls, as for raw).
        const std::vector<int> toAtoms = whereAny({"to_atom", "binary_to_atom", "list_to_atom"});
        const std::vector<bool> toAtomNested = nestedCalls(toAtoms);
        for (size_t r = 0; r < toAtoms.size(); ++r) {
            const int k = toAtoms[r];
            if (toAtomNested[r])
                continue;
            const SV x = X(k);
            if (kindAt(k) == K::Identifier &&
                (isRemote(k, "to_atom", "String") || isRemote(k, "binary_to_atom", ":erlang") ||
                 isRemote(k, "list_to_atom", ":erlang")) &&
                callArgs(k, &b, &e) && !isLiteralString(b, e) && !compileTime(k) &&
                !checkedAgainstList(b, e) && (!m_isOneOff || fromRequest(b, e))) {
                // A config read at boot or a one-off script makes a handful of atoms
                // from what the operator set: the atom table is never at risk there.
                Finding& f = add("security/string-to-atom", k,
                                 Tr::tr("%1 turns a runtime value into a new atom")
                                     .arg(remoteModule(k) + u'.' + str(x)));
                if (!fromRequest(b, e))
                    f.severity = Finding::Severity::Medium;
                if (x == "to_atom")
                    f.replacements.append(replaceToken(k, QStringLiteral("to_existing_atom")));
            }
        }
        // Phoenix.Token.verify without max_age.
        for (int k : where("verify")) {
            if (kindAt(k) == K::Identifier && isRemote(k, "verify", "Token") &&
                callArgs(k, &b, &e) && !rangeHas(b, e, K::KeywordKey, "max_age:")) {
                Finding& f = add("security/token-max-age", k,
                                 Tr::tr("Phoenix.Token.verify without max_age accepts tokens of "
                                        "any age"));
                if (punct(k + 1, '(')) {
                    const Token& close = T(e);
                    f.replacements.append(insertAt(close.begin, close.line, close.column,
                                                   QStringLiteral(", max_age: 86_400")));
                }
            }
        }
        // Browser pipeline.
        for (int k : where("pipeline")) {
            if (kindAt(k) != K::Identifier || !is(k + 1, K::Atom, ":browser"))
                continue;
            bool inl = false;
            const int d = findDo(k + 2, &inl);
            if (d >= 0 && !inl && match(d) > d) {
                const int end = match(d);
                const char* needed[] = {":protect_from_forgery", ":put_secure_browser_headers"};
                for (const char* plug : needed) {
                    bool found = false;
                    for (int j = d + 1; j < end && !found; ++j)
                        found = plugAt(j, plug) >= 0;
                    if (found)
                        continue;
                    Finding& f = add("security/browser-pipeline", k,
                                     Tr::tr("the :browser pipeline has no plug %1")
                                         .arg(QLatin1StringView(plug)));
                    f.replacements.append(
                        insertLineBefore(end, indentOf(k) + QStringLiteral("  plug ") +
                                                  QLatin1StringView(plug) + u'\n'));
                }
            }
        }
        // {:safe, data}, the innermost of nested ones.
        const auto safes = where(":safe");
        const std::vector<bool> safeNested = nestedCalls(safes, [this](int a) {
            return punct(a - 1, '{') && is(a, K::Atom, ":safe") && punct(a + 1, ',') ? a - 1 : -1;
        });
        for (size_t r = 0; r < safes.size(); ++r) {
            const int k = safes[r] - 1;
            if (!punct(k, '{') || !is(k + 1, K::Atom, ":safe") || !punct(k + 2, ',') ||
                safeNested[r])
                continue;
            const int close = match(k);
            // `{:safe, html} = html_escape(x)` and `{:safe, _} ->` take a value apart.
            const bool pattern =
                close > k && (op(close + 1, "=") || op(close + 1, "->") || op(close + 1, "<-") ||
                              (!m_template && defAt(k) < 0));
            if (close > k + 3 && !pattern && !isLiteral(k + 3, close) &&
                !rewrapsSafe(k, k + 3, close) && !isTranslation(k + 3, close) && !compileTime(k) &&
                !sanitized(k + 3, close) && !rangeHas(k + 3, close, K::Identifier, "unquote") &&
                !rangeHas(k + 3, close, K::Keyword, "unquote")) {
                Finding& f = add("security/raw-html", k + 1,
                                 Tr::tr("{:safe, ...} marks data as already escaped HTML"));
                if (!fromRequest(k + 3, close))
                    f.severity = Finding::Severity::Medium;
            }
        }
        for (int k : where("<%==")) {
            if (kindAt(k) == K::EExDelimiter)
                add("security/eex-unescaped", k, Tr::tr("<%== outputs its value without escaping"));
        }
        // Hard-coded secrets: `key: "literal"` and `@key "literal"`.
        if (!secretsApply)
            return;
        std::vector<int> keys = ofKind(K::KeywordKey);
        const std::vector<int>& attrs = ofKind(K::ModuleAttribute);
        const size_t mid = keys.size();
        keys.insert(keys.end(), attrs.begin(), attrs.end());
        std::inplace_merge(keys.begin(), keys.begin() + std::ptrdiff_t(mid), keys.end());
        for (int k : keys) {
            const K kind = kindAt(k);
            // The literal first: most keys hold no string, and the name test costs more.
            if (!(is(k + 1, K::String) || is(k + 1, K::Heredoc)) || T(k + 1).size() <= 2 ||
                is(k + 2, K::Interpolation))
                continue;
            SV name = X(k);
            if (kind == K::KeywordKey)
                name.remove_suffix(1);
            else
                name.remove_prefix(1);
            if (!isSecretName(name) || isPlaceholder(X(k + 1), name) || inExample(k))
                continue;
            const QString msg =
                Tr::tr("%1 is set to a literal in %2").arg(str(name), m_path.section(u'/', -1));
            if (m_isConfig && m_path.endsWith(u"config.exs") && !inProdBlock(k)) {
                // Shared config: production may override it in runtime.exs, which only the
                // project-wide pass can see.
                candidate("security/hardcoded-secret", k + 1, msg, str(name));
            } else {
                Finding& f = add("security/hardcoded-secret", k + 1, msg);
                if (m_isDevTestConfig || inNonProdBlock(k))
                    f.severity = Finding::Severity::Low;
                else if (m_isOtherEnvConfig)
                    f.severity = Finding::Severity::Medium;
            }
        }
    }

    // `if v in @allowed, do: String.to_atom(v)` or `when v in ~w(a b)`: the argument is one
    // variable that the same definition checks against a list first, so the atoms are bounded.
    bool checkedAgainstList(int b, int e)
    {
        if (e != b + 1 || !is(b, K::Identifier))
            return false;
        const int d = defAt(b);
        if (d < 0)
            return false;
        // Where each variable is first tested with `in`, worked out once per definition so a
        // long body with many calls stays linear.
        if (m_firstIn.size() != defs().size())
            m_firstIn.assign(defs().size(), std::nullopt);
        auto& slot = m_firstIn[size_t(d)];
        if (!slot) {
            slot.emplace();
            const Def& def = defs()[size_t(d)];
            for (int j = def.headBegin; j < def.bodyEnd; ++j) {
                if (is(j, K::Identifier) && (is(j + 1, K::Keyword, "in") || op(j + 1, "in")))
                    slot->try_emplace(X(j), j);
            }
        }
        const auto it = slot->find(X(b));
        return it != slot->end() && it->second < b;
    }

    // `raw(Notice.footer(:html))`: a helper called with literals only returns the same markup
    // every time, nothing a visitor can put there.
    bool fixedMarkup(int b, int e) const
    {
        int last = b;
        if (!is(b, K::Module) && !is(b, K::Identifier))
            return false;
        if (is(b, K::Module))
            aliasAt(b, &last);
        int j = last + 1;
        if (is(b, K::Module)) {
            if (!op(j, ".") || !is(j + 1, K::Identifier))
                return false;
            j += 2;
        } else {
            j = b + 1;
        }
        if (!punct(j, '(') || match(j) != e - 1 || e - 1 == j + 1)
            return false;
        return isLiteral(j + 1, e - 1);
    }

    // `defp clean({:safe, data}), do: {:safe, [data]}`: the value was taken out of a safe
    // tuple earlier in the same definition (its head or a match), so it is safe already.
    bool rewrapsSafe(int tuple, int b, int e) const
    {
        if (punct(b, '[') && match(b) == e - 1) {
            ++b;
            --e;
        }
        if (e != b + 1 || !is(b, K::Identifier))
            return false;
        const int d = defAt(tuple);
        if (d < 0)
            return false;
        for (int j = defs()[size_t(d)].headBegin; j + 4 < tuple; ++j) {
            if (punct(j, '{') && is(j + 1, K::Atom, ":safe") && punct(j + 2, ',') &&
                is(j + 3, K::Identifier, X(b)) && punct(j + 4, '}'))
                return true;
        }
        return false;
    }

    // `"LOCK TABLE #{@table} IN SHARE MODE"`: every interpolation is one module attribute,
    // a value fixed when the module compiles.
    bool interpolatesOnlyAttributes(int b, int e) const
    {
        if (rangeHas(b, e, K::Operator, "<>"))
            return false;
        bool any = false;
        for (int j = b; j < e; ++j) {
            if (!is(j, K::Interpolation) || X(j) != "#{")
                continue;
            if (!is(j + 1, K::ModuleAttribute) || !is(j + 2, K::Interpolation))
                return false;
            any = true;
            j += 2;
        }
        return any;
    }

    // `"https://hexdocs.pm/#{name}"`: the string opens with a scheme, a host and the '/'
    // that ends it, all literal, so the request chooses a path on that host, not the host.
    bool fixedHost(int k) const
    {
        if (!is(k, K::String))
            return false;
        SV v = X(k);
        if (v.empty() || v.front() != '"')
            return false;
        v.remove_prefix(1);
        const size_t scheme = v.find("://");
        if (scheme == SV::npos || scheme == 0)
            return false;
        const size_t slash = v.find('/', scheme + 3);
        return slash != SV::npos && slash > scheme + 3;
    }

    // `example: %{tenant: %{jwt_secret: "4a21..."}}` in an OpenAPI schema: a sample shown to
    // API users. Walks out through the enclosing brackets (a bounded number of tokens).
    bool inExample(int k) const
    {
        int j = k - 1;
        for (int steps = 0; j >= 0 && steps < 4096; ++steps, --j) {
            if (const int m = match(j); m >= 0 && m < j) {
                j = m; // a closed group before k: skip it
                continue;
            }
            if (punct(j, '{') || punct(j, '[') || punct(j, '(')) {
                int key = j - 1;
                if (op(key, "%"))
                    --key;
                if (is(key, K::KeywordKey, "example:") || is(key, K::KeywordKey, "examples:"))
                    return true;
            }
            if (is(j, K::Keyword, "do") || is(j, K::Keyword, "def") || is(j, K::Keyword, "defp"))
                return false;
        }
        return false;
    }

    // Values that are obviously not secrets: "", "changeme", "0x0000...", "xxxxxxxx", and
    // the key's own name (`client_secret: "client-secret"` in a factory or an example).
    static bool isPlaceholder(SV quoted, SV key)
    {
        SV v = quoted.substr(1, quoted.size() >= 2 ? quoted.size() - 2 : 0);
        if (v.starts_with("0x"))
            v.remove_prefix(2);
        if (v.size() < 6)
            return true;
        bool repeated = true;
        for (char c : v)
            repeated = repeated && c == v[0];
        std::string lower(v);
        for (char& c : lower)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        // The generators' local database passwords, and words that say "no value here"
        // (`x_api_key: "nothing"` handed to a flow, `token: "disabled"`).
        for (SV word :
             {"postgres",  "password", "root",     "nothing", "none",    "null",    "nil",
              "undefined", "unused",   "disabled", "empty",   "unknown", "invalid", "redacted",
              "masked",    "hidden",   "notset",   "not_set", "unset",   "todo",    "fixme",
              "default",   "sample",   "fake",     "mock",    "test",    "testing"}) {
            if (lower == word)
                return true;
        }
        // "<your-api-key>", "${API_KEY}", "your_token_here": templates for the reader.
        if (lower.front() == '<' || lower.starts_with("${") || lower.starts_with("your"))
            return true;
        std::string name(key);
        for (char& c : name)
            c = c == '-' ? '_' : char(std::tolower(static_cast<unsigned char>(c)));
        for (char& c : lower)
            c = c == '-' ? '_' : c;
        if (lower == name)
            return true;
        return repeated || lower.find("changeme") != std::string::npos ||
               lower.find("change_me") != std::string::npos ||
               lower.find("placeholder") != std::string::npos ||
               lower.find("example") != std::string::npos ||
               lower.find("dummy") != std::string::npos;
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

    // --- security: configuration, request data, process and code execution ------------------

    // The enclosing call of k: the identifier before the nearest unmatched '(' to the left,
    // within `limit` tokens; -1 when none.
    int enclosingCall(int k, int limit) const
    {
        for (int j = k - 1; j >= 0 && j >= limit; --j) {
            if (const int m = match(j); m >= 0 && m < j && !is(j, K::Keyword)) {
                j = m;
                continue;
            }
            if (punct(j, '(') && match(j) > k)
                return is(j - 1, K::Identifier) ? j - 1 : -1;
            if (is(j, K::Keyword, "do") && match(j) > k)
                return -1;
        }
        return -1;
    }

    // Whether k runs in another process: inside an `fn` given to start_async, assign_async,
    // Task.*, spawn*, or a supervisor's start_child.
    bool inAsyncFn(int k, int from) const
    {
        for (int j = k - 1; j >= from; --j) {
            if (!is(j, K::Keyword, "fn") || match(j) < k)
                continue;
            const int c = enclosingCall(j, from);
            if (c < 0)
                continue;
            const SV x = X(c);
            if (x == "start_async" || x == "assign_async" || x == "async" || x == "async_nolink" ||
                x == "start" || x == "start_link" || x == "start_child" || x == "spawn" ||
                x == "spawn_link" || x == "spawn_monitor" || x == "async_stream" ||
                x == "async_stream_nolink")
                return true;
        }
        return false;
    }

    // Whether c is in the literal `set`: a loop the compiler unrolls (strchr is a call).
    template <size_t N> static bool oneOf(char c, const char (&set)[N])
    {
        for (size_t i = 0; i + 1 < N; ++i) {
            if (set[i] == c)
                return true;
        }
        return false;
    }

    static bool anyOf(SV x, std::initializer_list<SV> names)
    {
        for (SV n : names) {
            if (n.size() == x.size() && (x.empty() || n[0] == x[0]) && n == x)
                return true;
        }
        return false;
    }

    // Case-insensitive "content-security-policy" in a token, without allocating.
    static bool mentionsCsp(SV x)
    {
        static constexpr SV needle = "content-security-policy";
        if (x.size() < needle.size())
            return false;
        // Every string of a file reaches here: memchr for the dashes first, the
        // case-insensitive search only where the header's two dashes could be.
        const char* dash = static_cast<const char*>(std::memchr(x.data(), '-', x.size()));
        if (!dash || !std::memchr(dash + 1, '-', size_t(x.data() + x.size() - dash - 1)))
            return false;
        const auto it =
            std::search(x.begin(), x.end(), needle.begin(), needle.end(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == b;
            });
        return it != x.end();
    }

    void configRules()
    {
        for (int k : where("force_ssl:")) {
            if (kindAt(k) == K::KeywordKey)
                m_out.facts.insert(QStringLiteral("force_ssl"));
        }
        for (int k : where("SSL")) {
            if (kindAt(k) == K::Module && op(k - 1, ".") && is(k - 2, K::Module, "Plug"))
                m_out.facts.insert(QStringLiteral("force_ssl"));
        }
        // Where production sets a key again: runtime.exs, the older releases.exs, or
        // prod.exs. The file is kept for the message.
        if (m_isRuntimeConfig || m_isReleasesConfig || m_isProdConfig) {
            const QString file = m_path.section(u'/', -1);
            for (int k : ofKind(K::KeywordKey)) {
                const QString key = str(X(k)).chopped(1);
                m_out.facts.insert(u"runtime-key:" + key);
                m_out.facts.insert(u"runtime-key:" + key + u'@' + file);
            }
        }
        for (K kind : {K::String, K::Heredoc}) {
            for (int k : ofKind(kind)) {
                if (!mentionsCsp(X(k)))
                    continue;
                // A CSP set by hand (not the default headers plug of a pipeline).
                const int c = enclosingCall(k, std::max(0, k - 64));
                bool pipelinePlug = c >= 0 && X(c) == "put_secure_browser_headers";
                for (int j = k - 1; j >= 0 && j >= k - 8 && T(j).line == T(k).line; --j)
                    pipelinePlug = pipelinePlug || is(j, K::Atom, ":put_secure_browser_headers");
                if (!pipelinePlug)
                    m_out.facts.insert(QStringLiteral("csp"));
            }
        }
        for (int k : where("check_origin:")) {
            if (kindAt(k) == K::KeywordKey) {
                if (m_isDevTestConfig || inNonProdBlock(k) || m_isTest)
                    continue;
                const bool literalFalse = is(k + 1, K::Keyword, "false");
                const int end = expressionEnd(k + 1, n());
                const bool defaultFalse =
                    !literalFalse && rangeHas(k + 1, end, K::String, "\"false\"");
                if (!literalFalse && !defaultFalse)
                    continue;
                const bool prod = m_isProdConfig || inProdBlock(k);
                Finding& f = add(
                    "security/check-origin", k,
                    defaultFalse ? Tr::tr("check_origin defaults to false: any site can open this "
                                          "app's websockets with a visitor's cookies")
                                 : Tr::tr("check_origin: false lets any site open this app's "
                                          "websockets with a visitor's cookies"));
                if (!prod)
                    f.severity = Finding::Severity::Medium;
            }
        }
        // Production config without force_ssl: the project-wide pass drops it when any file
        // sets force_ssl or plugs Plug.SSL.
        if (m_isProdConfig) {
            int at = -1;
            for (int k : where("config")) {
                if (at >= 0)
                    break;
                if (is(k, K::Identifier, "config") && is(k + 1, K::Atom) && punct(k + 2, ',') &&
                    is(k + 3, K::Module)) {
                    int last = k + 3;
                    if (aliasAt(k + 3, &last).endsWith(u"Endpoint"))
                        at = k;
                }
            }
            if (at >= 0)
                candidate(
                    "security/force-ssl", at,
                    Tr::tr("production never redirects to HTTPS or sends HSTS (no force_ssl)"), {});
        }
    }

    void routerRules()
    {
        // The :browser pipeline's secure headers without a Content-Security-Policy.
        for (int k : where("pipeline")) {
            if (!is(k, K::Identifier, "pipeline") || !is(k + 1, K::Atom, ":browser"))
                continue;
            bool inl = false;
            const int d = findDo(k + 2, &inl);
            if (d < 0 || inl || match(d) < d)
                continue;
            for (int j = d + 1; j < match(d); ++j) {
                const int atom = plugAt(j, ":put_secure_browser_headers");
                if (atom < 0)
                    continue;
                const int end = expressionEnd(j + 1, match(d));
                bool csp = false;
                for (int q = atom + 1; q < end; ++q) {
                    if (is(q, K::String) && mentionsCsp(X(q)))
                        csp = true;
                }
                if (!csp)
                    candidate("security/csp", atom,
                              Tr::tr("the :browser pipeline sends no Content-Security-Policy"), {});
            }
        }
    }

    // Request data reaching a dangerous call: XSS, traversal, redirects, commands, eval.
    void requestRules()
    {
        if (m_isTest || m_template || !(m_isEx || m_isLib))
            return;
        // Only the calls this pass knows.
        static const std::initializer_list<SV> calls = {
            "send_resp",    "html",          "put_resp_content_type",
            "redirect",     "read",          "read!",
            "write",        "write!",        "rm",
            "rm!",          "rm_rf",         "rm_rf!",
            "cp",           "cp!",           "cp_r",
            "stream!",      "open",          "open!",
            "ls",           "ls!",           "rename",
            "rename!",      "send_file",     "send_download",
            "cmd",          "shell",         "eval_string",
            "eval_quoted",  "eval_file",     "compile_string",
            "require_file", "binary_to_term"};
        std::unordered_map<int, std::vector<bool>> nestedByWord;
        for (int k : whereAny(calls)) {
            if (kindAt(k) != K::Identifier)
                continue;
            const SV x = X(k);
            int b = 0, e = 0;
            // Calls only: a variable named `html` or `redirect` is not one.
            if (!punct(k + 1, '('))
                continue;
            // The innermost of nested calls of one function, as for raw.
            const int id = WordIndex::idOf(x);
            auto nested = nestedByWord.find(id);
            if (nested == nestedByWord.end())
                nested = nestedByWord.emplace(id, nestedCalls(where(x))).first;
            const auto same = where(x);
            if (nested
                    ->second[size_t(std::lower_bound(same.begin(), same.end(), k) - same.begin())])
                continue;
            const QString mod = remoteModule(k);
            const bool local = !op(k - 1, ".");
            // Request data piped into the call counts like an argument.
            auto tainted = [&](int ab, int ae) {
                int pb = 0, pe = 0;
                return fromRequest(ab, ae) || (pipedInto(k, &pb, &pe) && fromRequest(pb, pe));
            };
            // XSS: send_resp/html with request data.
            if ((x == "send_resp" && (local || mod.endsWith(u"Conn"))) ||
                (x == "html" && (local || mod.endsWith(u"Controller")))) {
                if (!callArgs(k, &b, &e))
                    continue;
                const auto args = splitArgs(b, e);
                int pb = 0, pe = 0;
                const bool piped = pipedInto(k, &pb, &pe);
                const size_t body = x == "send_resp" ? (piped ? 1 : 2) : (piped ? 0 : 1);
                if (args.size() > body && fromRequest(args[body], argEnd(args, body, e)))
                    add("security/xss-send-resp", k,
                        Tr::tr("%1 sends request data back as the response body").arg(str(x)));
                continue;
            }
            if (x == "put_resp_content_type" && (local || mod.endsWith(u"Conn")) &&
                callArgs(k, &b, &e)) {
                const auto args = splitArgs(b, e);
                int pb = 0, pe = 0;
                const size_t type = pipedInto(k, &pb, &pe) ? 0 : 1;
                if (args.size() > type && fromRequest(args[type], argEnd(args, type, e)))
                    add("security/xss-content-type", k,
                        Tr::tr("the response content type comes from the request"));
                continue;
            }
            // Open redirect: redirect(conn, external: params...).
            if (x == "redirect" && (local || mod.endsWith(u"Controller")) && callArgs(k, &b, &e)) {
                for (int j = b; j < e; ++j) {
                    if (!is(j, K::KeywordKey, "external:"))
                        continue;
                    const int end = expressionEnd(j + 1, e);
                    if (fromRequest(j + 1, end) && !fixedHost(j + 1))
                        add("security/open-redirect", j,
                            Tr::tr(
                                "redirect(external: ...) sends visitors to an address taken from "
                                "the request"));
                }
                continue;
            }
            // Directory traversal.
            const bool fileCall =
                mod == u"File" && anyOf(x, {"read", "read!", "write", "write!", "rm", "rm!",
                                            "rm_rf", "rm_rf!", "cp", "cp!", "cp_r", "stream!",
                                            "open", "open!", "ls", "ls!", "rename", "rename!"});
            const bool sendFile = (x == "send_file" && (local || mod.endsWith(u"Conn"))) ||
                                  (x == "send_download" && (local || mod.endsWith(u"Controller")));
            if ((fileCall || sendFile) && callArgs(k, &b, &e)) {
                if ((sendFile ? fromRequest(b, e) : tainted(b, e)) &&
                    !rangeHas(b, e, K::Identifier, "basename") &&
                    !rangeHas(b, e, K::Identifier, "safe_relative"))
                    add("security/path-traversal", k,
                        Tr::tr("%1 opens a path built from the request")
                            .arg(mod.isEmpty() ? str(x) : mod + u'.' + str(x)));
                continue;
            }
            // Command injection.
            const bool systemCmd = mod == u"System" && (x == "cmd" || x == "shell");
            const bool osCmd = mod == u":os" && x == "cmd";
            // `cmd |> System.cmd(args)` pipes the command in; `System.cmd()` has none.
            const auto cmdArgs = (systemCmd || osCmd) ? arguments(k) : std::vector<Arg>();
            if (!cmdArgs.empty()) {
                const Arg cmd = cmdArgs[0];
                const bool cmdTainted = fromRequest(cmd.b, cmd.e);
                const bool argsTainted =
                    cmdArgs.size() > 1 && fromRequest(cmdArgs[1].b, cmdArgs[1].e);
                const bool shell = x == "shell" || osCmd;
                if (cmdTainted || (shell && !isLiteral(cmd.b, cmd.e))) {
                    Finding& f =
                        add("security/command-injection", k,
                            Tr::tr("%1.%2 runs a command built from data").arg(mod, str(x)));
                    if (!cmdTainted)
                        f.severity = Finding::Severity::Medium;
                } else if (argsTainted) {
                    Finding& f = add(
                        "security/command-injection", k,
                        Tr::tr("%1.%2 passes request data as program arguments").arg(mod, str(x)));
                    f.severity = Finding::Severity::Medium;
                }
                continue;
            }
            // Code execution.
            const bool codeEval =
                (mod == u"Code" && anyOf(x, {"eval_string", "eval_quoted", "eval_file",
                                             "compile_string", "require_file"})) ||
                (mod == u"EEx" && anyOf(x, {"eval_string", "eval_file"}));
            const auto evalArgs = codeEval ? arguments(k) : std::vector<Arg>();
            if (!evalArgs.empty()) {
                const Arg code = evalArgs[0];
                const bool fromReq = std::any_of(evalArgs.begin(), evalArgs.end(),
                                                 [&](Arg a) { return fromRequest(a.b, a.e); });
                const bool fromFile = x == "eval_file" || x == "require_file";
                if (fromReq || (!fromFile && !isLiteral(code.b, code.e))) {
                    Finding& f =
                        add("security/code-eval", k,
                            Tr::tr("%1.%2 evaluates code built from data").arg(mod, str(x)));
                    if (!fromReq)
                        f.severity = Finding::Severity::Medium;
                }
                continue;
            }
            if (x == "binary_to_term" && (mod == u":erlang" || local) && callArgs(k, &b, &e) &&
                !rangeHas(b, e, K::Atom, ":safe")) {
                Finding& f =
                    add("security/binary-to-term", k,
                        Tr::tr(":erlang.binary_to_term without [:safe] can create atoms and "
                               "run functions the data names"));
                if (!tainted(b, e))
                    f.severity = Finding::Severity::Medium;
                continue;
            }
        }
    }

    // OAuth/OIDC `state`: generated for the authorize URL and never checked on the way back.
    void oauthStateRules()
    {
        if (m_isTest || !m_isEx)
            return;
        // Verification: secure_compare, a pinned ^state, session reads/writes of a state.
        for (int k : whereAny({"secure_compare", "^"})) {
            if (is(k, K::Identifier, "secure_compare") ||
                (op(k, "^") && is(k + 1, K::Identifier) && X(k + 1).find("state") != SV::npos))
                m_out.facts.insert(QStringLiteral("oauth-state-verified"));
        }
        for (int k : whereAny({"put_session", "get_session", "put_resp_cookie"})) {
            if (is(k, K::Identifier) && punct(k + 1, '(') && match(k + 1) > k) {
                for (int j = k + 2; j < match(k + 1); ++j) {
                    if ((is(j, K::Atom) || is(j, K::String)) && X(j).find("state") != SV::npos)
                        m_out.facts.insert(QStringLiteral("oauth-state-verified"));
                }
            }
        }
        // A state that is no secret: `authorize_url!(state: params["type"])` or a fixed
        // value. Whoever opens the URL chooses it, so nothing ties the provider's redirect to
        // the visitor who started the login, whatever the callback compares.
        for (int k : where("state:")) {
            if (!is(k, K::KeywordKey, "state:"))
                continue;
            const int c = enclosingCall(k, std::max(0, k - 64));
            const int d = defAt(k);
            if (c < 0 || X(c).find("authoriz") == SV::npos || d < 0)
                continue;
            const int end = expressionEnd(k + 1, defs()[size_t(d)].bodyEnd);
            if (end <= k + 1)
                continue;
            const bool fromVisitor = mentionsRequest(k + 1, end);
            if (!fromVisitor && !isLiteral(k + 1, end))
                continue;
            Finding& f = add("security/oauth-state", k,
                             fromVisitor ? Tr::tr("the OAuth state is taken from the request: it "
                                                  "does not tie the provider's redirect to this "
                                                  "visitor's session")
                                         : Tr::tr("the OAuth state is a fixed value: it does not "
                                                  "tie the provider's redirect to this visitor's "
                                                  "session"));
            f.severity = Finding::Severity::Medium;
        }
        // Generation: `state = <random>` used in the same function for an authorize URL.
        for (const int eq : where("=")) {
            const int k = eq - 1;
            if (!op(eq, "=") || !is(k, K::Identifier) || X(k).find("state") == SV::npos)
                continue;
            const int d = defAt(k);
            if (d < 0)
                continue;
            const Def& def = defs()[size_t(d)];
            const int end = expressionEnd(k + 2, def.bodyEnd);
            bool random = false;
            for (int j = k + 2; j < end; ++j) {
                const SV y = X(j);
                if (is(j, K::Identifier) &&
                    (y == "strong_rand_bytes" || y == "random_string" || y == "random_bytes" ||
                     y == "rand_bytes" || (y == "generate" && remoteModule(j).endsWith(u"UUID"))))
                    random = true;
            }
            if (!random)
                continue;
            const SV var = X(k);
            bool usedInUrl = false;
            for (int j = end; j < def.bodyEnd && !usedInUrl; ++j) {
                if (is(j, K::KeywordKey, "state:") && is(j + 1, K::Identifier, var))
                    usedInUrl = true;
                if (is(j, K::Interpolation, "#{") && is(j + 1, K::Identifier, var) &&
                    is(j - 1, K::String) && X(j - 1).ends_with("state="))
                    usedInUrl = true;
            }
            if (usedInUrl)
                candidate("security/oauth-state", k,
                          Tr::tr("the OAuth state is generated but never stored or compared when "
                                 "the provider redirects back"),
                          {});
        }
    }

    // --- OTP and LiveView ---------------------------------------------------------------

    // Functions of module m that another process runs: named in the arguments of spawn*,
    // Task.*, or :proc_lib calls (`&loop/1`, `fn -> loop(x) end`).
    QSet<QByteArray> spawnTargets(int m) const
    {
        QSet<QByteArray> out;
        const Module& mod = modules()[size_t(m)];
        const std::vector<int> starts =
            whereAny({"spawn", "spawn_link", "spawn_monitor", "start", "start_link", "async",
                      "async_nolink", "start_child"});
        const auto [from, to] = within(starts, mod.begin, mod.end);
        for (const int* it = from; it != to; ++it) {
            const int k = *it;
            if (!is(k, K::Identifier))
                continue;
            int b = 0, e = 0;
            if (!callArgs(k, &b, &e))
                continue;
            for (int j = b; j < e; ++j) {
                if (is(j, K::Identifier) && !op(j - 1, ".") &&
                    (punct(j + 1, '(') || op(j - 1, "&")))
                    out.insert(QByteArray(X(j).data(), qsizetype(X(j).size())));
                if (is(j, K::Atom) && X(j).size() > 1)
                    out.insert(QByteArray(X(j).data() + 1, qsizetype(X(j).size()) - 1));
            }
        }
        return out;
    }

    void receiveRules()
    {
        if (m_isTest || !m_isEx)
            return;
        std::vector<int> receives;
        for (int k : where("receive")) {
            if (is(k, K::Keyword, "receive") && is(k + 1, K::Keyword, "do"))
                receives.push_back(k);
        }
        if (receives.empty())
            return;
        // Per def: the callback that reaches it (first found), for the message.
        std::vector<int> reachedFrom(defs().size(), -1);
        for (int i = 0; i < int(defs().size()); ++i) {
            if (!isCallback(defs()[size_t(i)]) && !controllerAction(i))
                continue;
            for (int r : reachableDefs(i)) {
                if (reachedFrom[size_t(r)] < 0)
                    reachedFrom[size_t(r)] = i;
            }
        }
        QHash<int, QSet<QByteArray>> targetsByModule;
        for (int k : receives) {
            const int end = match(k + 1);
            if (end < 0)
                continue;
            bool hasAfter = false;
            bool guaranteed = false;
            for (int j = k + 2; j < end && !hasAfter; ++j) {
                // A clause for {:DOWN, ...} or {:EXIT, ...}: a monitor or a trapped link
                // guarantees a message when the other process ends, so this cannot hang.
                if (punct(j, '{') && (is(j + 1, K::Atom, ":DOWN") || is(j + 1, K::Atom, ":EXIT")))
                    guaranteed = true;
                if (const int m = match(j); m > j) {
                    j = m;
                    continue;
                }
                hasAfter = is(j, K::Keyword, "after");
            }
            if (hasAfter || guaranteed)
                continue;
            const int d = defAt(k);
            if (d < 0)
                continue;
            const Def& def = defs()[size_t(d)];
            const int from = reachedFrom[size_t(d)];
            if (from < 0 && def.module >= 0) {
                // A process's own loop (spawned here) waits by design.
                if (!targetsByModule.contains(def.module))
                    targetsByModule.insert(def.module, spawnTargets(def.module));
                const QSet<QByteArray>& targets = targetsByModule[def.module];
                bool loop = false;
                for (int i = 0; i < int(defs().size()) && !loop; ++i) {
                    const Def& t = defs()[size_t(i)];
                    if (t.module != def.module ||
                        !targets.contains(QByteArray(t.name.data(), qsizetype(t.name.size()))))
                        continue;
                    for (int r : reachableDefs(i))
                        loop = loop || r == d;
                }
                if (loop)
                    continue;
            }
            QString msg;
            if (from == d)
                msg = Tr::tr("receive without after in %1/%2 blocks the process forever if the "
                             "message never comes")
                          .arg(str(def.name))
                          .arg(def.arity);
            else if (from >= 0)
                msg =
                    Tr::tr("receive without after in %1/%2, called from %3/%4, blocks the process "
                           "forever if the message never comes")
                        .arg(str(def.name))
                        .arg(def.arity)
                        .arg(str(defs()[size_t(from)].name))
                        .arg(defs()[size_t(from)].arity);
            else
                msg = Tr::tr("receive without after in %1/%2 waits forever if the message never "
                             "comes")
                          .arg(str(def.name))
                          .arg(def.arity);
            add("otp/receive-without-after", k, msg);
        }
    }

    // A LiveView event that fetches a record by an id from its params alone and then
    // deletes or updates it: nothing ties the record to whoever sent the event.
    void eventAccessRules()
    {
        if (m_isTest || !m_isEx || m_path.contains(u"/admin"))
            return;
        // Words that show the clause thinks about who is asking.
        const auto mentionsAccess = [](SV x) {
            for (SV w : {SV("current_user"), SV("current_scope"), SV("current_account"),
                         SV("current_member"), SV("current_org"), SV("current_team"),
                         SV("authoriz"), SV("can?"), SV("permit"), SV("allowed"), SV("policy"),
                         SV("owner"), SV("Bodyguard"), SV("admin")}) {
                if (x.find(w) != SV::npos)
                    return true;
            }
            return false;
        };
        for (const Def& d : defs()) {
            if (d.name != "handle_event" || d.arity != 3 || d.isPrivate || d.module < 0 ||
                !(rolesOf(d.module) & (LiveView | LiveComponent)) ||
                modules()[size_t(d.module)].name.contains(u"Admin"))
                continue;
            // Variables bound from the event's params: `%{"id" => id}`.
            std::vector<SV> fromClient;
            bool guarded = false;
            for (int j = d.headBegin; j < d.headEnd && !guarded; ++j) {
                guarded = mentionsAccess(X(j));
                if (is(j, K::String) && op(j + 1, "=>") && is(j + 2, K::Identifier) &&
                    !punct(j + 3, '('))
                    fromClient.push_back(X(j + 2));
            }
            if (fromClient.empty() || guarded)
                continue;
            for (int j = d.bodyBegin; j < d.bodyEnd && !guarded; ++j)
                guarded = mentionsAccess(X(j));
            if (guarded)
                continue;
            const auto isClientVar = [&](SV x) {
                return std::find(fromClient.begin(), fromClient.end(), x) != fromClient.end();
            };
            // `record = Mod.get_x!(id)` / `Repo.get!(Post, id)`: every variable in the call
            // came from the client.
            std::vector<SV> fetched;
            for (int j = d.bodyBegin; j < d.bodyEnd; ++j) {
                if (!is(j, K::Identifier) || !X(j).starts_with("get") || !op(j - 1, ".") ||
                    !punct(j + 1, '('))
                    continue;
                const int s = callHead(j);
                if (!op(s - 1, "=") || !is(s - 2, K::Identifier))
                    continue;
                const int close = match(j + 1);
                if (close < j)
                    continue;
                bool byClient = false, other = false;
                for (int q = j + 2; q < close; ++q) {
                    if (!is(q, K::Identifier) || punct(q + 1, '(') || op(q - 1, "."))
                        continue;
                    if (isClientVar(X(q)))
                        byClient = true;
                    else
                        other = true;
                }
                if (byClient && !other)
                    fetched.push_back(X(s - 2));
                j = close;
            }
            if (fetched.empty())
                continue;
            // `card.author_id == me.id`: a field of the record compared is an owner check.
            const auto isFetched = [&](int q) {
                return is(q, K::Identifier) &&
                       std::find(fetched.begin(), fetched.end(), X(q)) != fetched.end();
            };
            for (int q = d.bodyBegin; q + 3 < d.bodyEnd && !guarded; ++q) {
                const auto cmp = [&](int o) { return op(o, "==") || op(o, "!=") || op(o, "==="); };
                guarded = isFetched(q) && op(q + 1, ".") && is(q + 2, K::Identifier) &&
                          (cmp(q + 3) || (q - 1 >= d.bodyBegin && cmp(q - 1)));
            }
            if (guarded)
                continue;
            for (int j = d.bodyBegin; j < d.bodyEnd; ++j) {
                const SV x = X(j);
                // A context or Repo call; a local update/3 is the socket's.
                if (!is(j, K::Identifier) || !punct(j + 1, '(') || !op(j - 1, ".") ||
                    !(x.starts_with("delete") || x.starts_with("update") ||
                      x.starts_with("archive") || x.starts_with("remove")))
                    continue;
                const int close = match(j + 1);
                bool onFetched = false;
                for (int q = j + 2; q < close && !onFetched; ++q)
                    onFetched = isFetched(q);
                // `post |> Posts.delete_post()`
                int pb = 0, pe = 0;
                onFetched = onFetched || (pipedInto(j, &pb, &pe) && isFetched(pe - 1));
                if (!onFetched)
                    continue;
                add("security/unscoped-event-write", j,
                    Tr::tr("handle_event %1 calls %2 on a record fetched by an id from the "
                           "client, and nothing checks that it belongs to the current user")
                        .arg(is(d.headBegin + 1, K::String) ? str(X(d.headBegin + 1))
                                                            : QStringLiteral("/3"),
                             (remoteModule(j).isEmpty() ? QString() : remoteModule(j) + u'.') +
                                 str(x)));
                break;
            }
        }
    }

    // A file removed before the database write that drops its row: when the write fails or
    // the transaction rolls back, the row stays and points at a file that is gone. One
    // level of this module's private helpers is followed (`delete_song_file(song)`).
    void fileBeforeTransactionRules()
    {
        if (m_isTest || !m_isEx || m_isMigration)
            return;
        const auto removesFile = [&](int k) {
            return is(k, K::Identifier) && op(k - 1, ".") && punct(k + 1, '(') &&
                   anyOf(X(k), {"rm", "rm!", "rm_rf", "rm_rf!"}) && remoteModule(k) == u"File";
        };
        std::vector<std::pair<int, SV>> removers; // (module, def name) of defs that remove
        for (int k : whereAny({"rm", "rm!", "rm_rf", "rm_rf!"})) {
            const int d = removesFile(k) ? defAt(k) : -1;
            if (d >= 0)
                removers.emplace_back(defs()[size_t(d)].module, defs()[size_t(d)].name);
        }
        if (removers.empty())
            return;
        const auto isRemover = [&](int module, SV name) {
            return std::find(removers.begin(), removers.end(), std::pair(module, name)) !=
                   removers.end();
        };
        const auto dbWrite = [&](int k) {
            if (!is(k, K::Identifier) || !op(k - 1, "."))
                return false;
            const SV x = X(k);
            if (x == "new")
                return remoteModule(k).endsWith(u"Multi");
            return anyOf(x,
                         {"transaction", "delete", "delete!", "delete_all", "update", "update!"}) &&
                   remoteModule(k).endsWith(u"Repo");
        };
        for (int di = 0; di < int(defs().size()); ++di) {
            const Def& d = defs()[size_t(di)];
            int removal = -1;
            for (int j = d.bodyBegin; j < d.bodyEnd; ++j) {
                if (removal < 0) {
                    if (removesFile(j) ||
                        (is(j, K::Identifier) && !op(j - 1, ".") && X(j) != d.name &&
                         (punct(j + 1, '(') || op(j - 1, "&")) && isRemover(d.module, X(j))))
                        removal = j;
                    continue;
                }
                if (!dbWrite(j))
                    continue;
                // A Multi is built first and runs at its Repo.transaction: name that.
                for (int q = j; X(j) == "new" && q < d.bodyEnd; ++q) {
                    if (is(q, K::Identifier, "transaction") && op(q - 1, ".")) {
                        j = q;
                        break;
                    }
                }
                add("ecto/file-removed-before-write", removal,
                    Tr::tr("the file is removed before %1 on line %2: if that fails or rolls "
                           "back, the row stays and points at a file that is gone")
                        .arg(remoteModule(j) + u'.' + str(X(j)))
                        .arg(T(j).line));
                break;
            }
        }
    }

    bool controllerAction(int i) const
    {
        const Def& d = defs()[size_t(i)];
        return d.module >= 0 && !d.isPrivate && d.arity == 2 &&
               (rolesOf(d.module) & Controller) != 0;
    }

    void processRules()
    {
        if (m_isTest || !m_isEx)
            return;
        if (modules().empty())
            return;
        // What each module's own code does (not its nested modules').
        struct Seen
        {
            bool awaits = false;
            bool handlesInfo = false;
            std::vector<int> asyncs;
            std::vector<int> subscribes;
        };
        std::vector<Seen> seen(modules().size());
        for (int k :
             whereAny({"await", "await_many", "yield", "yield_many", "ignore", "shutdown",
                       "demonitor", "is_reference", "async", "subscribe", "Task", "handle_info"})) {
            const int mi = moduleAt(k);
            if (mi < 0)
                continue;
            Seen& m = seen[size_t(mi)];
            if (is(k, K::Identifier)) {
                const SV x = X(k);
                const QString mod = remoteModule(k);
                if (mod == u"Task" &&
                    anyOf(x, {"await", "await_many", "yield", "yield_many", "ignore", "shutdown"}))
                    m.awaits = true;
                if (x == "demonitor" || x == "is_reference")
                    m.awaits = true;
                if (x == "async" && mod == u"Task" && punct(k + 1, '('))
                    m.asyncs.push_back(k);
                if (x == "subscribe" && punct(k + 1, '(') &&
                    (mod.endsWith(u"PubSub") || mod.endsWith(u"Endpoint")))
                    m.subscribes.push_back(k);
            }
            if (is(k, K::Module, "Task") && punct(k + 1, '{') && op(k - 1, "%"))
                m.awaits = true;
            if (is(k, K::FunctionName, "handle_info"))
                m.handlesInfo = true;
        }
        for (int mi = 0; mi < int(modules().size()); ++mi) {
            const Module& m = modules()[size_t(mi)];
            const bool awaits = seen[size_t(mi)].awaits;
            const bool handlesInfo = seen[size_t(mi)].handlesInfo;
            const std::vector<int>& asyncs = seen[size_t(mi)].asyncs;
            const std::vector<int>& subscribes = seen[size_t(mi)].subscribes;
            if (!awaits) {
                for (int k : asyncs)
                    add("otp/task-not-awaited", k,
                        Tr::tr("Task.async is never awaited: its reply and :DOWN messages pile up "
                               "and a crash in the task takes this process down"));
            }
            const quint32 roles = rolesOf(mi);
            if (!handlesInfo && (roles & (GenServer | LiveView | Channel))) {
                for (int k : subscribes)
                    add("otp/subscribe-without-handle-info", k,
                        Tr::tr("%1 subscribes to PubSub but defines no handle_info/2 for the "
                               "broadcasts")
                            .arg(m.name));
            }
        }
    }

    // --- warnings (Credo) ------------------------------------------------------------------

    void warningRules()
    {
        if (m_isTest || !m_isLib || m_template)
            return;
        for (int k : whereAny({"inspect", "pry", "dbg", "get_env", "fetch_env", "fetch_env!",
                               "get_all_env", "compile_env", "compile_env!", "require"})) {
            const K kind = kindAt(k);
            if (kind == K::Identifier) {
                const SV x = X(k);
                const QString mod = remoteModule(k);
                if ((x == "inspect" && mod == u"IO") || (x == "pry" && mod == u"IEx") ||
                    (x == "dbg" &&
                     (mod == u"Kernel" || (mod.isEmpty() && !op(k - 1, ".") &&
                                           (punct(k + 1, '(') || op(k - 1, "|>")))))) {
                    const int d = defAt(k);
                    if (d >= 0 && defs()[size_t(d)].name == "inspect" && mod != u"IO")
                        continue;
                    add("warning/io-inspect", k,
                        Tr::tr("%1 left in code under lib/")
                            .arg(mod.isEmpty() ? str(x) : mod + u'.' + str(x)));
                    continue;
                }
                if (mod == u"Application" &&
                    anyOf(x, {"get_env", "fetch_env", "fetch_env!", "get_all_env", "compile_env",
                              "compile_env!"}) &&
                    punct(k + 1, '(')) {
                    int pb = 0, pe = 0;
                    // `:app |> Application.get_env(:key)`: the first atom is the key.
                    if (is(k + 2, K::Atom) && !pipedInto(k, &pb, &pe))
                        candidate("warning/foreign-app-env", k + 2,
                                  Tr::tr("Application.%1 reads the config of %2, which is neither "
                                         "this project's application nor a dependency")
                                      .arg(str(x), str(X(k + 2))),
                                  str(X(k + 2)).mid(1));
                    if (x != "compile_env" && x != "compile_env!" && inModuleBody(k) &&
                        !inDefHead(k))
                        add("warning/env-in-module-body", k,
                            Tr::tr(
                                "Application.%1 in the module body is read once at compile time; "
                                "a release's runtime config never reaches it")
                                .arg(str(x)));
                }
            }
            if (kind == K::Keyword && X(k) == "require" && is(k + 1, K::Module, "IEx") &&
                !op(k + 2, "."))
                add("warning/io-inspect", k, Tr::tr("require IEx left in code under lib/"));
        }
    }

    // --- unused results (Credo's Unused*Operation checks) -----------------------------------

    // Modules whose functions only compute a value: a call whose result is dropped did
    // nothing. Data is immutable, so `Map.put(map, k, v)` on its own line is a lost update.
    static bool pureModule(const QString& m)
    {
        static const QStringList names = {
            QStringLiteral("Enum"),   QStringLiteral("Stream"),   QStringLiteral("String"),
            QStringLiteral("List"),   QStringLiteral("Keyword"),  QStringLiteral("Map"),
            QStringLiteral("MapSet"), QStringLiteral("Path"),     QStringLiteral("Regex"),
            QStringLiteral("Tuple"),  QStringLiteral("Integer"),  QStringLiteral("Float"),
            QStringLiteral("Base"),   QStringLiteral("URI"),      QStringLiteral("Atom"),
            QStringLiteral("Date"),   QStringLiteral("DateTime"), QStringLiteral("NaiveDateTime"),
            QStringLiteral("Time"),   QStringLiteral("Decimal")};
        return names.contains(m);
    }

    static bool pureName(SV m)
    {
        static constexpr SV names[] = {"Enum",    "Stream",   "String",        "List",  "Keyword",
                                       "Map",     "MapSet",   "Path",          "Regex", "Tuple",
                                       "Integer", "Float",    "Base",          "URI",   "Atom",
                                       "Date",    "DateTime", "NaiveDateTime", "Time",  "Decimal"};
        for (SV n : names) {
            if (n.size() == m.size() && n == m)
                return true;
        }
        return false;
    }

    // Whether code position s can begin a statement of a block: first on its line (or after
    // `;`), and the token before ends an expression or opens a block. A token after an
    // operator, a comma, an opening bracket or a keyword key continues an expression instead.
    bool startsStatement(int s) const
    {
        if (s <= 0 || T(s).flags != 0)
            return false;
        const int p = s - 1;
        if (punct(p, ';'))
            return true;
        if (T(p).line >= T(s).line)
            return false;
        switch (kindAt(p)) {
        case K::Keyword:
            return anyOf(X(p), {"do", "else", "after", "rescue", "catch", "end"});
        case K::Operator:
            return op(p, "->");
        case K::Punctuation:
            return punct(p, ')') || punct(p, ']') || punct(p, '}');
        case K::KeywordKey:
            return false;
        default:
            return true;
        }
    }

    // The statement [s, e) when it is a value run through calls and nothing else
    // (`Mod.f(...)`, `x |> Mod.f(...) |> Mod.g(...)`): the last call, else -1.
    int lastCallOfChain(int s, int e) const
    {
        int last = -1;
        for (int j = s; j < e; ++j) {
            if (is(j, K::Module) || op(j, "."))
                continue;
            if (op(j, "|>") && j > s)
                continue;
            if (is(j, K::Identifier)) {
                if (!punct(j + 1, '(')) {
                    // Only the piped value may be a bare variable; `log Map.keys(m)` is a call
                    // without parentheses that uses the value.
                    if (j != s || !op(j + 1, "|>"))
                        return -1;
                    continue;
                }
                const int close = match(j + 1);
                if (close < 0 || close >= e)
                    return -1;
                last = j;
                j = close;
                if (j + 1 < e && !op(j + 1, "|>"))
                    return -1; // `f(x).field`, `f(x) + 1`: the value is used
                continue;
            }
            return -1;
        }
        return last;
    }

    // Whether the statement ending at e is followed by another statement of the same block,
    // so its value is dropped. Before `end`, a closing bracket, `else` and the like, or the
    // head of the next clause (`pattern ->`), it is the block's value.
    bool valueDropped(int e) const
    {
        if (e >= n())
            return false;
        int next = e;
        if (punct(next, ';'))
            ++next;
        else if (T(next).line <= T(e - 1).line)
            return false;
        if (next >= n() ||
            (is(next, K::Keyword) && anyOf(X(next), {"end", "else", "after", "rescue", "catch"})))
            return false;
        if (punct(next, ')') || punct(next, ']') || punct(next, '}'))
            return false;
        // Like expressionEnd, but over commas: `{:a, x}, acc ->` heads a clause of a
        // two-argument fn.
        int line = T(next).line;
        for (int j = next; j < n(); ++j) {
            if (op(j, "->"))
                return false;
            if (T(j).line > line && !is(j - 1, K::Operator) && !punct(j - 1, ','))
                break;
            if (punct(j, ')') || punct(j, ']') || punct(j, '}') || is(j, K::Keyword, "end") ||
                is(j, K::Keyword, "do"))
                break;
            if (const int m = match(j); m > j)
                j = m;
            line = T(j).line;
        }
        return true;
    }

    void unusedResultRules()
    {
        if (m_template)
            return;
        for (const int s : lineStarts()) {
            // Only a chain of calls can be dropped (lastCallOfChain): its first token is a
            // module, a call, or the variable piped in. The cheap test goes first, and the
            // search for the enclosing definition last.
            const K kind = kindAt(s);
            if (kind != K::Module &&
                (kind != K::Identifier || !(punct(s + 1, '(') || op(s + 1, "|>"))))
                continue;
            if (!startsStatement(s) || defAt(s) < 0)
                continue;
            int e = expressionEnd(s, n());
            for (int j = s; j < e; ++j) { // `a; b` on one line is two statements
                if (punct(j, ';')) {
                    e = j;
                    break;
                }
                if (const int m = match(j); m > j)
                    j = m;
            }
            const int call = lastCallOfChain(s, e);
            if (call < 0 || match(call + 1) != e - 1)
                continue;
            // `Enum.f`, not `Foo.Enum.f`: the one-segment alias before the dot is a pure
            // module (tested here without building the alias's QString).
            if (!op(call - 1, ".") || !is(call - 2, K::Module) || !pureName(X(call - 2)) ||
                (op(call - 3, ".") && is(call - 4, K::Module)))
                continue;
            const QString mod = remoteModule(call);
            const SV fun = X(call);
            if (!pureModule(mod) || (mod == u"Enum" && fun == "each") ||
                (mod == u"Stream" && anyOf(fun, {"run"})))
                continue;
            if (!valueDropped(e))
                continue;
            int b = 0, ae = 0;
            int arity = callArgs(call, &b, &ae) ? int(splitArgs(b, ae).size()) : 0;
            int pb = 0, pe = 0;
            if (pipedInto(call, &pb, &pe))
                ++arity;
            // URI.default_port/2 registers a port for a scheme: called for its effect.
            if (mod == u"URI" && fun == "default_port" && arity == 2)
                continue;
            const QString name = mod + u'.' + str(fun) + u'/' + QString::number(arity);
            // A callback may have side effects (a reduce that writes files): then the dropped
            // value is a style matter, low. Without one the call did nothing at all.
            const bool callback =
                (mod == u"Enum" || mod == u"Stream") &&
                (rangeHas(b, ae, K::Keyword, "fn") || rangeHas(b, ae, K::Operator, "&"));
            if (callback) {
                add("warning/unused-result", call,
                    Tr::tr("The result of %1 is dropped; if only the callback's side effects "
                           "matter, Enum.each/2 says so")
                        .arg(name))
                    .severity = Finding::Severity::Low;
            } else {
                add("warning/unused-result", call,
                    Tr::tr("The result of %1 is dropped: data is immutable, so this call "
                           "changes nothing")
                        .arg(name));
            }
        }
    }

    // --- dependencies --------------------------------------------------------------------

    void mixRules()
    {
        const QString file = m_path.section(u'/', -1);
        if (file == u"mix.exs") {
            for (int k = 0; k < n(); ++k) {
                if (is(k, K::KeywordKey, "app:") && is(k + 1, K::Atom))
                    m_out.facts.insert(u"app:" + str(X(k + 1)).mid(1));
                if (punct(k, '{') && is(k + 1, K::Atom) && punct(k + 2, ','))
                    m_out.facts.insert(u"dep:" + str(X(k + 1)).mid(1));
            }
        }
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

    // `Enum.reduce(filters, query, fn {:tag, ids}, q -> ...; {:name, n}, q -> ... end)`: a
    // filter builder whose clauses each match one key of a keyword list or map. A clause
    // runs once per key, not once per row, so a query inside it is no N+1. Two or more
    // clauses whose pattern opens with `{:atom` make the shape; result tags (`{:ok, x}`,
    // `{:error, _}`) are per row and do not count.
    bool dispatchesOnKeys(int b, int e) const
    {
        int clauses = 0;
        for (int j = b; j < e && clauses < 2; ++j) {
            if (!punct(j, '{') || !is(j + 1, K::Atom) ||
                !(is(j - 1, K::Keyword, "fn") || T(j - 1).line < T(j).line) ||
                anyOf(X(j + 1), {":ok", ":error", ":noreply", ":reply", ":cont", ":halt", ":exit",
                                 ":EXIT", ":DOWN"}))
                continue;
            const int close = match(j);
            if (close <= j)
                continue;
            for (int a = close + 1; a < e && T(a).line == T(close).line; ++a) {
                if (op(a, "->")) {
                    ++clauses;
                    break;
                }
            }
            j = close;
        }
        return clauses >= 2;
    }

    void nPlusOneIn(int b, int e)
    {
        // Data migrations and seeds run once, and tests load a handful of rows: a loop of
        // queries there is the usual shape, not a production cost.
        if (m_isOneOff || m_isTest)
            return;
        // Loops nest or follow one another, and they are visited in source order: a loop
        // inside one already scanned holds no Repo call not reported (and deduplicated)
        // already, so nested loops cost nothing more than the outer one.
        if (b >= m_loopScanned.first && e <= m_loopScanned.second)
            return;
        m_loopScanned = {b, e};
        for (int j = b; j < e; ++j) {
            if (isRepoCall(j) && once(1, j))
                add("performance/n-plus-one", j,
                    Tr::tr("Repo.%1 runs once per element of the enclosing loop").arg(str(X(j))));
        }
    }

    void performanceRules()
    {
        const bool liveView = [&] {
            for (int m = 0; m < int(modules().size()); ++m) {
                if (moduleUses(m, ":live_view") || moduleUses(m, "Phoenix.LiveView") ||
                    moduleUses(m, ":live_component") || moduleUses(m, "Phoenix.LiveComponent"))
                    return true;
            }
            return false;
        }();
        for (int k : whereAny({"map", "each", "reduce", "flat_map", "filter", "reduce_while",
                               "map_reduce", "into", "for"})) {
            const K kind = kindAt(k);
            if (kind == K::Identifier) {
                const SV x = X(k);
                int b = 0, e = 0;
                if ((x == "map" || x == "each" || x == "reduce" || x == "flat_map" ||
                     x == "filter" || x == "reduce_while" || x == "map_reduce" || x == "into") &&
                    (calledOn(k, "Enum") || calledOn(k, "Stream")) && callArgs(k, &b, &e) &&
                    !(x == "reduce" && dispatchesOnKeys(b, e)))
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
            for (const Def& d : defs()) {
                if (d.name != "mount")
                    continue;
                for (int j = d.bodyBegin; j < d.bodyEnd; ++j) {
                    if (is(j, K::Identifier, "all") && isRepoCall(j) &&
                        !rangeHas(d.bodyBegin, d.bodyEnd, K::Identifier, "limit") &&
                        !rangeHas(d.bodyBegin, d.bodyEnd, K::KeywordKey, "limit:"))
                        add("performance/unbounded-mount-query", j,
                            Tr::tr("Repo.all in mount/3 loads the whole table"));
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
                if (const int i = assignmentBefore(j); i >= 0) {
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
        return false;
    }

    void listAssigns()
    {
        for (int k : where("assign")) {
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
                            Tr::tr("%1 holds a database collection in assigns; a stream fits")
                                .arg(str(X(a))));
                    break;
                }
                if (is(a, K::KeywordKey)) {
                    for (size_t j = i; j < args.size(); ++j) {
                        if (is(args[j], K::KeywordKey) &&
                            loadsCollection(args[j] + 1, argEnd(args, j, e)))
                            add("performance/list-assign-stream", args[j],
                                Tr::tr("%1 holds a database collection in assigns; a stream fits")
                                    .arg(str(X(args[j]))));
                    }
                    break;
                }
            }
        }
    }

    // `def down` of a migration says how to undo it: its tables and indexes are not the
    // schema the migrations leave behind.
    bool inDownMigration(int k) const
    {
        if (!m_isMigration)
            return false;
        const int d = defAt(k);
        return d >= 0 && defs()[size_t(d)].name == "down";
    }

    // A migration's table argument: `:users` or `"users"`; empty for anything else.
    QString tableName(int k) const
    {
        if (is(k, K::Atom))
            return str(X(k)).mid(1);
        const SV x = X(k);
        if (is(k, K::String) && x.size() > 2 && x.front() == '"' && x.back() == '"' &&
            x.find_first_of("#\\ ") == SV::npos)
            return str(x.substr(1, x.size() - 2));
        return {};
    }

    // `drop index(...)`, `drop_if_exists(unique_index(...))`: the index at k goes away.
    bool droppedIndex(int k) const
    {
        const int before = punct(k - 1, '(') ? k - 2 : k - 1;
        return is(before, K::Identifier, "drop") || is(before, K::Identifier, "drop_if_exists");
    }

    // Fields this module fills itself: `field :uuid, Ecto.UUID, autogenerate: true`, or
    // `put_change(:uuid, Ecto.UUID.generate())` / random bytes.
    // Module attribute definitions (`@fields [...]` at the start of a line) by name, for
    // field lists given as attributes; built once per file.
    const std::unordered_map<SV, int>& attributeDefinitions() const
    {
        if (!m_attributeDefs) {
            m_attributeDefs.emplace();
            for (int a : ofKind(K::ModuleAttribute)) {
                if (a == 0 || T(a - 1).line != T(a).line)
                    (*m_attributeDefs)[X(a)] = a; // the last definition wins
            }
        }
        return *m_attributeDefs;
    }

    // Atoms named by [b, e): `[:a, :b]`, `~w(a b)a`, `@fields` (the module attribute's
    // value) or a variable set to such a list in the same definition (one level deep),
    // joined with `++`. False when some part is none of those.
    bool fieldNames(int b, int e, QStringList* out, int depth = 0) const
    {
        if (b >= e)
            return false;
        for (int j = b; j < e; ++j) {
            if (punct(j, '[') || punct(j, ']') || punct(j, ',') || op(j, "++"))
                continue;
            if (is(j, K::Atom)) {
                *out << str(X(j)).mid(1);
            } else if (is(j, K::Sigil) && X(j).size() > 4 && X(j)[1] == 'w' && X(j).back() == 'a') {
                // ~w(a b c)a: the words between the delimiters.
                const QString body = str(X(j)).mid(3).chopped(2);
                *out << body.simplified().split(u' ', Qt::SkipEmptyParts);
            } else if (is(j, K::ModuleAttribute) && depth == 0) {
                const auto it = attributeDefinitions().find(X(j));
                if (it == attributeDefinitions().end() || it->second == j ||
                    !fieldNames(it->second + 1, expressionEnd(it->second + 1, n()), out, 1))
                    return false;
            } else if (is(j, K::Identifier) && depth == 0 && e == b + 1 && defAt(j) >= 0) {
                // `fields = [...]` earlier in the same definition.
                const int at = assignmentBefore(j);
                if (at < 0 || !fieldNames(at + 2, expressionEnd(at + 2, j), out, 1))
                    return false;
            } else {
                return false;
            }
        }
        return true;
    }

    // What the module's changesets write: every cast's field list and put_change's field.
    void castFieldsOf(FileAnalysis::Schema* s) const
    {
        for (int k : where("cast")) {
            if (!is(k, K::Identifier, "cast") || !punct(k + 1, '(') || op(k - 1, "."))
                continue;
            const auto args = arguments(k);
            if (args.size() < 3 || !fieldNames(args[2].b, args[2].e, &s->castFields)) {
                s->castKnown = false;
                return;
            }
        }
        for (int k : whereAny({"put_change", "force_change", "change"})) {
            if (!is(k, K::Identifier) || !punct(k + 1, '('))
                continue;
            const auto args = arguments(k);
            if (X(k) == "change") {
                // change(struct, slug: ...) / change(struct, %{slug: ...})
                for (const Arg& a : args) {
                    for (int j = a.b; j < a.e; ++j) {
                        if (is(j, K::KeywordKey))
                            s->castFields << str(X(j)).chopped(1);
                    }
                }
                continue;
            }
            if (args.size() >= 2 && is(args[1].b, K::Atom))
                s->castFields << str(X(args[1].b)).mid(1);
        }
    }

    QStringList generatedFields() const
    {
        QStringList out;
        for (int k : where("autogenerate:")) {
            if (!is(k, K::KeywordKey, "autogenerate:") || !is(k + 1, K::Keyword, "true"))
                continue;
            for (int j = k - 1; j >= 0 && T(j).line == T(k).line; --j) {
                if (is(j, K::Identifier, "field") && is(j + 1, K::Atom)) {
                    out << str(X(j + 1)).mid(1);
                    break;
                }
            }
        }
        for (int k : where("put_change")) {
            int b = 0, e = 0;
            if (!is(k, K::Identifier, "put_change") || !callArgs(k, &b, &e))
                continue;
            int field = -1;
            for (int j = b; j < e; ++j) {
                if (is(j, K::Atom)) {
                    field = j;
                    break;
                }
                if (const int m = match(j); m > j)
                    j = m;
            }
            if (field < 0)
                continue;
            for (int j = field + 1; j < e; ++j) {
                const SV y = X(j);
                if (is(j, K::Identifier) &&
                    (y == "strong_rand_bytes" || y == "generate" || y == "bingenerate")) {
                    out << str(X(field)).mid(1);
                    break;
                }
            }
        }
        return out;
    }

    // A column the database fills (`add :code, :uuid, default: fragment("gen_random_uuid()")`)
    // never collides on input: its unique index needs no unique_constraint.
    void noteGeneratedDefault(const QString& table, int add, int end)
    {
        for (int q = add + 2; q < end && T(q).line == T(add).line; ++q) {
            if (is(q, K::String) && (X(q).find("gen_random_uuid") != SV::npos ||
                                     X(q).find("uuid_generate_v") != SV::npos)) {
                m_out.facts.insert(u"generated:" + table.mid(1) + u'.' + str(X(add + 1)).mid(1));
                return;
            }
        }
    }

    void referencesWithoutIndex()
    {
        // Indexed columns by table: the first column of each index.
        QSet<QString> indexed;
        for (int k : whereAny({"index", "unique_index"})) {
            // Table names as atoms or plain strings: `index("orgs", [:owner_id])`.
            const QString indexTable = tableName(k + 2);
            if ((is(k, K::Identifier, "index") || is(k, K::Identifier, "unique_index")) &&
                punct(k + 1, '(') && !indexTable.isEmpty() && punct(k + 3, ',') &&
                !inDownMigration(k) && !droppedIndex(k)) {
                int c = k + 4;
                if (punct(c, '['))
                    ++c;
                if (is(c, K::Atom)) {
                    indexed.insert(indexTable + u'.' + str(X(c)).mid(1));
                    // Any migration's index covers the reference: a later migration is
                    // where an index for an old table belongs.
                    m_out.facts.insert(u"index:" + indexTable + u'.' + str(X(c)).mid(1));
                }
            }
        }
        for (int k : where("table")) {
            if (!is(k, K::Identifier, "table") || !punct(k + 1, '(') || tableName(k + 2).isEmpty())
                continue;
            // With its colon, as noteGeneratedDefault and the messages below expect.
            const QString table = u':' + tableName(k + 2);
            if (inDownMigration(k))
                continue;
            // The block must follow this call: `rename table("a"), to: table("b")` has
            // none, and the next `alter table(...) do` belongs to another table.
            const int d = match(k + 1) + 1;
            if (d <= k + 1 || !is(d, K::Keyword, "do") || match(d) < d)
                continue;
            const int end = match(d);
            bool firstPkSeen = false;
            for (int j = d + 1; j < end; ++j) {
                if (!is(j, K::Identifier, "add") || !is(j + 1, K::Atom))
                    continue;
                noteGeneratedDefault(table, j, end);
                if (!punct(j + 2, ',') || !is(j + 3, K::Identifier, "references"))
                    continue;
                // The first column of a composite primary key is indexed by the key.
                int lineEnd = j + 1;
                while (lineEnd < end && T(lineEnd).line == T(j).line)
                    ++lineEnd;
                bool pk = false;
                for (int q = j + 3; q < lineEnd; ++q)
                    pk = pk ||
                         (is(q, K::KeywordKey, "primary_key:") && is(q + 1, K::Keyword, "true"));
                if (pk && !firstPkSeen) {
                    firstPkSeen = true;
                    continue;
                }
                const QString column = str(X(j + 1));
                if (indexed.contains(table.mid(1) + u'.' + column.mid(1)))
                    continue;
                // Kept only when no migration of the project indexes the column.
                Finding& f = candidate("performance/reference-without-index", j + 3,
                                       Tr::tr("%1.%2 references another table but has no index")
                                           .arg(table.mid(1), column.mid(1)),
                                       table.mid(1) + u'.' + column.mid(1));
                const Replacement r = newIndexMigration(table.mid(1), column.mid(1));
                if (r.isValid())
                    f.replacements.append(r);
            }
        }
    }

    // The index goes into a new migration next to this one: a migration that has already
    // run never runs again, so an index added to it would reach no database. Its version
    // is this migration's plus one second (Ecto runs every version it has not seen, in
    // order), which keeps the fix the same on every analysis.
    Replacement newIndexMigration(const QString& table, const QString& column) const
    {
        const qsizetype slash = m_path.lastIndexOf(u'/');
        const QString file = m_path.mid(slash + 1);
        QDateTime stamp =
            QDateTime::fromString(file.section(u'_', 0, 0), QStringLiteral("yyyyMMddHHmmss"));
        stamp = QDateTime(stamp.date(), stamp.time(), QTimeZone::utc());
        QString prefix;
        for (const Module& m : modules()) {
            if (m.parent < 0) {
                prefix = m.name.section(u'.', 0, -2);
                break;
            }
        }
        if (!stamp.isValid() || prefix.isEmpty())
            return {};
        const QString name = QStringLiteral("add_%1_%2_index").arg(table, column);
        QString camel;
        for (const QString& part : name.split(u'_', Qt::SkipEmptyParts))
            camel += part.left(1).toUpper() + part.mid(1);
        Replacement r;
        r.path = m_path.left(slash + 1) +
                 stamp.addSecs(1).toString(QStringLiteral("yyyyMMddHHmmss")) + u'_' + name +
                 QStringLiteral(".exs");
        r.line = r.endLine = 1;
        r.column = r.endColumn = 1;
        r.begin = r.end = 0;
        r.newText = QStringLiteral("defmodule %1.%2 do\n"
                                   "  use Ecto.Migration\n"
                                   "\n"
                                   "  def change do\n"
                                   "    create index(:%3, [:%4])\n"
                                   "  end\n"
                                   "end\n")
                        .arg(prefix, camel, table, column);
        return r;
    }

    // --- OTP ------------------------------------------------------------------------------

    void otpRules()
    {
        for (int i = 0; i < int(defs().size()); ++i) {
            const Def& d = defs()[size_t(i)];
            if (d.module < 0 || !isCallback(d) || d.name == "terminate" ||
                d.name == "code_change" || d.name == "render")
                continue;
            // Calls a GenServer, LiveView, LiveComponent or Channel process waits on.
            if (rolesOf(d.module) & (GenServer | LiveView | LiveComponent | Channel))
                blockingIn(d);
        }
        for (int k : whereAny({"call", "spawn", "start", "start_link"})) {
            if (!is(k, K::Identifier))
                continue;
            const SV x = X(k);
            if (isRemote(k, "call", "GenServer")) {
                // `pid |> GenServer.call(msg, :infinity)` counts the piped pid.
                const auto args = arguments(k);
                if (args.size() >= 3 && is(args[2].b, K::Atom, ":infinity")) {
                    Finding& f = add("otp/call-infinity", args[2].b,
                                     Tr::tr("GenServer.call waits forever (:infinity)"));
                    f.replacements.append(replaceToken(args[2].b, QStringLiteral("30_000")));
                }
            }
            if (m_isTest || !m_isEx)
                continue;
            if ((x == "spawn" && !op(k - 1, ".") && !is(k - 1, K::Atom) && punct(k + 1, '(')) ||
                isRemote(k, "spawn", "Process") || isRemote(k, "start", "Task")) {
                add("otp/unsupervised-spawn", k,
                    Tr::tr("%1 starts a process nobody links to or supervises")
                        .arg(remoteModule(k).isEmpty() ? str(x) : remoteModule(k) + u'.' + str(x)));
            }
            const bool starts = (x == "start_link" || x == "start") && op(k - 1, ".") &&
                                !remoteModule(k).isEmpty() && remoteModule(k) != u"Task" &&
                                !remoteModule(k).startsWith(u':') && punct(k + 1, '(');
            if (starts && m_isLib) {
                const int d = defAt(k);
                const SV in = d >= 0 ? defs()[size_t(d)].name : SV();
                const bool supervised = in == "start_link" || in == "start" || in == "init" ||
                                        in == "child_spec" || d < 0;
                const QString mod = remoteModule(k);
                // start_link ties the process to its caller, which is ownership enough in a
                // long-lived process; from a request (controller, LiveView, channel) the
                // process dies with the request or, unlinked, outlives everything.
                const bool request = d >= 0 && (rolesOf(defs()[size_t(d)].module) &
                                                (Controller | LiveView | LiveComponent | Channel));
                // `Telemetry.start(event, meta)` opens a measurement span, not a process.
                const bool measures = mod.endsWith(u"Telemetry") || mod.endsWith(u"Span") ||
                                      mod.endsWith(u"Tracer") || mod.endsWith(u"Timer");
                if (!supervised && (x == "start" || request) && !mod.endsWith(u"Supervisor") &&
                    mod != u"Application" && !measures)
                    add("otp/process-outside-supervision", k,
                        Tr::tr("%1.%2 is called from %3/…, outside any supervisor")
                            .arg(mod, str(x), str(in)));
            }
        }
        missingImpl();
    }

    void blockingIn(const Def& d)
    {
        for (int j = d.bodyBegin; j < d.bodyEnd; ++j) {
            if (!is(j, K::Identifier) || !op(j - 1, "."))
                continue;
            const SV x = X(j);
            const bool candidate = x == "sleep" || x == "get" || x == "post" || x == "put" ||
                                   x == "patch" || x == "delete" || x == "request" || x == "get!" ||
                                   x == "post!" || x == "request!" || x == "put!" ||
                                   x == "delete!" || x == "patch!";
            if (!candidate)
                continue;
            const QString mod = remoteModule(j);
            QString what;
            if ((x == "sleep" && (mod == u"Process" || mod == u":timer")))
                what = mod + u'.' + str(x);
            else if (mod == u"HTTPoison" || mod == u"Req" || mod == u"Finch" || mod == u"Tesla" ||
                     mod == u":httpc" || mod == u"Mint.HTTP" || mod == u":hackney")
                what = mod + u'.' + str(x);
            if (what.isEmpty() || inAsyncFn(j, d.bodyBegin))
                continue;
            add("otp/blocking-in-callback", j,
                Tr::tr("%1 blocks the process inside %2/%3").arg(what, str(d.name)).arg(d.arity));
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
        std::vector<std::vector<const B*>> used(modules().size());
        for (size_t m = 0; m < modules().size(); ++m) {
            for (const B& b : behaviours) {
                for (const QString& u : modules()[m].uses) {
                    if (u == QLatin1StringView(b.marker) ||
                        u.endsWith(QLatin1StringView(b.marker))) {
                        used[m].push_back(&b);
                        break;
                    }
                }
            }
        }
        // Elixir warns only once a module marks some callback with @impl: then every
        // callback needs it. A module with no @impl at all is valid and quiet.
        std::vector<bool> anyImpl(modules().size(), false);
        for (const Def& d : defs()) {
            if (d.module >= 0 && d.hasImpl)
                anyImpl[size_t(d.module)] = true;
        }
        // Per module and name, the last clause with @impl: one pass, not one per def.
        std::map<std::pair<int, SV>, size_t> lastImpl;
        for (size_t i = 0; i < defs().size(); ++i) {
            if (defs()[i].hasImpl)
                lastImpl[{defs()[i].module, defs()[i].name}] = i;
        }
        std::vector<std::vector<const Def*>> missing(modules().size());
        SV lastName;
        int lastModule = -2;
        bool lastHadImpl = false;
        for (const Def& d : defs()) {
            const bool sameFunction = d.name == lastName && d.module == lastModule;
            lastName = d.name;
            lastModule = d.module;
            if (sameFunction) {
                lastHadImpl = lastHadImpl || d.hasImpl;
                continue;
            }
            lastHadImpl = d.hasImpl;
            if (d.isPrivate || d.module < 0 || d.hasImpl || !anyImpl[size_t(d.module)])
                continue;
            bool callback = false;
            for (const B* b : used[size_t(d.module)]) {
                for (SV c : b->callbacks)
                    callback = callback || c == d.name;
            }
            // A later clause with @impl covers the function.
            const auto impl = lastImpl.find({d.module, d.name});
            const bool laterImpl =
                impl != lastImpl.end() && impl->second > size_t(&d - defs().data());
            if (callback && !laterImpl)
                missing[size_t(d.module)].push_back(&d);
        }
        for (size_t m = 0; m < missing.size(); ++m) {
            if (missing[m].empty())
                continue;
            QStringList names;
            for (const Def* d : missing[m])
                names << str(d->name) + u'/' + QString::number(d->arity);
            const Def* first = missing[m].front();
            Finding& f = add("otp/missing-impl", first->nameK,
                             Tr::tr("%1 uses @impl for some callbacks but not for %2")
                                 .arg(modules()[m].name, names.join(QStringLiteral(", "))));
            // One fix for the whole module: Elixir wants all or none.
            for (const Def* d : missing[m])
                f.replacements.append(
                    insertLineBefore(d->k, indentOf(d->k) + QStringLiteral("@impl true\n")));
        }
    }

    // --- templates (accessibility, preload candidates) ------------------------------------

    std::vector<Element> elements() const
    {
        std::vector<Element> out;
        for (const int k : ofKind(K::HtmlTag)) {
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
                        if (is(v, K::HtmlAttributeValue) && !is(v + 1, K::HtmlAttributeValue) &&
                            !is(v + 1, K::EExDelimiter)) {
                            // One quoted token, the usual case: a view of the source, no copy
                            // (the source outlives every Element).
                            SV val = X(v);
                            if (!val.empty() && (val.front() == '"' || val.front() == '\''))
                                val.remove_prefix(1);
                            if (!val.empty() && (val.back() == '"' || val.back() == '\''))
                                val.remove_suffix(1);
                            a.value = QByteArray::fromRawData(val.data(), qsizetype(val.size()));
                            j = v + 1;
                        } else if (is(v, K::HtmlAttributeValue)) {
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
        if (!m_template && std::none_of(tokens.cbegin(), tokens.cend(),
                                        [](const Token& t) { return t.flags & Token::InTemplate; }))
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
        const std::vector<int>& tags = ofKind(K::HtmlTag);
        size_t tag = 0; // the next tag not yet passed
        for (size_t i = 0; i < els.size(); ++i) {
            const Element& el = els[i];
            // Closing </label> between this element and the previous one.
            for (; tag < tags.size() && tags[tag] < el.k; ++tag) {
                if (X(tags[tag]) == "</label" && labelDepth > 0)
                    --labelDepth;
            }
            if (el.name == "label" && !el.selfClosing)
                ++labelDepth;
            if (isComponent(el.name))
                continue;
            if (el.name == "img" && !el.attr("alt")) {
                Finding& f =
                    add("accessibility/img-alt", el.k, Tr::tr("<img> has no alt attribute"));
                f.replacements.append(afterName(el, QStringLiteral(" alt=\"\"")));
            }
            if (el.attr("phx-click") && !isInteractive(el.name) && !clickReachable(el)) {
                const bool role = el.attr("role");
                const bool tab = el.attr("tabindex");
                const bool keys = el.attr("phx-keydown") || el.attr("phx-keyup");
                if (!role || !tab || !keys) {
                    Finding& f = add("accessibility/click-non-interactive", el.k,
                                     Tr::tr("<%1 phx-click> cannot be used with the keyboard")
                                         .arg(str(el.name)));
                    // role/tabindex alone leave Enter and Space dead: the fix is a real
                    // button, where a button may hold the content; otherwise none.
                    const int end = elementEnd(el);
                    if ((el.name == "div" || el.name == "span") && end < n() &&
                        phrasingOnly(el.endK + 1, end)) {
                        f.replacements.append(
                            replaceToken(el.k, QStringLiteral("<button type=\"button\"")));
                        f.replacements.append(replaceToken(end, QStringLiteral("</button")));
                    }
                }
            }
            if (el.name == "input" || el.name == "select" || el.name == "textarea") {
                const Attr* type = el.attr("type");
                const QByteArray ty = type ? type->value.toLower() : QByteArray();
                // Hidden fields (type, attribute or the utility class) are not announced.
                const Attr* cls = el.attr("class");
                const bool hidden =
                    el.attr("hidden") ||
                    (cls && (cls->value == "hidden" || cls->value.startsWith("hidden ") ||
                             cls->value.contains(" hidden ") || cls->value.endsWith(" hidden")));
                const bool needs = !(ty == "hidden" || ty == "submit" || ty == "button" ||
                                     ty == "reset" || ty == "image" || hidden);
                const Attr* id = el.attr("id");
                const bool labelled = el.attr("aria-label") || el.attr("aria-labelledby") ||
                                      labelDepth > 0 ||
                                      (id && (id->dynamic || labelFors.contains(id->value)));
                if (needs && !labelled)
                    add("accessibility/input-label", el.k,
                        Tr::tr("<%1> has no label").arg(str(el.name)));
            }
            if (el.name == "button" && !el.selfClosing && !el.attr("aria-label") &&
                !el.attr("aria-labelledby") && !el.attr("title") && iconOnly(el))
                add("accessibility/icon-button-name", el.k,
                    Tr::tr("this button shows only an icon and has no accessible name"));
        }
        if (!hasLiveRegion)
            liveRegion(els);
        preloadCandidates(els);
    }

    // Code position of an element's closing tag (its `>`/`/>` when self-closing).
    int elementEnd(const Element& el) const
    {
        if (el.selfClosing)
            return el.endK;
        const std::string close = "</" + std::string(el.name);
        const std::string open = "<" + std::string(el.name);
        int depth = 0;
        for (int j = el.endK + 1; j < n(); ++j) {
            if (!is(j, K::HtmlTag))
                continue;
            if (X(j) == open)
                ++depth;
            else if (X(j) == close && depth-- == 0)
                return j;
        }
        return n();
    }

    // A click handler that keyboard users reach anyway: the element holds a button, link or
    // field (Enter on it clicks through), or it is an empty backdrop next to the real
    // controls.
    bool clickReachable(const Element& el) const
    {
        const int end = elementEnd(el);
        if (end == el.endK + 1 || el.selfClosing)
            return true;
        for (int j = el.endK + 1; j < end && j < n(); ++j) {
            if (!is(j, K::HtmlTag))
                continue;
            const SV x = X(j);
            if (x == "<button" || x == "<a" || x == "<input" || x == "<select" ||
                x == "<textarea" || x == "<.link" || x == "<.button")
                return true;
        }
        return false;
    }

    // Content a <button> may hold: text, expressions and phrasing elements, nothing
    // interactive or block-level.
    bool phrasingOnly(int b, int e) const
    {
        static const SV phrasing[] = {"<span", "<i",   "<b",    "<strong", "<em",   "<small",
                                      "<img",  "<svg", "<path", "<.icon",  "<abbr", "<code",
                                      "<br",   "<kbd", "<sub",  "<sup",    "<mark", "<time"};
        for (int j = b; j < e && j < n(); ++j) {
            if (!is(j, K::HtmlTag))
                continue;
            const SV x = X(j);
            if (x.size() < 2 || x[0] != '<' || x[1] == '/')
                continue;
            bool ok = false;
            for (SV p : phrasing)
                ok = ok || p == x;
            if (!ok)
                return false;
        }
        return true;
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
        for (int k : whereAny({"@flash", "live_flash"})) {
            const bool flash = (is(k, K::ModuleAttribute, "@flash") && !op(k - 2, "=") &&
                                !(is(k - 1, K::EExDelimiter) && op(k - 2, "="))) ||
                               is(k, K::Identifier, "live_flash");
            if (flash && T(k).inTemplate()) {
                add("accessibility/live-region", k,
                    Tr::tr("flash messages are rendered without an aria-live region"));
                return;
            }
        }
        for (const Element& el : els) {
            const Attr* u = el.attr("phx-update");
            if (u && (u->value == "append" || u->value == "prepend")) {
                add("accessibility/live-region", el.k,
                    Tr::tr("content LiveView adds here is not announced (no aria-live region)"));
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
                        Tr::tr("%1.%2 is read for every row, but the list is loaded without "
                               "preloading %2")
                            .arg(str(name), str(X(j + 2))));
                    m_out.preloadCandidates.append(f);
                    j += 4;
                }
            }
        };
        for (int k : where("for")) {
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
        if (m_isTest || m_isMigration)
            return;
        for (int k : where("cast")) {
            if (!is(k, K::Identifier, "cast") || !punct(k + 1, '('))
                continue;
            if (op(k - 1, ".") && !remoteModule(k).endsWith(u"Changeset"))
                continue;
            const int d = defAt(k);
            if (d < 0)
                continue;
            const Def& def = defs()[size_t(d)];
            // Only the changesets that create rows: updates of a few fields and embedded
            // helpers legitimately require nothing. Helpers (`validate_email/1`) often hold
            // the validate_required, so the whole module counts.
            const SV name = def.name;
            const bool creates = name == "changeset" || name.find("create") != SV::npos ||
                                 name.find("creation") != SV::npos ||
                                 name.find("insert") != SV::npos ||
                                 name.find("registration") != SV::npos;
            const Module* m = def.module >= 0 ? &modules()[size_t(def.module)] : nullptr;
            const int from = m ? m->begin : 0;
            const int to = m ? m->end : n();
            // once() first: a module of many casts is scanned once per changeset, not per cast.
            if (creates && once(7, d) && !rangeHas(from, to, K::Identifier, "validate_required"))
                add("ecto/cast-without-validate-required", k,
                    Tr::tr("%1/%2 casts fields but the module never calls validate_required")
                        .arg(str(def.name))
                        .arg(def.arity));
            privilegedCast(k, def, from, to);
        }
    }

    // The schema people sign up into: the users table, a Pow user, or one that keeps a
    // password hash.
    bool accountSchema(int from, int to) const
    {
        for (int k : where("schema")) {
            if (k >= from && k < to && is(k, K::Identifier, "schema") && is(k + 1, K::String) &&
                X(k + 1) == "\"users\"")
                return true;
        }
        return rangeHas(from, to, K::Identifier, "pow_user_fields") ||
               rangeHas(from, to, K::Atom, ":hashed_password") ||
               rangeHas(from, to, K::Atom, ":password_hash") ||
               rangeHas(from, to, K::Atom, ":encrypted_password");
    }

    // `cast(attrs, [:email, :role])` in the changeset a sign-up or profile form uses: the
    // visitor picks their own role (mass assignment). Changesets named for the privilege
    // (`role_changeset`, `admin_changeset`) are the ones an administrator's code calls.
    void privilegedCast(int k, const Def& def, int from, int to)
    {
        const SV name = def.name;
        for (SV w : {SV("admin"), SV("role"), SV("privilege"), SV("permission"), SV("staff"),
                     SV("promote"), SV("seed"), SV("invit"), SV("superuser")}) {
            if (name.find(w) != SV::npos)
                return;
        }
        if (def.isPrivate)
            return;
        // Once per module: a file of many changesets must not scan its module per cast.
        if (def.module >= 0 && m_accountModule.size() != modules().size())
            m_accountModule.assign(modules().size(), -1);
        signed char& known = def.module >= 0 ? m_accountModule[size_t(def.module)] : m_accountFile;
        if (known < 0)
            known = accountSchema(from, to) ? 1 : 0;
        if (!known)
            return;
        const int close = match(k + 1);
        for (int j = k + 2; j < close; ++j) {
            if (!punct(j, '[') || match(j) < j)
                continue;
            for (int q = j + 1; q < match(j); ++q) {
                if (is(q, K::Atom) &&
                    anyOf(X(q), {":role", ":roles", ":admin", ":is_admin", ":superuser",
                                 ":is_superuser", ":staff", ":is_staff", ":permissions"}))
                    add("security/privileged-cast", q,
                        Tr::tr("%1/%2 casts %3 from its input: whoever fills the form can "
                               "give themselves that privilege")
                            .arg(str(name))
                            .arg(def.arity)
                            .arg(str(X(q))));
            }
            break;
        }
    }

    // --- documentation --------------------------------------------------------------------

    // Modules Credo's ModuleDoc check ignores by default (controllers, LiveViews, Endpoint,
    // Router, Repo, sockets, views, Telemetry, Layouts, Mailer), by name or by what they use.
    bool frameworkModule(int mi) const
    {
        static const QRegularExpression ignored(QStringLiteral(
            R"((\.\w+Controller|\.Endpoint|\.\w+Live(\.\w+)?|\.Repo|\.Router|\.\w+Socket|)"
            R"(\.\w+View|\.\w+HTML|\.\w+JSON|\.Telemetry|\.Layouts|\.Mailer|\.\w+Component|)"
            R"(\.Gettext|\.CoreComponents|\.Application)$)"));
        const Module& m = modules()[size_t(mi)];
        if (ignored.match(m.name).hasMatch())
            return true;
        return (rolesOf(mi) & (Controller | LiveView | LiveComponent | Endpoint | Router | Repo |
                               Socket | Mailer | Component | Application)) != 0;
    }

    void documentationRules()
    {
        if (!m_isLib || !m_isEx)
            return;
        for (int mi = 0; mi < int(modules().size()); ++mi) {
            const Module& m = modules()[size_t(mi)];
            if (m.moduledocFalse || !is(m.k, K::Keyword, "defmodule"))
                continue;
            bool hiddenParent = false;
            for (int p = m.parent; p >= 0; p = modules()[size_t(p)].parent)
                hiddenParent = hiddenParent || modules()[size_t(p)].moduledocFalse;
            if (hiddenParent)
                continue;
            ++m_out.docs.modules;
            if (m.hasModuledoc)
                ++m_out.docs.documentedModules;
            else if (!frameworkModule(mi))
                add("documentation/moduledoc-missing", m.k + 1,
                    Tr::tr("module %1 has no @moduledoc").arg(m.name));
        }
        SV lastName;
        int lastModule = -2;
        bool lastDocumented = false;
        for (const Def& d : defs()) {
            const bool sameFunction = d.name == lastName && d.module == lastModule;
            lastName = d.name;
            lastModule = d.module;
            if (d.isPrivate || d.module < 0)
                continue;
            const Module& m = modules()[size_t(d.module)];
            bool hidden = false;
            for (int p = d.module; p >= 0; p = modules()[size_t(p)].parent)
                hidden = hidden || modules()[size_t(p)].moduledocFalse;
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
                    Tr::tr("%1.%2 is public but has no @doc").arg(m.name, str(d.name)));
        }
    }

    // Whether a module missing tests is worth a finding: it has public functions of its
    // own (not only callbacks), and is not framework glue or a plain Ecto schema.
    bool worthATest(int mi) const
    {
        const Module& m = modules()[size_t(mi)];
        if (frameworkModule(mi) || m.moduledocFalse)
            return false;
        for (const QString& u : m.uses) {
            if (u == u"Ecto.Schema" || u.endsWith(u":schema") || u == u"Ecto.Migration" ||
                u.endsWith(u"Gettext") || u == u"Mix.Task")
                return false;
        }
        for (const Def& d : defs()) {
            if (d.module == mi && !d.isPrivate && !d.isMacro && !isCallback(d) &&
                d.name != "changeset" && d.name != "child_spec" && d.name != "start_link")
                return true;
        }
        return false;
    }

    // --- facts for the project-wide rules -------------------------------------------------

    void collectFacts()
    {
        // Upserts on a unique index handle duplicates without unique_constraint/3.
        for (int k : where("conflict_target:")) {
            if (!is(k, K::KeywordKey, "conflict_target:"))
                continue;
            if (is(k + 1, K::Atom))
                m_out.facts.insert(u"conflict:" + str(X(k + 1)).mid(1));
            if (punct(k + 1, '[') && match(k + 1) > k) {
                for (int j = k + 2; j < match(k + 1); ++j) {
                    if (is(j, K::Atom))
                        m_out.facts.insert(u"conflict:" + str(X(j)).mid(1));
                }
            }
        }
        for (int k : whereAny({"preload", "preload:"})) {
            if (is(k, K::Identifier, "preload") || is(k, K::KeywordKey, "preload:"))
                m_out.mentionsPreload = true;
        }
        for (int k : whereAny({"all", "get", "get!", "get_by", "get_by!", "one", "one!", "insert",
                               "insert!", "update", "update!", "delete", "delete!", "preload",
                               "aggregate", "exists?", "reload", "reload!", "insert_or_update"})) {
            if (isRepoCall(k)) {
                m_out.callsRepo = true;
                break;
            }
        }
        if (m_isLib && m_isEx) {
            for (int mi = 0; mi < int(modules().size()); ++mi) {
                const Module& m = modules()[size_t(mi)];
                if (m.parent < 0 && is(m.k, K::Keyword, "defmodule") && worthATest(mi))
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
            const QString version = m_path.section(u'/', -1).section(u'_', 0, 0);
            for (int k : whereAny({"index", "unique_index"})) {
                const bool uniqueIndex = is(k, K::Identifier, "unique_index");
                const bool index = is(k, K::Identifier, "index");
                const QString table = tableName(k + 2);
                if ((!uniqueIndex && !index) || !punct(k + 1, '(') || table.isEmpty() ||
                    !punct(k + 3, ',') || inDownMigration(k))
                    continue;
                // `drop index(:t, [:a])` removes whatever index those columns had.
                const bool dropped = droppedIndex(k);
                const int close = match(k + 1);
                if (index && !dropped &&
                    !(close > k && rangeHas(k, close, K::KeywordKey, "unique:") && [&] {
                        for (int j = k; j < close; ++j) {
                            if (is(j, K::KeywordKey, "unique:"))
                                return is(j + 1, K::Keyword, "true");
                        }
                        return false;
                    }()))
                    continue;
                int c = k + 4;
                QStringList columns;
                if (punct(c, '[') && match(c) > c) {
                    for (int j = c + 1; j < match(c); ++j) {
                        if (is(j, K::Atom))
                            columns << str(X(j)).mid(1);
                    }
                } else if (is(c, K::Atom)) {
                    columns << str(X(c)).mid(1);
                }
                if (!columns.isEmpty())
                    m_out.uniqueIndexes.append(FileAnalysis::UniqueIndex{
                        table, columns.first(), T(k).line, columns, dropped, version});
            }
        }
        // Pow's pow_changeset checks the uniqueness of the user id field itself: :email
        // unless `use Pow.Ecto.Schema, user_id_field: :username` names another.
        QString powUserIdField;
        for (int u : where("use")) {
            int last = u + 1;
            if (!is(u, K::Keyword, "use") || aliasAt(u + 1, &last) != u"Pow.Ecto.Schema")
                continue;
            powUserIdField = QStringLiteral("email");
            // The options follow on the same line.
            for (int j = last + 1; j + 1 < n() && T(j).line == T(u).line; ++j) {
                if (is(j, K::KeywordKey, "user_id_field:") && is(j + 1, K::Atom))
                    powUserIdField = str(X(j + 1)).mid(1);
            }
        }
        for (int k : where("schema")) {
            if (m_isMigration || !is(k, K::Identifier, "schema") || op(k - 1, ".") ||
                !is(k + 1, K::String))
                continue;
            FileAnalysis::Schema s;
            s.table = str(X(k + 1)).mid(1).chopped(1);
            s.line = T(k).line;
            s.column = T(k).column;
            s.lineText = lineAt(k);
            for (int j : where("unique_constraint")) {
                if (is(j, K::Identifier, "unique_constraint") && punct(j + 1, '(')) {
                    int c = j + 2;
                    if (punct(c, '['))
                        ++c;
                    if (is(c, K::Atom))
                        s.uniqueConstraints.append(str(X(c)).mid(1));
                }
            }
            if (!powUserIdField.isEmpty())
                s.uniqueConstraints.append(powUserIdField);
            s.generated = generatedFields();
            for (int j : where("cast"))
                s.casts = s.casts || (is(j, K::Identifier, "cast") && punct(j + 1, '('));
            castFieldsOf(&s);
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

namespace {

// Newlines in `text`, eight bytes at a time: a byte-wise count was 4% of the analysis.
qsizetype countNewlines(QByteArrayView text)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 newlines = ones * '\n';
    constexpr quint64 low7 = ones * 0x7F;
    const char* p = text.data();
    const char* const end = p + text.size();
    qsizetype n = 0;
    for (; end - p >= 8; p += 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 x = w ^ newlines; // a zero byte where a newline was
        // Bit 7 of each byte set exactly where that byte of x is zero (no carries between
        // bytes: each byte sum stays below 0x100); the multiplication adds the eight flags
        // in the top byte (a popcount is a library call without -mpopcnt).
        const quint64 flags = (~(((x & low7) + low7) | x | low7)) >> 7;
        n += qsizetype((flags * ones) >> 56);
    }
    for (; p < end; ++p)
        n += *p == '\n';
    return n;
}

void lockRules(const QString& path, const QByteArray& text, FileAnalysis& out)
{
    for (const LockedPackage& p : Advisories::readLock(text)) {
        const QList<const Advisory*> hits = Advisories::affecting(p.name, p.version);
        if (hits.isEmpty())
            continue;
        QStringList ids;
        for (const Advisory* a : hits)
            ids << QLatin1StringView(a->id) + u" (" + QLatin1StringView(a->severity) + u"): " +
                       QLatin1StringView(a->summary);
        Finding f = RuleEngine::make(
            QStringLiteral("security/vulnerable-dependency"), path, p.line, p.column,
            QCoreApplication::translate("RuleEngine", "%1 %2 is locked; advisories known on %3: %4")
                .arg(p.name, p.version, QLatin1StringView(Advisories::kDate),
                     ids.join(QStringLiteral("; "))));
        f.endLine = p.line;
        f.endColumn = p.column;
        out.findings.append(f);
        // Also a fact: the dependency names tell a project's applications apart.
    }
    for (const LockedPackage& p : Advisories::readLock(text))
        out.facts.insert(u"dep:" + p.name);
}

} // namespace

FileAnalysis RuleEngine::analyze(const QString& path, const QByteArray& text,
                                 const RuleOptions& options)
{
    FileAnalysis out;
    out.path = path;
    out.bytes = text.size();
    out.lines = int(countNewlines(text)) + (text.isEmpty() || text.endsWith('\n') ? 0 : 1);
    if (path == u"mix.lock" || path.endsWith(u"/mix.lock")) {
        lockRules(path, text, out);
    } else {
        FileRules rules(path, text, out);
        rules.run();
    }
    // Syntax errors are findings of the `syntax` rule too, so the editor, the findings list
    // and SARIF show them, not only the report's diagnostics.
    for (const Diagnostic& d : out.diagnostics) {
        if (d.severity != Diagnostic::Severity::Error || d.line <= 0)
            continue;
        Finding f = RuleEngine::make(QStringLiteral("syntax"), path, d.line, std::max(1, d.column),
                                     d.message);
        f.endLine = d.line;
        f.endColumn = std::max(1, d.column);
        out.findings.append(f);
    }
    // Rules that are off unless asked for (per-function documentation).
    out.findings.removeIf([&](const Finding& f) {
        const RuleInfo* info = RuleCatalog::find(f.rule);
        return info && !options.runs(f.rule, info->onByDefault);
    });
    // Test code and dev/test configuration cap at low. Test factories and fixtures that live
    // under lib/ (ExMachina's factory.ex, generated *_fixtures.ex) are test code too.
    const QString file = path.section(u'/', -1);
    const bool testOnly = path.startsWith(u"test/") || path.contains(u"/test/") ||
                          path.contains(u"/test_support/") || file == u"factory.ex" ||
                          file.endsWith(u"_factory.ex") || file.endsWith(u"_fixtures.ex") ||
                          ((path.startsWith(u"config/") || path.contains(u"/config/")) &&
                           (file == u"dev.exs" || file == u"test.exs"));
    if (testOnly) {
        for (Finding& f : out.findings)
            f.severity = Finding::Severity::Low;
        for (FileAnalysis::Candidate& c : out.candidates)
            c.finding.severity = Finding::Severity::Low;
        for (Finding& f : out.preloadCandidates)
            f.severity = Finding::Severity::Low;
    }
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    Fingerprint::assign(out.findings, text, path);
    if (!out.preloadCandidates.isEmpty())
        Fingerprint::assign(out.preloadCandidates, text, path);
    if (!out.candidates.isEmpty()) {
        Findings cs;
        for (const FileAnalysis::Candidate& c : out.candidates)
            cs.append(c.finding);
        Fingerprint::assign(cs, text, path);
        for (qsizetype i = 0; i < cs.size(); ++i)
            out.candidates[i].finding = cs[i];
    }
    return out;
}

} // namespace pwb
