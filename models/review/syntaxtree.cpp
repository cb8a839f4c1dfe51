// SPDX-License-Identifier: MIT
#include "syntaxtree.h"

#include <QCoreApplication>
#include <algorithm>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyntaxTree)
};
} // namespace

SyntaxTree::SyntaxTree(QByteArrayView src, const QList<Token>& all)
    : m_src(src)
    , m_all(all)
{
    // One pass over the tokens copies the code tokens, files the words and kinds rules look
    // for, notes where statements can begin and pairs the brackets. Sized once and written
    // through pointers: per-token push_back checks and a second pass for the brackets were
    // half the cost of building the tree.
    const size_t total = size_t(all.size());
    m_code.resize(total);
    m_kind.assign(total, K::Error); // assign fills with memset; resize loops over the bytes
    m_text.resize(total);
    m_match.assign(total, -1);
    int* code = m_code.data();
    K* kind = m_kind.data();
    SV* text = m_text.data();
    int* match = m_match.data();
    const Token* tok = all.constData();
    std::vector<std::pair<int, char>> stack;
    int count = 0;
    int lastLine = 0;
    bool afterSemicolon = false;
    for (size_t i = 0; i < total; ++i) {
        const Token& t = tok[i];
        const K k = t.kind;
        if (k == K::Comment || k == K::HtmlComment)
            continue;
        const SV x(src.data() + t.begin, size_t(t.end - t.begin));
        // Where statements can begin: the first code token of each line and the token after
        // a `;` (startsStatement's cases), so statement rules need not visit every token.
        if (t.line != lastLine || afterSemicolon)
            m_lineStarts.push_back(count);
        lastLine = t.line;
        afterSemicolon = false;
        char open = 0;
        char close = 0;
        switch (k) {
        case K::Punctuation:
            if (x.size() == 1) {
                switch (x[0]) {
                case '(':
                case '[':
                case '{':
                    open = x[0];
                    break;
                case ')':
                    close = '(';
                    break;
                case ']':
                    close = '[';
                    break;
                case '}':
                    close = '{';
                    break;
                case ';':
                    afterSemicolon = true;
                    break;
                default:
                    break;
                }
            }
            break;
        case K::Keyword:
            if (x.size() == 2 && ((x[0] == 'd' && x[1] == 'o') || (x[0] == 'f' && x[1] == 'n')))
                open = 'D';
            else if (x.size() == 3 && x[0] == 'e' && x[1] == 'n' && x[2] == 'd')
                close = 'D';
            else
                m_words.add(x, count);
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
            else
                m_words.add(x, count);
            break;
        case K::KeywordKey:
        case K::ModuleAttribute:
            m_ofKind[size_t(k)].push_back(count);
            m_words.add(x, count);
            break;
        case K::Identifier:
        case K::FunctionName:
        case K::Module:
        case K::Atom:
        case K::Operator:
            m_words.add(x, count);
            break;
        case K::String:
        case K::Heredoc:
        case K::HtmlTag:
            m_ofKind[size_t(k)].push_back(count);
            break;
        default: // numbers, text and markup are never words rules look for
            break;
        }
        if (open) {
            stack.emplace_back(count, open);
        } else if (close) {
            // Tolerate a few unmatched openers (broken code) but not a whole file's worth.
            bool matched = false;
            for (int d = int(stack.size()) - 1; d >= 0 && d >= int(stack.size()) - 8; --d) {
                if (stack[size_t(d)].second == close) {
                    // Openers skipped over were never closed.
                    if (d + 1 < int(stack.size()) && m_unbalanced < 0)
                        m_unbalanced = stack[size_t(d) + 1].first;
                    match[stack[size_t(d)].first] = count;
                    match[count] = stack[size_t(d)].first;
                    stack.resize(size_t(d));
                    matched = true;
                    break;
                }
            }
            if (!matched && m_unbalanced < 0)
                m_unbalanced = count;
        }
        code[count] = int(i);
        kind[count] = k;
        text[count] = x;
        ++count;
    }
    if (!stack.empty() && m_unbalanced < 0)
        m_unbalanced = stack.front().first;
    m_code.resize(size_t(count));
    m_kind.resize(size_t(count));
    m_text.resize(size_t(count));
    m_match.resize(size_t(count));
    m_n = count;
    m_words.finish();
    buildStructure();
    buildEnvBlocks();
}

Diagnostics SyntaxTree::structureDiagnostics(const QString& path) const
{
    Diagnostics out;
    if (m_unbalanced < 0)
        return out;
    const Token& t = T(m_unbalanced);
    const QString what = str(X(m_unbalanced));
    const bool closer = m_match[size_t(m_unbalanced)] < 0 &&
                        (what == u")" || what == u"]" || what == u"}" || what == u"end");
    out.append(Diagnostic{path, t.line, t.column, QStringLiteral("syntax-unbalanced"),
                          closer ? Tr::tr("'%1' closes nothing that is open").arg(what)
                                 : Tr::tr("'%1' is never closed").arg(what),
                          Diagnostic::Severity::Error});
    return out;
}

QString SyntaxTree::aliasAt(int k, int* last) const
{
    if (!is(k, K::Module)) {
        if (last)
            *last = k;
        return {};
    }
    QString name = str(X(k));
    int e = k;
    while (op(e + 1, ".") && is(e + 2, K::Module)) {
        name += u'.' + str(X(e + 2));
        e += 2;
    }
    if (last)
        *last = e;
    return name;
}

QString SyntaxTree::remoteModule(int k) const
{
    if (!op(k - 1, "."))
        return {};
    int b = k - 2;
    if (is(b, K::Atom))
        return str(X(b));
    if (!is(b, K::Module))
        return {};
    while (op(b - 1, ".") && is(b - 2, K::Module))
        b -= 2;
    return aliasAt(b);
}

bool SyntaxTree::isRemote(int k, SV fun, const char* moduleSuffix) const
{
    if (!is(k, K::Identifier, fun) || !op(k - 1, "."))
        return false;
    const QString m = remoteModule(k);
    if (m.isEmpty())
        return false;
    const QLatin1StringView suffix(moduleSuffix);
    return m == suffix || m.endsWith(u'.' + QString(suffix));
}

bool SyntaxTree::isLocalCall(int k, SV fun) const
{
    return is(k, K::Identifier, fun) && !op(k - 1, ".") && !op(k - 1, "&") &&
           (punct(k + 1, '(') ||
            (k + 1 < n() && T(k + 1).line == T(k).line && !is(k + 1, K::Operator) &&
             !is(k + 1, K::Punctuation) && !is(k + 1, K::Keyword)));
}

bool SyntaxTree::callArgs(int k, int* b, int* e) const
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

std::vector<int> SyntaxTree::splitArgs(int b, int e) const
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

int SyntaxTree::callHead(int k) const
{
    int s = k;
    while (op(s - 1, ".") && (is(s - 2, K::Module) || is(s - 2, K::Atom)))
        s -= 2;
    return s;
}

bool SyntaxTree::pipedInto(int k, int* b, int* e) const
{
    // `value |> f(...)` or `value |> Mod.f(...)`.
    const int s = callHead(k);
    if (!op(s - 1, "|>"))
        return false;
    *e = s - 1;
    // Back to the start of the pipe's first value: the previous depth-0 token that starts
    // a line or follows `=`, `(`, `,` or a keyword.
    int j = s - 2;
    while (j >= 0) {
        if (const int m = match(j); m >= 0 && m < j) {
            j = m - 1;
            continue;
        }
        if (punct(j, '(') || punct(j, '[') || punct(j, '{') || punct(j, ',') || op(j, "=") ||
            op(j, "->") || op(j, "<-") || is(j, K::Keyword) || is(j, K::KeywordKey))
            break;
        --j;
    }
    *b = j + 1;
    return *b < *e;
}

std::vector<SyntaxTree::Arg> SyntaxTree::arguments(int k) const
{
    std::vector<Arg> out;
    int pb = 0, pe = 0;
    if (pipedInto(k, &pb, &pe))
        out.push_back({pb, pe});
    int b = 0, e = 0;
    if (!callArgs(k, &b, &e))
        return out;
    const auto starts = splitArgs(b, e);
    for (size_t i = 0; i < starts.size(); ++i)
        out.push_back({starts[i], argEnd(starts, i, e)});
    return out;
}

bool SyntaxTree::rangeHas(int b, int e, K kind) const
{
    for (int j = std::max(b, 0); j < e && j < n(); ++j) {
        if (is(j, kind))
            return true;
    }
    return false;
}

bool SyntaxTree::rangeHas(int b, int e, K kind, SV text) const
{
    for (int j = std::max(b, 0); j < e && j < n(); ++j) {
        if (is(j, kind, text))
            return true;
    }
    return false;
}

bool SyntaxTree::isLiteralString(int b, int e) const
{
    if (b >= e)
        return false;
    for (int j = b; j < e; ++j) {
        const K kind = kindAt(j);
        if (kind != K::String && kind != K::Heredoc && kind != K::Sigil && kind != K::Charlist)
            return false;
    }
    return true;
}

bool SyntaxTree::isLiteral(int b, int e) const
{
    if (b >= e)
        return false;
    for (int j = b; j < e; ++j) {
        switch (kindAt(j)) {
        case K::String:
        case K::Heredoc:
        case K::Sigil:
        case K::Charlist:
        case K::Atom:
        case K::Number:
        case K::Module:
        case K::KeywordKey:
        case K::Char:
            break;
        case K::Punctuation:
            break;
        case K::Operator:
            if (X(j) != "." && X(j) != "-" && X(j) != "=>")
                return false;
            break;
        case K::Keyword:
            if (X(j) != "true" && X(j) != "false" && X(j) != "nil")
                return false;
            break;
        default:
            return false;
        }
    }
    return true;
}

int SyntaxTree::findDo(int k, bool* inlineDo) const
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

int SyntaxTree::inlineEnd(int k) const
{
    int j = k + 1;
    int lastLine = T(std::min(k, n() - 1)).line;
    while (j < n()) {
        // `defp impl,\n do:\n Application.get_env(...)`: the body may start on the line
        // after `do:`; it ends at the first line break after that.
        if (j > k + 1 && T(j).line > lastLine && !is(j - 1, K::Operator) && !punct(j - 1, ',') &&
            !is(j, K::Operator))
            break;
        if (punct(j, ')') || punct(j, ']') || punct(j, '}') || is(j, K::Keyword, "end"))
            break;
        if (const int m = match(j); m > j)
            j = m;
        lastLine = T(j).line;
        ++j;
    }
    return j;
}

void SyntaxTree::blockOf(int d, bool inlineDo, int* b, int* e) const
{
    *b = d + 1;
    if (inlineDo)
        *e = inlineEnd(d);
    else
        *e = match(d) > d ? match(d) : n();
}

int SyntaxTree::expressionEnd(int b, int limit) const
{
    limit = std::min(limit, n());
    int j = b;
    int line = j < limit ? T(j).line : 0;
    while (j < limit) {
        if (T(j).line > line && !is(j - 1, K::Operator) && !punct(j - 1, ',') && !op(j, "|>") &&
            !op(j, "<>") && !op(j, "."))
            break;
        if (punct(j, ')') || punct(j, ']') || punct(j, '}') || is(j, K::Keyword, "end") ||
            (punct(j, ',') && j > b))
            break;
        if (const int m = match(j); m > j)
            j = m;
        line = T(std::min(j, n() - 1)).line;
        ++j;
    }
    return j;
}

namespace {

struct RoleMarker
{
    const char* suffix;
    quint32 role;
};

quint32 roleOf(const QString& used)
{
    static const RoleMarker markers[] = {
        {"GenServer", SyntaxTree::GenServer},
        {":live_view", SyntaxTree::LiveView},
        {"Phoenix.LiveView", SyntaxTree::LiveView},
        {":live_component", SyntaxTree::LiveComponent},
        {"Phoenix.LiveComponent", SyntaxTree::LiveComponent},
        {":channel", SyntaxTree::Channel},
        {"Phoenix.Channel", SyntaxTree::Channel},
        {":controller", SyntaxTree::Controller},
        {"Phoenix.Controller", SyntaxTree::Controller},
        {":router", SyntaxTree::Router},
        {"Phoenix.Router", SyntaxTree::Router},
        {"Phoenix.Endpoint", SyntaxTree::Endpoint},
        {"Supervisor", SyntaxTree::Supervisor},
        {":gen_statem", SyntaxTree::GenStatem},
        {"GenStateMachine", SyntaxTree::GenStatem},
        {":html", SyntaxTree::Component},
        {"Phoenix.Component", SyntaxTree::Component},
        {":view", SyntaxTree::Component},
        {"Phoenix.Socket", SyntaxTree::Socket},
        {"Ecto.Repo", SyntaxTree::Repo},
        {"Swoosh.Mailer", SyntaxTree::Mailer},
        {"Bamboo.Mailer", SyntaxTree::Mailer},
        {"Application", SyntaxTree::Application},
        {"Oban.Worker", SyntaxTree::ObanWorker},
    };
    quint32 roles = 0;
    for (const RoleMarker& m : markers) {
        const QLatin1StringView s(m.suffix);
        // `use AppWeb, :api_controller` / `:admin_live_view`: the project's own variants.
        if (used == s || (s.front() != u':' && used.endsWith(u'.' + QString(s))) ||
            (s.front() == u':' && (used.endsWith(s) || used.endsWith(u'_' + s.mid(1)))))
            roles |= m.role;
    }
    // `use Phoenix.LiveView` also marks a component; a Supervisor is not a GenServer.
    return roles;
}

} // namespace

int SyntaxTree::arityOf(int headBegin, int headEnd) const
{
    if (!punct(headBegin, '('))
        return 0;
    const int close = match(headBegin);
    if (close < 0 || close > headEnd || close == headBegin + 1)
        return 0;
    return int(splitArgs(headBegin + 1, close).size());
}

void SyntaxTree::buildStructure()
{
    std::vector<int> modStack;
    bool pendingDoc = false;
    bool pendingDocFalse = false;
    bool pendingImpl = false;
    // Only the keywords and attributes that shape modules and definitions change anything.
    for (const int k :
         m_words.whereAny({"defmodule", "defprotocol", "defimpl", "use", "def", "defp", "defmacro",
                           "defmacrop", "@doc", "@impl", "@moduledoc", "@behaviour"})) {
        while (!modStack.empty() && k >= m_modules[size_t(modStack.back())].end)
            modStack.pop_back();
        const K kind = kindAt(k);
        if (kind == K::ModuleAttribute) {
            const SV x = X(k);
            if (x == "@doc") {
                pendingDoc = true;
                pendingDocFalse = is(k + 1, K::Keyword, "false");
            } else if (x == "@impl") {
                pendingImpl = !is(k + 1, K::Keyword, "false");
            } else if (x == "@moduledoc" && !modStack.empty()) {
                Module& m = m_modules[size_t(modStack.back())];
                m.hasModuledoc = true;
                m.moduledocFalse = is(k + 1, K::Keyword, "false");
            } else if (x == "@behaviour" && !modStack.empty()) {
                Module& m = m_modules[size_t(modStack.back())];
                const QString b = is(k + 1, K::Atom) ? str(X(k + 1)) : aliasAt(k + 1);
                m.uses.append(b);
                m.roles |= roleOf(b);
            }
            continue;
        }
        if (kind != K::Keyword)
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
            QString used = is(k + 1, K::Atom) ? str(X(k + 1)) : aliasAt(k + 1, &last);
            if (is(k + 1, K::Atom))
                last = k + 1;
            if (punct(last + 1, ',') && is(last + 2, K::Atom))
                used += str(X(last + 2));
            Module& m = m_modules[size_t(modStack.back())];
            m.uses.append(used);
            m.roles |= roleOf(used);
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
        d.headBegin = k + 2;
        bool inl = false;
        const int dk = findDo(k + 2, &inl);
        if (dk < 0) {
            // A bodiless clause (`def f(a \\ 1)`): the head runs to the end of its line.
            d.headEnd = punct(k + 2, '(') && match(k + 2) > k ? match(k + 2) + 1 : k + 2;
            d.bodyBegin = d.bodyEnd = d.headEnd;
        } else {
            d.headEnd = inl && punct(dk - 1, ',') ? dk - 1 : dk;
            blockOf(dk, inl, &d.bodyBegin, &d.bodyEnd);
        }
        d.arity = arityOf(d.headBegin, d.headEnd);
        m_defs.push_back(d);
    }
}

void SyntaxTree::buildEnvBlocks()
{
    for (const int k : m_words.whereAny({"if", "unless"})) {
        if (!is(k, K::Keyword, "if") && !is(k, K::Keyword, "unless"))
            continue;
        int j = k + 1;
        if (punct(j, '('))
            ++j;
        // config_env() / Mix.env() / config_env
        int after = -1;
        if (is(j, K::Identifier, "config_env"))
            after = punct(j + 1, '(') && punct(j + 2, ')') ? j + 3 : j + 1;
        else if (is(j, K::Module, "Mix") && op(j + 1, ".") && is(j + 2, K::Identifier, "env"))
            after = punct(j + 3, '(') && punct(j + 4, ')') ? j + 5 : j + 3;
        if (after < 0)
            continue;
        // What the then and else branches are: 1 prod, 0 not prod, -1 unknown.
        int thenEnv = -1;
        int elseEnv = -1;
        // `==` and the strict `===` (and their negations) read the same on atoms.
        const bool eq = op(after, "==") || op(after, "===");
        const bool ne = op(after, "!=") || op(after, "!==");
        if ((eq || ne) && is(after + 1, K::Atom)) {
            const bool isProd = X(after + 1) == ":prod";
            if (eq)
                thenEnv = isProd ? 1 : 0, elseEnv = isProd ? 0 : -1;
            else
                thenEnv = isProd ? 0 : -1, elseEnv = isProd ? 1 : 0;
        } else if (is(after, K::Keyword, "in") && punct(after + 1, '[')) {
            const int close = match(after + 1);
            if (close < after)
                continue;
            const bool hasProd = rangeHas(after + 1, close, K::Atom, ":prod");
            thenEnv = hasProd ? 1 : 0;
            elseEnv = hasProd ? 0 : -1;
        } else {
            continue;
        }
        if (is(k, K::Keyword, "unless"))
            std::swap(thenEnv, elseEnv);
        bool inl = false;
        const int d = findDo(after, &inl);
        if (d < 0)
            continue;
        int b = 0, e = 0;
        blockOf(d, inl, &b, &e);
        // The else branch of an if is the other environment.
        int elseK = -1;
        if (!inl) {
            for (int q = b; q < e; ++q) {
                if (const int m = match(q); m > q) {
                    q = m;
                    continue;
                }
                if (is(q, K::Keyword, "else")) {
                    elseK = q;
                    break;
                }
            }
        }
        auto record = [&](int env, int from, int to) {
            if (env == 1)
                m_prodBlocks.emplace_back(from, to);
            else if (env == 0)
                m_nonProdBlocks.emplace_back(from, to);
        };
        record(thenEnv, b, elseK >= 0 ? elseK : e);
        if (elseK >= 0)
            record(elseEnv, elseK + 1, e);
    }
}

bool SyntaxTree::inProdBlock(int k) const
{
    for (const auto& [b, e] : m_prodBlocks) {
        if (k >= b && k < e)
            return true;
    }
    return false;
}

bool SyntaxTree::inNonProdBlock(int k) const
{
    for (const auto& [b, e] : m_nonProdBlocks) {
        if (k >= b && k < e)
            return true;
    }
    return false;
}

int SyntaxTree::defHolding(int k, int Def::*begin, int Def::*end) const
{
    // Defs are in source order, so their heads and bodies begin in order; nested defs (in
    // quote blocks) are rare and sit right after their outer def, so a few steps back find
    // the innermost.
    auto it = std::upper_bound(m_defs.begin(), m_defs.end(), k,
                               [begin](int pos, const Def& d) { return pos < d.*begin; });
    int i = int(it - m_defs.begin()) - 1;
    for (int steps = 0; i >= 0 && steps < 6; --i, ++steps) {
        const Def& d = m_defs[size_t(i)];
        if (k >= d.*begin && k < d.*end)
            return i;
    }
    return -1;
}

int SyntaxTree::defAt(int k) const
{
    return defHolding(k, &Def::bodyBegin, &Def::bodyEnd);
}

bool SyntaxTree::inDefHead(int k) const
{
    return defHolding(k, &Def::headBegin, &Def::headEnd) >= 0;
}

int SyntaxTree::moduleAt(int k) const
{
    // Modules are in source order and nest properly: the last one beginning at or before k
    // holds k, or one of its enclosing modules does.
    auto it = std::upper_bound(m_modules.begin(), m_modules.end(), k,
                               [](int pos, const Module& m) { return pos < m.begin; });
    for (int i = int(it - m_modules.begin()) - 1; i >= 0; i = m_modules[size_t(i)].parent) {
        const Module& m = m_modules[size_t(i)];
        if (k >= m.begin && k < m.end)
            return i;
    }
    return -1;
}

quint32 SyntaxTree::rolesOf(int module) const
{
    quint32 roles = 0;
    for (int m = module; m >= 0; m = m_modules[size_t(m)].parent)
        roles |= m_modules[size_t(m)].roles;
    return roles;
}

bool SyntaxTree::moduleUses(int mod, const char* what) const
{
    for (int m = mod; m >= 0; m = m_modules[size_t(m)].parent) {
        for (const QString& u : m_modules[size_t(m)].uses) {
            if (u == QLatin1StringView(what) || u.endsWith(QLatin1StringView(what)))
                return true;
        }
    }
    return false;
}

bool SyntaxTree::isCallback(const Def& d) const
{
    if (d.isPrivate || d.module < 0)
        return false;
    if (d.hasImpl)
        return true;
    const quint32 r = m_modules[size_t(d.module)].roles;
    const SV x = d.name;
    auto any = [&](std::initializer_list<SV> names) {
        for (SV s : names) {
            if (s == x)
                return true;
        }
        return false;
    };
    if ((r & (GenServer | GenStatem)) &&
        any({"init", "handle_call", "handle_cast", "handle_info", "handle_continue", "terminate",
             "code_change", "format_status", "handle_event", "callback_mode"}))
        return true;
    if ((r & LiveView) && any({"mount", "handle_params", "handle_event", "handle_info", "render",
                               "handle_async", "terminate", "handle_call", "handle_cast"}))
        return true;
    if ((r & LiveComponent) &&
        any({"mount", "update", "render", "handle_event", "update_many", "handle_async"}))
        return true;
    if ((r & Channel) && any({"join", "handle_in", "handle_out", "handle_info", "terminate"}))
        return true;
    if ((r & Socket) && any({"connect", "id"}))
        return true;
    if ((r & Application) && any({"start", "stop", "config_change", "prep_stop"}))
        return true;
    if ((r & Supervisor) && any({"init"}))
        return true;
    if ((r & ObanWorker) && any({"perform", "backoff", "timeout"}))
        return true;
    return false;
}

bool SyntaxTree::startsProcessWith(int fn) const
{
    // Back over the call's earlier arguments (`Task.Supervisor.async_nolink(sup, fn ...`)
    // to its '(' and the name before it; a few tokens at most.
    int j = fn - 1;
    for (int steps = 0; j >= 0 && steps < 32; ++steps) {
        if (punct(j, '('))
            break;
        if (punct(j, ')') || punct(j, ']') || punct(j, '}')) {
            const int m = match(j);
            if (m < 0 || m >= j)
                return false;
            j = m - 1;
            continue;
        }
        if (!punct(j, ',') && !is(j, K::Identifier) && !is(j, K::Module) && !is(j, K::Atom) &&
            !op(j, "."))
            return false;
        --j;
    }
    if (!punct(j, '(') || !is(j - 1, K::Identifier))
        return false;
    const SV name = X(j - 1);
    return name == "spawn" || name == "spawn_link" || name == "spawn_monitor" || name == "start" ||
           name == "start_link" || name == "async" || name == "async_nolink" ||
           name == "start_child" || name == "async_stream";
}

std::vector<int> SyntaxTree::reachableDefs(int i) const
{
    std::vector<int> out;
    if (i < 0 || i >= int(m_defs.size()))
        return out;
    const int module = m_defs[size_t(i)].module;
    std::vector<bool> seen(m_defs.size(), false);
    std::vector<int> work{i};
    seen[size_t(i)] = true;
    while (!work.empty()) {
        const int cur = work.back();
        work.pop_back();
        out.push_back(cur);
        const Def& d = m_defs[size_t(cur)];
        for (int j = d.bodyBegin; j < d.bodyEnd; ++j) {
            // `spawn_link(fn -> loop() end)`: the fn runs in the new process, not this one.
            if (is(j, K::Keyword, "fn") && startsProcessWith(j) && match(j) > j) {
                j = match(j);
                continue;
            }
            if (!is(j, K::Identifier) || op(j - 1, ".") || !(punct(j + 1, '(') || op(j - 1, "|>")))
                continue;
            const SV name = X(j);
            for (size_t q = 0; q < m_defs.size(); ++q) {
                const Def& c = m_defs[q];
                if (!seen[q] && c.module == module && same(c.name, name)) {
                    seen[q] = true;
                    work.push_back(int(q));
                }
            }
        }
    }
    return out;
}

std::vector<SyntaxTree::SV> SyntaxTree::requestBindings(int i) const
{
    std::vector<SV> out;
    const Def& d = m_defs[size_t(i)];
    if (d.module < 0 || !punct(d.headBegin, '('))
        return out;
    const quint32 r = rolesOf(d.module);
    int param = -1;
    if ((r & Controller) && !d.isPrivate && d.arity == 2)
        param = 1;
    else if ((r & (LiveView | LiveComponent)) && d.name == "handle_event" && d.arity == 3)
        param = 1;
    else if ((r & LiveView) && (d.name == "mount" || d.name == "handle_params") && d.arity == 3)
        param = 0;
    else if ((r & Channel) && (d.name == "handle_in" || d.name == "join") && d.arity == 3)
        param = 1;
    if (param < 0)
        return out;
    const int close = match(d.headBegin);
    const auto args = splitArgs(d.headBegin + 1, close);
    if (int(args.size()) <= param)
        return out;
    const int b = args[size_t(param)];
    const int e = argEnd(args, size_t(param), close);
    for (int j = b; j < e; ++j) {
        if (is(j, K::Identifier) && !punct(j + 1, '(') && !op(j - 1, ".") && X(j)[0] != '_')
            out.push_back(X(j));
    }
    return out;
}

namespace {

// Functions whose result still carries their argument: joins, decoding, trimming.
bool passesThrough(std::string_view f)
{
    return f == "join" || f == "expand" || f == "get" || f == "fetch!" || f == "trim" ||
           f == "downcase" || f == "upcase" || f == "to_string" || f == "decode64!" ||
           f == "decode64" || f == "url_decode64!" || f == "decode!" || f == "decode" ||
           f == "iodata_to_binary" || f == "concat" || f == "replace" || f == "format" ||
           f == "sigil_c" || f == "to_charlist";
}

} // namespace

bool SyntaxTree::fromRequest(int b, int e) const
{
    return requestIn(b, e, true);
}

bool SyntaxTree::mentionsRequest(int b, int e) const
{
    return requestIn(b, e, false);
}

bool SyntaxTree::requestIn(int b, int e, bool mustFlowOut) const
{
    static const Taint kNone;
    const int di = defAt(b);
    const Taint& taint = di >= 0 ? taintOf(di) : kNone;
    // In web modules a variable named params (or *_params) is request data by convention.
    const int mi = moduleAt(b);
    const bool web = mi >= 0 && (rolesOf(mi) & (Controller | LiveView | LiveComponent | Channel));
    for (int j = b; j < e; ++j) {
        if (taintedAt(j, web, taint, b) && (!mustFlowOut || reaches(j, b)))
            return true;
    }
    return false;
}

bool SyntaxTree::taintedAt(int j, bool web, const Taint& taint, int before) const
{
    if (is(j, K::Identifier) && !op(j - 1, ".")) {
        const SV x = X(j);
        if (web && (x == "params" || x.ends_with("_params"))) {
            if (punct(j + 1, '('))
                return false; // a call, not a variable
            // `query_params = URI.encode_query(params)`: a *_params variable this definition
            // assigns is what its assignment makes it, not request data by its name.
            const auto a = taint.assignedAt.find(x);
            if (x == "params" || a == taint.assignedAt.end() || a->second >= before)
                return true;
        }
        if (taint.bindings.count(x))
            return true;
        const auto it = taint.firstAssigned.find(x);
        return it != taint.firstAssigned.end() && it->second < before;
    }
    // conn.params, conn.query_params, conn.body_params, conn.path_params
    if (is(j, K::Identifier) && op(j - 1, ".") && is(j - 2, K::Identifier, "conn")) {
        const SV x = X(j);
        return x == "params" || x == "query_params" || x == "body_params" || x == "path_params" ||
               x == "req_headers";
    }
    return false;
}

void SyntaxTree::buildBlockers() const
{
    m_blocker.assign(size_t(n()), -1);
    // The openers enclosing the current token (matched pairs nest), each with the innermost
    // blocking call at or above it.
    std::vector<std::pair<int, int>> open;
    for (int k = 0; k < n(); ++k) {
        while (!open.empty() && match(open.back().first) < k)
            open.pop_back();
        const int inner = open.empty() ? -1 : open.back().second;
        m_blocker[size_t(k)] = inner;
        if (match(k) > k) {
            // `name(`: data passed in comes back as the result only when name passes it on;
            // a bare group `( ... )`, a list, a map or a block keeps it.
            const bool blocks =
                punct(k, '(') && is(k - 1, K::Identifier) && !passesThrough(X(k - 1));
            open.emplace_back(k, blocks ? k : inner);
        }
    }
}

bool SyntaxTree::reaches(int j, int from) const
{
    if (m_blocker.size() != size_t(n()))
        buildBlockers();
    return m_blocker[size_t(j)] < from;
}

const SyntaxTree::Taint& SyntaxTree::taintOf(int i) const
{
    if (m_taints.size() != m_defs.size())
        m_taints.assign(m_defs.size(), std::nullopt);
    std::optional<Taint>& slot = m_taints[size_t(i)];
    if (slot)
        return *slot;
    Taint t;
    for (const SV name : requestBindings(i))
        t.bindings.insert(name);
    const Def& d = m_defs[size_t(i)];
    const int mi = moduleAt(d.bodyBegin);
    const bool web = mi >= 0 && (rolesOf(mi) & (Controller | LiveView | LiveComponent | Channel));
    // One forward pass over the body: `x = <tainted expression>` taints x from there on.
    // Each right-hand side is walked to its end, so `a = b = c = ... = params` walks the rest
    // of the chain once per name: a budget of a few walks of the body keeps a hostile chain
    // linear (real bodies spend a fraction of it).
    qint64 budget = 8 * qint64(d.bodyEnd - d.bodyBegin) + 4096;
    for (int j = d.bodyBegin; j < d.bodyEnd && budget > 0; ++j) {
        if (!is(j, K::Identifier) || !op(j + 1, "=") || op(j - 1, "."))
            continue;
        const int end = expressionEnd(j + 2, d.bodyEnd);
        budget -= end - j;
        for (int q = j + 2; q < end; ++q) {
            if (taintedAt(q, web, t, j) && reaches(q, j + 2)) {
                t.firstAssigned.emplace(X(j), j);
                break;
            }
        }
        t.assignedAt.emplace(X(j), j);
    }
    slot = std::move(t);
    return *slot;
}

int SyntaxTree::assignmentBefore(int k) const
{
    const int d = defAt(k);
    const int from = d >= 0 ? m_defs[size_t(d)].bodyBegin : 0;
    for (int j = k - 1; j >= from; --j) {
        if (is(j, K::Identifier, X(k)) && op(j + 1, "="))
            return j;
    }
    return -1;
}

bool SyntaxTree::builtByInterpolation(int b, int e, int depth) const
{
    if (rangeHas(b, e, K::Interpolation) || rangeHas(b, e, K::Operator, "<>"))
        return true;
    if (depth == 0 && e == b + 1 && is(b, K::Identifier)) {
        if (const int j = assignmentBefore(b); j >= 0) {
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
    return false;
}

} // namespace pwb
