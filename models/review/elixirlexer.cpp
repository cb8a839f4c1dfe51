// SPDX-License-Identifier: MIT
#include "elixirlexer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

namespace pwb {

namespace {

constexpr int kMaxDepth = 200;       // nesting of interpolations, sigils and templates
constexpr int kMaxDiagnostics = 100; // per file; then one summary
constexpr int kMaxRecoveries = 64;   // unterminated strings re-lexed from their line end

inline bool isIdentStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
}
// A table: the test runs for every byte of every name, and the chain of comparisons cost a
// fifth of lexing a name.
constexpr std::array<bool, 256> kIdentChar = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '_' || c >= 0x80;
    return t;
}();
inline bool isIdentChar(unsigned char c)
{
    return kIdentChar[c];
}
inline bool isUpper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}
inline bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
inline bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Sorted for binary search.
constexpr std::string_view kKeywords[] = {"__CALLER__",
                                          "__DIR__",
                                          "__ENV__",
                                          "__MODULE__",
                                          "__STACKTRACE__",
                                          "after",
                                          "alias",
                                          "and",
                                          "case",
                                          "catch",
                                          "cond",
                                          "def",
                                          "defdelegate",
                                          "defexception",
                                          "defguard",
                                          "defguardp",
                                          "defimpl",
                                          "defmacro",
                                          "defmacrop",
                                          "defmodule",
                                          "defoverridable",
                                          "defp",
                                          "defprotocol",
                                          "defstruct",
                                          "do",
                                          "else",
                                          "end",
                                          "false",
                                          "fn",
                                          "for",
                                          "if",
                                          "import",
                                          "in",
                                          "nil",
                                          "not",
                                          "or",
                                          "quote",
                                          "raise",
                                          "receive",
                                          "require",
                                          "rescue",
                                          "reraise",
                                          "super",
                                          "throw",
                                          "true",
                                          "try",
                                          "unless",
                                          "unquote",
                                          "unquote_splicing",
                                          "use",
                                          "when",
                                          "with"};

// Buckets by (length, first byte): a lookup compares against one or two words at most.
struct KeywordTable
{
    std::vector<std::string_view> buckets[17][64];
    // A bit per (length, first byte & 63) that has a keyword: most names are no keyword, and
    // this small table turns them away without touching the buckets.
    quint64 any[17] = {};
    KeywordTable()
    {
        for (std::string_view k : kKeywords) {
            buckets[k.size()][static_cast<unsigned char>(k[0]) & 63].push_back(k);
            any[k.size()] |= quint64(1) << (static_cast<unsigned char>(k[0]) & 63);
        }
    }
};

bool isKeyword(std::string_view w)
{
    static const KeywordTable table;
    if (w.size() > 16 || !(table.any[w.size()] >> (static_cast<unsigned char>(w[0]) & 63) & 1))
        return false;
    for (std::string_view k : table.buckets[w.size()][static_cast<unsigned char>(w[0]) & 63]) {
        if (k == w)
            return true;
    }
    return false;
}

bool definesFunction(std::string_view w)
{
    return w == "def" || w == "defp" || w == "defmacro" || w == "defmacrop" || w == "defguard" ||
           w == "defguardp" || w == "defdelegate";
}

// Operators, longest first within each first byte.
constexpr std::string_view kOperators[] = {
    "===", "!==", "<<<",  ">>>", "<<~", "~>>", "<~>", "<|>", "^^^", "~~~", "&&&",
    "|||", "...", "..",   "==",  "!=",  "<=",  ">=",  "&&",  "||",  "|>",  "<>",
    "<-",  "->",  "++",   "--",  "=~",  "::",  "<<",  ">>",  "<~",  "~>",  "=>",
    "**",  "//",  "\\\\", "+",   "-",   "*",   "/",   "=",   "<",   ">",   "!",
    "^",   "&",   "|",    ".",   "%",   "@",   "~",   "?",   "\\",  ":"};

// Operators grouped by first byte, longest first.
struct OperatorTable
{
    std::vector<std::string_view> byFirst[128];
    OperatorTable()
    {
        for (std::string_view op : kOperators)
            byFirst[static_cast<unsigned char>(op[0]) & 127].push_back(op);
    }
};

int operatorLength(const char* s, qsizetype avail)
{
    static const OperatorTable table;
    const auto c = static_cast<unsigned char>(s[0]);
    if (c >= 128)
        return 0;
    for (std::string_view op : table.byFirst[c]) {
        if (qsizetype(op.size()) > avail)
            continue;
        bool same = true;
        for (size_t i = 1; i < op.size() && same; ++i)
            same = op[i] == s[i];
        if (same)
            return int(op.size());
    }
    return 0;
}

char closingFor(char open)
{
    switch (open) {
    case '(':
        return ')';
    case '[':
        return ']';
    case '{':
        return '}';
    case '<':
        return '>';
    default:
        return open;
    }
}

class Lexer
{
public:
    Lexer(QByteArrayView src, const QString& path, ElixirLexer::Result& r)
        : s(src.data())
        , n(src.size())
        , m_path(path)
        , m_out(r.tokens)
        , m_diags(r.diagnostics)
    {
        m_out.resize(n / 4 + 16);
        m_data = m_out.data();
    }
    ~Lexer() { m_out.resize(m_count); }

    void run(ElixirLexer::Mode mode)
    {
        checkEncoding();
        if (mode == ElixirLexer::Mode::Elixir) {
            lexElixir(Stop::Eof);
        } else {
            m_flags = Token::InTemplate;
            lexTemplate(mode == ElixirLexer::Mode::HEEx, Term{});
        }
        if (n - m_lineStart > ElixirLexer::kLongLine)
            longLine(n);
        if (m_dropped > 0)
            diag(0, 0, QStringLiteral("lex-more"), Diagnostic::Severity::Info,
                 QCoreApplication::translate("ElixirLexer", "%n more problem(s) not shown", nullptr,
                                             m_dropped),
                 true);
    }

private:
    enum class Stop
    {
        Eof,
        Brace,
        EExClose
    };

    // Where a template embedded in a sigil ends.
    struct Term
    {
        char close = 0;       // 0: end of input only
        bool heredoc = false; // """ or ''' on its own line
    };

    const char* s;
    const qsizetype n;
    qsizetype p = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    // Where the ASCII bytes from `from` end: at the first byte >= 0x80 (or a little before,
    // in steps of eight), and never past the end of that line.
    qsizetype asciiRunEnd(qsizetype from) const
    {
        constexpr quint64 ones = 0x0101010101010101ull;
        qsizetype i = from;
        for (; n - i >= 8; i += 8) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            const quint64 nl = w ^ (ones * '\n');
            // Stop at a word holding a newline or a non-ASCII byte; the rest is done below.
            if ((w & (ones * 0x80)) || ((nl - ones) & ~nl & (ones * 0x80)))
                break;
        }
        while (i < n && static_cast<unsigned char>(s[i]) < 0x80 && s[i] != '\n')
            ++i;
        return i;
    }
    // The line starting at m_colLineStart is ASCII up to here (exclusive): columns before it
    // are byte offsets.
    qsizetype m_asciiEnd = -1;
    // Column cache: the UTF-16 column of m_colPos on the line starting at m_colLineStart.
    qsizetype m_colLineStart = -1;
    qsizetype m_colPos = 0;
    int m_colVal = 1;

    QString m_path;
    QList<Token>& m_out;
    Token* m_data = nullptr; // m_out is sized ahead and filled by index
    qsizetype m_count = 0;
    Diagnostics& m_diags;
    quint8 m_flags = 0;
    int m_depth = 0;
    int m_recoveries = 0;
    int m_dropped = 0;
    bool m_pendingDoc = false;
    bool m_expectFunctionName = false;
    bool m_afterDot = false;
    bool m_tooDeepReported = false;

    // --- positions and output -------------------------------------------------------------

    int column(qsizetype pos)
    {
        // Most lines are ASCII: there a column is a subtraction.
        if (m_colLineStart == m_lineStart && pos <= m_asciiEnd)
            return int(pos - m_lineStart) + 1;
        return columnOnNewLineOrUtf8(pos);
    }

    Q_NEVER_INLINE int columnOnNewLineOrUtf8(qsizetype pos)
    {
        if (m_colLineStart != m_lineStart) {
            m_colLineStart = m_lineStart;
            m_colPos = m_lineStart;
            m_colVal = 1;
            m_asciiEnd = asciiRunEnd(m_lineStart);
        }
        if (pos <= m_asciiEnd)
            return int(pos - m_lineStart) + 1;
        if (pos < m_colPos) {
            m_colPos = m_lineStart;
            m_colVal = 1;
        }
        int v = m_colVal;
        qsizetype i = m_colPos;
        // ASCII eight bytes at a time: one UTF-16 unit per byte.
        for (; pos - i >= 8; i += 8) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            v += 8;
        }
        for (; i < pos; ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c < 0x80)
                ++v;
            else if ((c & 0xC0) != 0x80)
                v += c >= 0xF0 ? 2 : 1;
        }
        m_colPos = pos;
        m_colVal = v;
        return v;
    }

    void newline(qsizetype at)
    {
        if (at - m_lineStart > ElixirLexer::kLongLine)
            longLine(at);
        ++m_line;
        m_lineStart = at + 1;
    }

    void longLine(qsizetype end)
    {
        diag(m_line, 1, QStringLiteral("lex-long-line"), Diagnostic::Severity::Warning,
             QCoreApplication::translate("ElixirLexer",
                                         "line is %1 MB long (generated or minified code?)")
                 .arg(double(end - m_lineStart) / (1 << 20), 0, 'f', 1));
    }

    void push(TokenKind k, qsizetype b, qsizetype e, int line, int col)
    {
        if (m_count == m_out.size()) {
            m_out.resize(m_out.size() * 2 + 16);
            m_data = m_out.data();
        }
        m_data[m_count++] = Token{k, m_flags, line, col, b, e};
        m_pendingDoc = false;
        m_afterDot = false;
        m_expectFunctionName = false;
    }
    // A token that starts on the current line.
    void emitHere(TokenKind k, qsizetype b, qsizetype e) { push(k, b, e, m_line, column(b)); }

    void diag(int line, int col, const QString& code, Diagnostic::Severity sev,
              const QString& message, bool force = false)
    {
        if (!force && m_diags.size() >= kMaxDiagnostics) {
            ++m_dropped;
            return;
        }
        m_diags.push_back(Diagnostic{m_path, line, col, code, message, sev});
    }
    void diagHere(qsizetype pos, const QString& code, const QString& message)
    {
        diag(m_line, column(pos), code, Diagnostic::Severity::Error, message);
    }

    bool at(qsizetype pos, std::string_view what) const
    {
        return pos + qsizetype(what.size()) <= n &&
               std::memcmp(s + pos, what.data(), what.size()) == 0;
    }

    bool enter()
    {
        if (m_depth >= kMaxDepth) {
            if (!m_tooDeepReported) {
                m_tooDeepReported = true;
                diagHere(p, QStringLiteral("lex-too-deep"),
                         QCoreApplication::translate("ElixirLexer",
                                                     "nesting deeper than %1 levels; the rest "
                                                     "of it is read as text")
                             .arg(kMaxDepth));
            }
            return false;
        }
        ++m_depth;
        return true;
    }

    // --- encoding pre-pass ----------------------------------------------------------------

    // Reports invalid UTF-8 and NUL bytes with their line and column; lexing is unaffected.
    void checkEncoding()
    {
        int line = 1;
        qsizetype lineStart = 0;
        qsizetype counted = 0; // newlines are counted lazily, only up to a problem
        auto locate = [&](qsizetype pos) {
            for (qsizetype i = counted; i < pos; ++i) {
                if (s[i] == '\n') {
                    ++line;
                    lineStart = i + 1;
                }
            }
            counted = pos;
            int col = 1;
            for (qsizetype i = lineStart; i < pos; ++i)
                col += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
            return col;
        };
        const auto* u = reinterpret_cast<const unsigned char*>(s);
        qsizetype i = 0;
        while (i < n) {
            // Fast path: eight ASCII bytes without NUL at a time.
            if (i + 8 <= n) {
                quint64 w;
                std::memcpy(&w, u + i, 8);
                const quint64 hasZero = (w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL;
                if ((w & 0x8080808080808080ULL) == 0 && hasZero == 0) {
                    i += 8;
                    continue;
                }
            }
            const unsigned char c = u[i];
            if (c == 0) {
                const int col = locate(i);
                diag(line, col, QStringLiteral("lex-nul"), Diagnostic::Severity::Error,
                     QCoreApplication::translate("ElixirLexer", "NUL byte in source"));
                ++i;
                continue;
            }
            if (c < 0x80) {
                ++i;
                continue;
            }
            int len = 0;
            quint32 cp = 0;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                cp = c & 0x07;
            }
            bool ok = len > 0 && i + len <= n;
            for (int k = 1; ok && k < len; ++k) {
                if ((u[i + k] & 0xC0) != 0x80)
                    ok = false;
                else
                    cp = (cp << 6) | (u[i + k] & 0x3F);
            }
            if (ok) {
                // Overlong 3/4-byte forms, surrogates and code points past U+10FFFF.
                if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
                    ok = false;
            }
            if (!ok) {
                const int col = locate(i);
                diag(line, col, QStringLiteral("lex-invalid-utf8"), Diagnostic::Severity::Error,
                     QCoreApplication::translate("ElixirLexer", "invalid UTF-8 byte 0x%1")
                         .arg(int(c), 2, 16, QLatin1Char('0')));
                ++i;
                continue;
            }
            i += len;
        }
    }

    // --- Elixir ---------------------------------------------------------------------------

    void lexElixir(Stop stop)
    {
        int braces = 0;
        while (p < n) {
            const auto c = static_cast<unsigned char>(s[p]);
            if (c == '\n') {
                newline(p);
                ++p;
                continue;
            }
            if (isSpace(c)) {
                // Indentation comes in runs of spaces: skip them here, not once per loop.
                do
                    ++p;
                while (p < n && s[p] == ' ');
                continue;
            }
            switch (c) {
            case '#': {
                qsizetype e = p;
                while (e < n && s[e] != '\n' && !(stop == Stop::EExClose && at(e, "%>")))
                    ++e;
                emitHere(TokenKind::Comment, p, e);
                p = e;
                continue;
            }
            case '{':
                ++braces;
                emitHere(TokenKind::Punctuation, p, p + 1);
                ++p;
                continue;
            case '}':
                if (stop == Stop::Brace && braces == 0)
                    return;
                --braces;
                emitHere(TokenKind::Punctuation, p, p + 1);
                ++p;
                continue;
            case '(':
            case ')':
            case '[':
            case ']':
            case ',':
            case ';':
                emitHere(TokenKind::Punctuation, p, p + 1);
                ++p;
                continue;
            case '"':
                if (at(p, "\"\"\""))
                    lexHeredoc('"', p, 3, TokenKind::Heredoc, true);
                else
                    lexQuoted(p, p + 1, '"', TokenKind::String, true, false);
                continue;
            case '\'':
                if (at(p, "'''"))
                    lexHeredoc('\'', p, 3, TokenKind::Heredoc, true);
                else
                    lexQuoted(p, p + 1, '\'', TokenKind::Charlist, true, false);
                continue;
            case ':':
                lexColon();
                continue;
            case '~':
                if (p + 1 < n && (std::isalpha(static_cast<unsigned char>(s[p + 1])))) {
                    lexSigil();
                    continue;
                }
                break;
            case '?':
                if (p + 1 < n && !isSpace(static_cast<unsigned char>(s[p + 1])) &&
                    s[p + 1] != '\n') {
                    lexChar();
                    continue;
                }
                break;
            case '@':
                if (p + 1 < n && (isIdentStart(static_cast<unsigned char>(s[p + 1])))) {
                    qsizetype e = p + 1;
                    while (e < n && isIdentChar(static_cast<unsigned char>(s[e])))
                        ++e;
                    const std::string_view name(s + p + 1, e - p - 1);
                    // Template assigns may end in ? or ! (@own_profile?); not a char literal.
                    if (e < n && (s[e] == '?' || s[e] == '!') && (e + 1 >= n || s[e + 1] != '='))
                        ++e;
                    emitHere(TokenKind::ModuleAttribute, p, e);
                    m_pendingDoc = name == "doc" || name == "moduledoc" || name == "typedoc" ||
                                   name == "shortdoc";
                    p = e;
                    continue;
                }
                break;
            case '%':
                if (stop == Stop::EExClose && p + 1 < n && s[p + 1] == '>')
                    return;
                break;
            case 0:
                emitHere(TokenKind::Error, p, p + 1);
                ++p;
                continue;
            default:
                break;
            }
            if (isDigit(c)) {
                lexNumber();
                continue;
            }
            if (isIdentStart(c)) {
                lexIdentifier();
                continue;
            }
            if (isUpper(c)) {
                qsizetype e = p + 1;
                while (e < n && isIdentChar(static_cast<unsigned char>(s[e])))
                    ++e;
                if (e < n && s[e] == ':' && (e + 1 >= n || s[e + 1] != ':')) {
                    emitHere(TokenKind::KeywordKey, p, e + 1);
                    p = e + 1;
                } else {
                    emitHere(TokenKind::Module, p, e);
                    p = e;
                }
                continue;
            }
            if (const int len = operatorLength(s + p, n - p)) {
                const bool dot = len == 1 && c == '.';
                emitHere(TokenKind::Operator, p, p + len);
                m_afterDot = dot;
                p += len;
                continue;
            }
            diagHere(p, QStringLiteral("lex-unexpected"),
                     QCoreApplication::translate("ElixirLexer", "unexpected character '%1'")
                         .arg(QLatin1Char(char(c))));
            emitHere(TokenKind::Error, p, p + 1);
            ++p;
        }
    }

    void lexIdentifier()
    {
        qsizetype e = p + 1;
        while (e < n && isIdentChar(static_cast<unsigned char>(s[e])))
            ++e;
        if (e < n && (s[e] == '?' || s[e] == '!'))
            ++e;
        const std::string_view word(s + p, e - p);
        if (e < n && s[e] == ':' && (e + 1 >= n || s[e + 1] != ':')) {
            emitHere(TokenKind::KeywordKey, p, e + 1);
            p = e + 1;
            return;
        }
        if (m_expectFunctionName) {
            emitHere(TokenKind::FunctionName, p, e);
        } else if (!m_afterDot && isKeyword(word)) {
            emitHere(TokenKind::Keyword, p, e);
            m_expectFunctionName = definesFunction(word);
        } else {
            emitHere(TokenKind::Identifier, p, e);
        }
        p = e;
    }

    void lexNumber()
    {
        qsizetype e = p;
        auto digits = [&](auto pred) {
            while (e < n && (pred(static_cast<unsigned char>(s[e])) || s[e] == '_'))
                ++e;
        };
        if (s[p] == '0' && p + 1 < n && (s[p + 1] == 'x' || s[p + 1] == 'o' || s[p + 1] == 'b')) {
            e = p + 2;
            digits([](unsigned char c) { return std::isxdigit(c) != 0; });
        } else {
            digits(isDigit);
            if (e + 1 < n && s[e] == '.' && isDigit(static_cast<unsigned char>(s[e + 1]))) {
                ++e;
                digits(isDigit);
                if (e < n && (s[e] == 'e' || s[e] == 'E')) {
                    qsizetype f = e + 1;
                    if (f < n && (s[f] == '+' || s[f] == '-'))
                        ++f;
                    if (f < n && isDigit(static_cast<unsigned char>(s[f]))) {
                        e = f;
                        digits(isDigit);
                    }
                }
            }
        }
        emitHere(TokenKind::Number, p, e);
        p = e;
    }

    void lexChar()
    {
        qsizetype e = p + 1;
        if (s[e] == '\\') {
            e = std::min(n, e + 2);
        } else {
            const auto c = static_cast<unsigned char>(s[e]);
            int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            e = std::min(n, e + len);
        }
        emitHere(TokenKind::Char, p, e);
        p = e;
    }

    void lexColon()
    {
        if (p + 1 < n) {
            const auto c = static_cast<unsigned char>(s[p + 1]);
            if (c == ':') {
                emitHere(TokenKind::Operator, p, p + 2);
                p += 2;
                return;
            }
            if (c == '"' || c == '\'') {
                lexQuoted(p, p + 2, char(c), TokenKind::Atom, true, false);
                return;
            }
            if (isIdentStart(c) || isUpper(c)) {
                qsizetype e = p + 2;
                while (e < n && (isIdentChar(static_cast<unsigned char>(s[e])) ||
                                 (s[e] == '.' && e + 1 < n &&
                                  isUpper(static_cast<unsigned char>(s[e + 1])))))
                    ++e;
                if (e < n && (s[e] == '?' || s[e] == '!'))
                    ++e;
                emitHere(TokenKind::Atom, p, e);
                p = e;
                return;
            }
            int len = operatorLength(s + p + 1, n - p - 1);
            if (len == 0 && at(p + 1, "{}"))
                len = 2;
            if (len == 0 && at(p + 1, "%{}"))
                len = 3;
            if (len == 0 && at(p + 1, "[]"))
                len = 2;
            if (len > 0 && !(len == 1 && s[p + 1] == ':')) {
                emitHere(TokenKind::Atom, p, p + 1 + len);
                p += 1 + len;
                return;
            }
        }
        emitHere(TokenKind::Punctuation, p, p + 1);
        ++p;
    }

    // A quoted literal from `start`; `body` is the first byte after the opening delimiter.
    // Splits at newlines and interpolations. Returns false when unterminated (recovered).
    bool lexQuoted(qsizetype start, qsizetype body, char close, TokenKind kind, bool interpolates,
                   bool modifiers)
    {
        if (m_pendingDoc && (kind == TokenKind::String || kind == TokenKind::Sigil))
            kind = TokenKind::DocString;
        const int startLine = m_line;
        const qsizetype startLineStart = m_lineStart;
        const int startCol = column(start);
        const qsizetype tokensBefore = m_count;
        qsizetype seg = start;
        int segLine = m_line;
        int segCol = startCol;
        p = body;
        while (p < n) {
            const char c = s[p];
            if (c == '\\' && p + 1 < n) {
                if (s[p + 1] == '\n') {
                    if (p + 1 > seg)
                        push(kind, seg, p + 1, segLine, segCol);
                    newline(p + 1);
                    p += 2;
                    seg = p;
                    segLine = m_line;
                    segCol = 1;
                } else {
                    p += 2;
                }
                continue;
            }
            if (c == '\n') {
                if (p > seg)
                    push(kind, seg, p, segLine, segCol);
                newline(p);
                ++p;
                seg = p;
                segLine = m_line;
                segCol = 1;
                continue;
            }
            if (c == close) {
                ++p;
                if (modifiers) {
                    while (p < n && std::isalnum(static_cast<unsigned char>(s[p])))
                        ++p;
                }
                push(kind, seg, p, segLine, segCol);
                return true;
            }
            if (interpolates && c == '#' && p + 1 < n && s[p + 1] == '{') {
                if (!interpolation(kind, seg, segLine, segCol))
                    break;
                seg = p;
                segLine = m_line;
                segCol = column(p);
                continue;
            }
            ++p;
        }
        unterminated(start, startLine, startLineStart, startCol, tokensBefore, kind,
                     QStringLiteral("lex-unterminated-string"),
                     QCoreApplication::translate("ElixirLexer", "unterminated %1 (missing %2)")
                         .arg(kind == TokenKind::Sigil
                                  ? QCoreApplication::translate("ElixirLexer", "sigil")
                              : kind == TokenKind::Charlist
                                  ? QCoreApplication::translate("ElixirLexer", "charlist")
                              : kind == TokenKind::Atom
                                  ? QCoreApplication::translate("ElixirLexer", "quoted atom")
                                  : QCoreApplication::translate("ElixirLexer", "string"),
                              QString(QLatin1Char(close))));
        return false;
    }

    // At `#{`: emits the segment so far, the interpolation and its code. False at end of input.
    bool interpolation(TokenKind kind, qsizetype seg, int segLine, int segCol)
    {
        if (p > seg)
            push(kind, seg, p, segLine, segCol);
        if (!enter()) {
            p += 2;
            return true;
        }
        emitHere(TokenKind::Interpolation, p, p + 2);
        p += 2;
        const quint8 saved = m_flags;
        m_flags |= Token::InInterpolation;
        lexElixir(Stop::Brace);
        m_flags = saved;
        --m_depth;
        if (p >= n)
            return false;
        emitHere(TokenKind::Interpolation, p, p + 1);
        ++p;
        return true;
    }

    // True when the line holding `pos` has only spaces and tabs before it.
    bool onlyIndentBefore(qsizetype pos) const
    {
        for (qsizetype i = pos - 1; i >= m_lineStart; --i) {
            if (s[i] != ' ' && s[i] != '\t')
                return false;
        }
        return true;
    }

    // A heredoc whose opening delimiter (`open` bytes, quote char q) starts at `start`.
    void lexHeredoc(char q, qsizetype start, int open, TokenKind kind, bool interpolates,
                    bool modifiers = false)
    {
        if (m_pendingDoc)
            kind = TokenKind::DocString;
        const int startLine = m_line;
        const qsizetype startLineStart = m_lineStart;
        const int startCol = column(start);
        const qsizetype tokensBefore = m_count;
        qsizetype seg = start;
        int segLine = m_line;
        int segCol = startCol;
        p = start + open;
        while (p < n) {
            const char c = s[p];
            if (c == '\\' && p + 1 < n && s[p + 1] != '\n') {
                p += 2;
                continue;
            }
            if (c == '\n') {
                if (p > seg)
                    push(kind, seg, p, segLine, segCol);
                newline(p);
                ++p;
                seg = p;
                segLine = m_line;
                segCol = 1;
                continue;
            }
            if (c == q && m_line > startLine && p + 2 < n && s[p + 1] == q && s[p + 2] == q &&
                onlyIndentBefore(p)) {
                p += 3;
                if (modifiers) {
                    while (p < n && std::isalnum(static_cast<unsigned char>(s[p])))
                        ++p;
                }
                push(kind, seg, p, segLine, segCol);
                return;
            }
            if (interpolates && c == '#' && p + 1 < n && s[p + 1] == '{') {
                if (!interpolation(kind, seg, segLine, segCol))
                    break;
                seg = p;
                segLine = m_line;
                segCol = column(p);
                continue;
            }
            ++p;
        }
        unterminated(
            start, startLine, startLineStart, startCol, tokensBefore, kind,
            QStringLiteral("lex-unterminated-heredoc"),
            QCoreApplication::translate("ElixirLexer", "unterminated heredoc (no closing %1 line)")
                .arg(QString(3, QLatin1Char(q))));
    }

    // Reports an unterminated literal at its start and resumes lexing on the next line, so one
    // stray quote does not swallow the file. After many, the rest stays one literal.
    void unterminated(qsizetype start, int startLine, qsizetype startLineStart, int startCol,
                      qsizetype tokensBefore, TokenKind kind, const QString& code,
                      const QString& message)
    {
        diag(startLine, startCol, code, Diagnostic::Severity::Error, message);
        if (++m_recoveries > kMaxRecoveries)
            return; // the segments up to the end of input are already out
        m_count = tokensBefore;
        m_line = startLine;
        m_lineStart = startLineStart;
        m_colLineStart = -1;
        const void* nl = std::memchr(s + start, '\n', size_t(n - start));
        const qsizetype eol = nl ? static_cast<const char*>(nl) - s : n;
        push(kind, start, eol, startLine, startCol);
        p = eol;
    }

    void lexSigil()
    {
        const qsizetype start = p;
        qsizetype e = p + 1;
        const auto first = static_cast<unsigned char>(s[e]);
        const bool upper = isUpper(first);
        ++e;
        if (upper) {
            while (e < n && (isUpper(static_cast<unsigned char>(s[e])) ||
                             isDigit(static_cast<unsigned char>(s[e]))))
                ++e;
        }
        if (e >= n || !std::strchr("/|\"'([{<", s[e]) || s[e] == 0) {
            // Not a sigil after all: `~` as an operator, then the word.
            emitHere(TokenKind::Operator, p, p + 1);
            ++p;
            return;
        }
        const bool interp = !upper;
        const bool template_ = (first == 'H' || first == 'E' || first == 'L') && e == p + 2;
        const char open = s[e];
        const bool heredoc = (open == '"' || open == '\'') && at(e, open == '"' ? "\"\"\"" : "'''");
        if (template_) {
            lexTemplateSigil(start, e, open, heredoc, first == 'H');
            return;
        }
        if (heredoc) {
            const bool doc = m_pendingDoc;
            lexHeredocSigil(start, e, open, interp, doc);
            return;
        }
        lexQuoted(start, e + 1, closingFor(open), TokenKind::Sigil, interp, true);
    }

    void lexHeredocSigil(qsizetype start, qsizetype delim, char q, bool interp, bool doc)
    {
        // The heredoc scanner starts right after the delimiter; the sigil prefix rides along.
        const TokenKind kind = doc ? TokenKind::DocString : TokenKind::Sigil;
        m_pendingDoc = doc;
        lexHeredoc(q, start, int(delim - start) + 3, kind, interp, true);
    }

    void lexTemplateSigil(qsizetype start, qsizetype delim, char open, bool heredoc, bool heex)
    {
        const int openLen = heredoc ? 3 : 1;
        const int startLine = m_line;
        const int startCol = column(start);
        emitHere(TokenKind::Sigil, start, delim + openLen);
        p = delim + openLen;
        if (!enter()) {
            lexQuoted(start, p, closingFor(open), TokenKind::Sigil, false, true);
            return;
        }
        const quint8 saved = m_flags;
        m_flags = Token::InTemplate;
        const bool closed = lexTemplate(heex, Term{closingFor(open), heredoc});
        m_flags = saved;
        --m_depth;
        if (!closed) {
            diag(startLine, startCol, QStringLiteral("lex-unterminated-sigil"),
                 Diagnostic::Severity::Error,
                 QCoreApplication::translate("ElixirLexer", "unterminated ~%1 sigil")
                     .arg(QLatin1Char(s[start + 1])));
            return;
        }
        qsizetype e = p + openLen;
        while (e < n && std::isalnum(static_cast<unsigned char>(s[e])))
            ++e;
        emitHere(TokenKind::Sigil, p, e);
        p = e;
    }

    // --- templates ------------------------------------------------------------------------

    bool atTerm(const Term& t, qsizetype pos) const
    {
        if (t.close == 0 || pos >= n || s[pos] != t.close)
            return false;
        if (!t.heredoc)
            return true;
        return pos + 2 < n && s[pos + 1] == t.close && s[pos + 2] == t.close &&
               onlyIndentBefore(pos);
    }

    // HTML with EEx tags (and HEEx {expr}) until the terminator; true when it was found.
    bool lexTemplate(bool heex, const Term& term)
    {
        while (p < n) {
            if (atTerm(term, p))
                return true;
            const char c = s[p];
            if (c == '\n') {
                newline(p);
                ++p;
                continue;
            }
            if (c == '<') {
                if (at(p, "<%")) {
                    lexEEx();
                    continue;
                }
                if (at(p, "<!--")) {
                    lexDelimited(TokenKind::HtmlComment, p, "-->", term);
                    continue;
                }
                if (p + 1 < n) {
                    const auto d = static_cast<unsigned char>(s[p + 1]);
                    if (std::isalpha(d) || d == '/' || d == '.' || d == ':') {
                        lexTag(heex, term);
                        continue;
                    }
                }
            }
            if (c == '{' && heex) {
                embeddedExpression();
                continue;
            }
            // Text up to the next interesting byte.
            qsizetype e = p + 1;
            while (e < n && s[e] != '\n' && s[e] != '<' && !(heex && s[e] == '{') &&
                   !(term.close && s[e] == term.close))
                ++e;
            if (!isBlank(p, e))
                emitHere(TokenKind::HtmlText, p, e);
            p = e;
        }
        return false;
    }

    bool isBlank(qsizetype b, qsizetype e) const
    {
        for (qsizetype i = b; i < e; ++i) {
            if (!isSpace(static_cast<unsigned char>(s[i])))
                return false;
        }
        return true;
    }

    // A token running to `close` (included), split per line; stops at the terminator.
    void lexDelimited(TokenKind kind, qsizetype start, std::string_view close, const Term& term)
    {
        qsizetype seg = start;
        int segLine = m_line;
        int segCol = column(start);
        const int startLine = m_line;
        p = start + 1;
        while (p < n) {
            if (at(p, close)) {
                p += qsizetype(close.size());
                push(kind, seg, p, segLine, segCol);
                return;
            }
            if (atTerm(term, p))
                break;
            if (s[p] == '\n') {
                if (p > seg)
                    push(kind, seg, p, segLine, segCol);
                newline(p);
                ++p;
                seg = p;
                segLine = m_line;
                segCol = 1;
                continue;
            }
            ++p;
        }
        if (p > seg)
            push(kind, seg, p, segLine, segCol);
        diag(startLine, 0, QStringLiteral("lex-unterminated-comment"), Diagnostic::Severity::Error,
             QCoreApplication::translate("ElixirLexer", "unterminated comment (missing %1)")
                 .arg(QString::fromLatin1(close.data(), qsizetype(close.size()))));
    }

    void lexEEx()
    {
        const qsizetype start = p;
        if (at(p, "<%!--")) {
            lexDelimited(TokenKind::Comment, p, "--%>", Term{});
            return;
        }
        if (at(p, "<%#")) {
            lexDelimited(TokenKind::Comment, p, "%>", Term{});
            return;
        }
        if (at(p, "<%%")) {
            emitHere(TokenKind::HtmlText, p, p + 3);
            p += 3;
            return;
        }
        qsizetype e = p + 2;
        if (at(e, "=="))
            e += 2;
        else if (e < n && (s[e] == '=' || s[e] == '/' || s[e] == '|'))
            ++e;
        const int line = m_line;
        const int col = column(start);
        emitHere(TokenKind::EExDelimiter, p, e);
        p = e;
        if (!enter()) {
            lexDelimited(TokenKind::Error, p, "%>", Term{});
            return;
        }
        const quint8 saved = m_flags;
        m_flags |= Token::InInterpolation;
        lexElixir(Stop::EExClose);
        m_flags = saved;
        --m_depth;
        if (p >= n) {
            diag(line, col, QStringLiteral("lex-unterminated-eex"), Diagnostic::Severity::Error,
                 QCoreApplication::translate("ElixirLexer", "unterminated EEx tag (missing %>)"));
            return;
        }
        emitHere(TokenKind::EExDelimiter, p, p + 2);
        p += 2;
    }

    // HEEx `{expr}` in text or as an attribute value.
    void embeddedExpression()
    {
        const int line = m_line;
        const int col = column(p);
        emitHere(TokenKind::EExDelimiter, p, p + 1);
        ++p;
        if (!enter())
            return;
        const quint8 saved = m_flags;
        m_flags |= Token::InInterpolation;
        lexElixir(Stop::Brace);
        m_flags = saved;
        --m_depth;
        if (p >= n) {
            diag(line, col, QStringLiteral("lex-unterminated-expression"),
                 Diagnostic::Severity::Error,
                 QCoreApplication::translate("ElixirLexer",
                                             "unterminated {expression} (missing })"));
            return;
        }
        emitHere(TokenKind::EExDelimiter, p, p + 1);
        ++p;
    }

    void lexTag(bool heex, const Term& term)
    {
        const qsizetype start = p;
        const int line = m_line;
        const int col = column(start);
        qsizetype e = p + 1;
        if (s[e] == '/')
            ++e;
        const qsizetype nameStart = e;
        while (e < n && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '.' ||
                         s[e] == ':' || s[e] == '-' || s[e] == '_'))
            ++e;
        const std::string_view name(s + nameStart, e - nameStart);
        const bool closing = s[start + 1] == '/';
        emitHere(TokenKind::HtmlTag, start, e);
        p = e;
        while (p < n) {
            if (atTerm(term, p))
                break;
            const char c = s[p];
            if (c == '\n') {
                newline(p);
                ++p;
                continue;
            }
            if (isSpace(static_cast<unsigned char>(c))) {
                ++p;
                continue;
            }
            if (c == '>') {
                emitHere(TokenKind::HtmlTag, p, p + 1);
                ++p;
                if (!closing && (name == "script" || name == "style"))
                    rawText(name, term);
                return;
            }
            if (c == '/' && p + 1 < n && s[p + 1] == '>') {
                emitHere(TokenKind::HtmlTag, p, p + 2);
                p += 2;
                return;
            }
            if (c == '{' && heex) {
                embeddedExpression();
                continue;
            }
            if (c == '<' && at(p, "<%")) {
                lexEEx();
                continue;
            }
            if (c == '<')
                break; // a new tag: this one was not closed
            if (c == '=') {
                emitHere(TokenKind::Operator, p, p + 1);
                ++p;
                skipTagSpace();
                if (p >= n)
                    break;
                if (s[p] == '"' || s[p] == '\'') {
                    attributeValue(s[p], term);
                } else if (s[p] == '{' && heex) {
                    embeddedExpression();
                } else if (s[p] == '<' && at(p, "<%")) {
                    lexEEx();
                } else {
                    qsizetype v = p;
                    while (v < n && !isSpace(static_cast<unsigned char>(s[v])) && s[v] != '\n' &&
                           s[v] != '>' && !(s[v] == '/' && v + 1 < n && s[v + 1] == '>'))
                        ++v;
                    if (v > p)
                        emitHere(TokenKind::HtmlAttributeValue, p, v);
                    p = v;
                }
                continue;
            }
            qsizetype a = p;
            while (a < n && !isSpace(static_cast<unsigned char>(s[a])) && s[a] != '\n' &&
                   s[a] != '=' && s[a] != '>' && s[a] != '"' && s[a] != '\'' && s[a] != '<' &&
                   !(heex && s[a] == '{') && !(s[a] == '/' && a + 1 < n && s[a + 1] == '>') &&
                   !(term.close && s[a] == term.close))
                ++a;
            if (a == p)
                a = p + 1;
            emitHere(TokenKind::HtmlAttribute, p, a);
            p = a;
        }
        diag(line, col, QStringLiteral("lex-unterminated-tag"), Diagnostic::Severity::Warning,
             QCoreApplication::translate("ElixirLexer", "tag <%1 is not closed with >")
                 .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
    }

    void skipTagSpace()
    {
        while (p < n && (isSpace(static_cast<unsigned char>(s[p])) || s[p] == '\n')) {
            if (s[p] == '\n')
                newline(p);
            ++p;
        }
    }

    void attributeValue(char q, const Term& term)
    {
        qsizetype seg = p;
        int segLine = m_line;
        int segCol = column(p);
        ++p;
        while (p < n) {
            if (s[p] == q) {
                ++p;
                push(TokenKind::HtmlAttributeValue, seg, p, segLine, segCol);
                return;
            }
            if (atTerm(term, p))
                break;
            if (s[p] == '\n') {
                if (p > seg)
                    push(TokenKind::HtmlAttributeValue, seg, p, segLine, segCol);
                newline(p);
                ++p;
                seg = p;
                segLine = m_line;
                segCol = 1;
                continue;
            }
            if (at(p, "<%")) {
                if (p > seg)
                    push(TokenKind::HtmlAttributeValue, seg, p, segLine, segCol);
                lexEEx();
                seg = p;
                segLine = m_line;
                segCol = column(p);
                continue;
            }
            ++p;
        }
        if (p > seg)
            push(TokenKind::HtmlAttributeValue, seg, p, segLine, segCol);
    }

    // <script>/<style> bodies: text until the closing tag.
    void rawText(std::string_view name, const Term& term)
    {
        while (p < n) {
            if (s[p] == '<' && p + 1 < n && s[p + 1] == '/' && at(p + 2, name))
                return;
            if (atTerm(term, p))
                return;
            if (s[p] == '\n') {
                newline(p);
                ++p;
                continue;
            }
            qsizetype e = p + 1;
            while (e < n && s[e] != '\n' && s[e] != '<' && !(term.close && s[e] == term.close))
                ++e;
            emitHere(TokenKind::HtmlText, p, e);
            p = e;
        }
    }
};

} // namespace

ElixirLexer::Result ElixirLexer::tokenize(QByteArrayView source, Mode mode, const QString& path)
{
    Result r;
    Lexer(source, path, r).run(mode);
    return r;
}

ElixirLexer::Mode ElixirLexer::modeForPath(const QString& path)
{
    if (path.endsWith(u".heex", Qt::CaseInsensitive))
        return Mode::HEEx;
    if (path.endsWith(u".eex", Qt::CaseInsensitive) || path.endsWith(u".leex", Qt::CaseInsensitive))
        return Mode::EEx;
    return Mode::Elixir;
}

bool ElixirLexer::isSourcePath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"ex" || suffix == u"exs" || suffix == u"heex" || suffix == u"eex" ||
           suffix == u"leex";
}

int ElixirLexer::utf16Length(QByteArrayView source, const Token& t)
{
    int len = 0;
    for (qsizetype i = t.begin; i < t.end && i < source.size(); ++i) {
        const auto c = static_cast<unsigned char>(source[i]);
        if ((c & 0xC0) != 0x80)
            len += c >= 0xF0 ? 2 : 1;
    }
    return len;
}

const char* ElixirLexer::kindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Identifier:
        return "identifier";
    case TokenKind::Keyword:
        return "keyword";
    case TokenKind::FunctionName:
        return "function_name";
    case TokenKind::Module:
        return "module";
    case TokenKind::ModuleAttribute:
        return "module_attribute";
    case TokenKind::Atom:
        return "atom";
    case TokenKind::KeywordKey:
        return "keyword_key";
    case TokenKind::String:
        return "string";
    case TokenKind::Charlist:
        return "charlist";
    case TokenKind::Heredoc:
        return "heredoc";
    case TokenKind::DocString:
        return "doc_string";
    case TokenKind::Interpolation:
        return "interpolation";
    case TokenKind::Sigil:
        return "sigil";
    case TokenKind::Char:
        return "char";
    case TokenKind::Comment:
        return "comment";
    case TokenKind::Number:
        return "number";
    case TokenKind::Operator:
        return "operator";
    case TokenKind::Punctuation:
        return "punctuation";
    case TokenKind::HtmlTag:
        return "html_tag";
    case TokenKind::HtmlAttribute:
        return "html_attribute";
    case TokenKind::HtmlAttributeValue:
        return "html_attribute_value";
    case TokenKind::HtmlText:
        return "html_text";
    case TokenKind::HtmlComment:
        return "html_comment";
    case TokenKind::EExDelimiter:
        return "eex_delimiter";
    case TokenKind::Error:
        return "error";
    }
    return "?";
}

} // namespace pwb
