// SPDX-License-Identifier: MIT
#include "mixfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MixFile)
};
} // namespace

namespace {

// mix.exs with comments and string contents blanked out (same length, newlines kept), so
// that patterns below never match inside a comment or a string, and line numbers hold.
struct Blanked
{
    QString code;
    Diagnostics diagnostics;
};

Blanked blankCommentsAndStrings(const QString& text, const QString& path)
{
    Blanked out;
    out.code = text;
    QString& c = out.code;
    const qsizetype n = c.size();
    int line = 1;
    auto blank = [&](qsizetype i) {
        if (c[i] != u'\n')
            c[i] = u' ';
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = c[i];
        if (ch == u'\n') {
            ++line;
        } else if (ch == u'#') {
            while (i < n && c[i] != u'\n')
                blank(i++);
            --i;
        } else if (ch == u'"' || (ch == u'\'' && i > 0 && c[i - 1] != u'?')) {
            const bool heredoc = i + 2 < n && c[i + 1] == ch && c[i + 2] == ch;
            const int startLine = line;
            i += heredoc ? 3 : 1;
            bool closed = false;
            for (; i < n; ++i) {
                if (c[i] == u'\\' && i + 1 < n) {
                    if (c[i + 1] == u'\n')
                        ++line;
                    blank(i);
                    blank(++i);
                    continue;
                }
                if (c[i] == ch && (!heredoc || (i + 2 < n && c[i + 1] == ch && c[i + 2] == ch))) {
                    if (heredoc)
                        i += 2;
                    closed = true;
                    break;
                }
                if (c[i] == u'\n')
                    ++line;
                blank(i);
            }
            if (!closed) {
                out.diagnostics.append({path, startLine, 0, QStringLiteral("mix-unterminated"),
                                        Tr::tr("unterminated string starting here"),
                                        Diagnostic::Severity::Error});
                i = n;
            }
        }
    }
    return out;
}

int lineAt(const QString& text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

// Brackets and do/fn..end must balance; the first opener left open is reported.
void checkBalance(const QString& code, const QString& path, Diagnostics& diags)
{
    struct Open
    {
        QChar kind;
        int line;
    };
    QList<Open> stack;
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_?!]*:?"));
    int line = 1;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code[i];
        if (ch == u'\n') {
            ++line;
        } else if (ch == u'(' || ch == u'[' || ch == u'{') {
            stack.append({ch, line});
        } else if (ch == u')' || ch == u']' || ch == u'}') {
            const QChar want = ch == u')' ? u'(' : ch == u']' ? u'[' : u'{';
            if (stack.isEmpty() || stack.last().kind != want) {
                diags.append({path, line, 0, QStringLiteral("mix-unbalanced"),
                              Tr::tr("unexpected '%1'").arg(ch), Diagnostic::Severity::Error});
                return;
            }
            stack.removeLast();
        } else if (ch.isLetter() || ch == u'_') {
            if (i > 0 && (code[i - 1].isLetterOrNumber() || code[i - 1] == u'_' ||
                          code[i - 1] == u':' || code[i - 1] == u'.')) {
                continue;
            }
            const auto m = word.match(code, i, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
            const QString w = m.captured();
            if (w == u"do" || w == u"fn") {
                stack.append({u'd', line});
            } else if (w == u"end") {
                if (stack.isEmpty()) {
                    diags.append({path, line, 0, QStringLiteral("mix-unbalanced"),
                                  Tr::tr("'end' without a matching 'do'"),
                                  Diagnostic::Severity::Error});
                    return;
                }
                if (stack.last().kind != u'd') {
                    diags.append({path, stack.last().line, 0, QStringLiteral("mix-unbalanced"),
                                  Tr::tr("'%1' is not closed before 'end' on line %2")
                                      .arg(stack.last().kind)
                                      .arg(line),
                                  Diagnostic::Severity::Error});
                    return;
                }
                stack.removeLast();
            }
            i += qMax<qsizetype>(0, w.size() - 1);
        }
    }
    if (!stack.isEmpty()) {
        const Open& o = stack.first();
        const QString what = o.kind == u'd' ? Tr::tr("'do' is never closed by 'end'")
                                            : Tr::tr("'%1' is never closed").arg(o.kind);
        diags.append(
            {path, o.line, 0, QStringLiteral("mix-unbalanced"), what, Diagnostic::Severity::Error});
    }
}

QString stringAfterKey(const QString& code, const QString& text, const QString& key)
{
    // Match on the blanked code (so comments never count), read the literal from text.
    const QRegularExpression re(QStringLiteral("(?<![\\w:])%1:\\s*\"").arg(key));
    const auto m = re.match(code);
    if (!m.hasMatch())
        return {};
    const qsizetype start = m.capturedEnd();
    const qsizetype end = text.indexOf(u'"', start);
    return end < 0 ? QString() : text.mid(start, end - start);
}

} // namespace

const MixDependency* MixFile::dependency(const QString& name) const
{
    for (const auto& d : deps) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

MixFile MixFile::parse(const QString& text, const QString& path)
{
    MixFile mix;
    const Blanked blanked = blankCommentsAndStrings(text, path);
    const QString& code = blanked.code;
    mix.diagnostics = blanked.diagnostics;
    checkBalance(code, path, mix.diagnostics);

    static const QRegularExpression moduleRe(QStringLiteral("defmodule\\s+([A-Z][\\w.]*)\\s+do"));
    if (const auto m = moduleRe.match(code); m.hasMatch())
        mix.moduleName = m.captured(1);
    else
        mix.diagnostics.append({path, 1, 0, QStringLiteral("mix-no-module"),
                                Tr::tr("no 'defmodule ... do' found: not a mix project "
                                       "definition"),
                                Diagnostic::Severity::Error});

    static const QRegularExpression appRe(QStringLiteral("(?<![\\w:])app:\\s*:(\\w+)"));
    if (const auto m = appRe.match(code); m.hasMatch())
        mix.app = m.captured(1);
    mix.elixirRequirement = stringAfterKey(code, text, QStringLiteral("elixir"));
    mix.version = stringAfterKey(code, text, QStringLiteral("version"));
    mix.appsPath = stringAfterKey(code, text, QStringLiteral("apps_path"));

    // Dependency tuples: {:name, "req" ...} or {:name, in_umbrella: true} / path: / git:.
    // Searched in the deps function when there is one, else in the whole file.
    qsizetype from = 0;
    qsizetype to = code.size();
    static const QRegularExpression depsFn(QStringLiteral("defp?\\s+deps\\b"));
    if (const auto m = depsFn.match(code); m.hasMatch()) {
        from = m.capturedStart();
        static const QRegularExpression nextDef(QStringLiteral("\\n\\s*defp?\\s"));
        const auto n = nextDef.match(code, m.capturedEnd());
        to = n.hasMatch() ? n.capturedStart() : code.size();
    }
    static const QRegularExpression depRe(QStringLiteral("\\{\\s*:(\\w+)\\s*,\\s*([^}]*)\\}"));
    const QString depsCode = code.mid(from, to - from);
    auto it = depRe.globalMatch(depsCode);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype at = from + m.capturedStart();
        const qsizetype restAt = from + m.capturedStart(2);
        const QString rest = text.mid(restAt, m.capturedLength(2));
        const QString restCode = m.captured(2);
        MixDependency dep;
        dep.name = m.captured(1);
        dep.line = lineAt(text, at);
        if (restCode.startsWith(u'"')) {
            const qsizetype end = rest.indexOf(u'"', 1);
            dep.requirement = rest.mid(1, end - 1);
        } else if (!restCode.contains(u':')) {
            continue; // a tuple that is not a dependency, e.g. {:ok, x}
        }
        dep.inUmbrella = restCode.contains(QStringLiteral("in_umbrella:"));
        static const QRegularExpression pathRe(QStringLiteral("path:\\s*\"([^\"]*)\""));
        if (const auto p = pathRe.match(rest); p.hasMatch())
            dep.path = p.captured(1);
        if (dep.requirement.isEmpty() && !dep.inUmbrella && dep.path.isEmpty() &&
            !restCode.contains(QStringLiteral("git:")) &&
            !restCode.contains(QStringLiteral("github:"))) {
            continue;
        }
        if (!mix.dependency(dep.name))
            mix.deps.append(dep);
    }
    return mix;
}

} // namespace pwb
