// SPDX-License-Identifier: MIT
#include "elixirfacts.h"

#include <QRegularExpression>
#include <QSet>

namespace pwb {

namespace {

// The code part of a line: what precedes a `#` outside a string.
QStringView codeOf(QStringView line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#' && (i == 0 || line.at(i - 1) != u'?')) {
            return line.left(i);
        }
    }
    return line;
}

// Splits at commas outside brackets and strings.
QStringList splitArgs(QStringView args)
{
    QStringList out;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QChar c = args.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'')
            quote = c;
        else if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        else if (c == u',' && depth == 0) {
            out.append(args.mid(start, i - start).trimmed().toString());
            start = i + 1;
        }
    }
    const QString last = args.mid(start).trimmed().toString();
    if (!last.isEmpty())
        out.append(last);
    return out;
}

QString stringLiteral(const QString& arg)
{
    if (arg.size() >= 2 && arg.startsWith(u'"') && arg.endsWith(u'"'))
        return arg.mid(1, arg.size() - 2);
    return {};
}

bool isModuleName(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Z][A-Za-z0-9_]*(\\.[A-Z][A-Za-z0-9_]*)*$"));
    return re.match(s).hasMatch();
}

// `key: value` of a keyword argument list (the arguments themselves, split).
QString keyword(const QStringList& args, const QString& key)
{
    const QString prefix = key + QStringLiteral(": ");
    for (const QString& a : args) {
        if (a.startsWith(prefix))
            return a.mid(prefix.size()).trimmed();
    }
    return {};
}

// What follows a macro's name, without the parentheses of a call.
QString argumentsOf(QStringView statement, qsizetype nameLength)
{
    QStringView rest = statement.mid(nameLength).trimmed();
    if (rest.startsWith(u'(')) {
        rest = rest.mid(1);
        const qsizetype close = rest.lastIndexOf(u')');
        if (close >= 0)
            rest = rest.left(close);
    }
    return rest.trimmed().toString();
}

QString joinPath(const QString& prefix, const QString& path)
{
    QString p = prefix + u'/' + path;
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    p.replace(slashes, QStringLiteral("/"));
    if (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    return p;
}

// One open do/end (or fn/end) block. Each carries what it inherits from the blocks around it,
// so the innermost scope, module and describe are read from the top of the stack: a file of
// 100,000 nested blocks stays linear.
struct Block
{
    enum Kind
    {
        Other,
        Scope,
        Module,
        Describe
    };
    Kind kind = Other;
    QString path;     // the innermost router scope's path so far
    QString alias;    // the innermost router scope's alias so far
    QString module;   // the innermost module's full name
    QString describe; // the innermost describe's title

    // A block of `kind` nested in `outer` (null at the top level), inheriting its context.
    static Block inside(const Block* outer, Kind kind)
    {
        Block b = outer ? *outer : Block{};
        b.kind = kind;
        return b;
    }
};

} // namespace

const ElixirCallback* ElixirFacts::handleEvent(const QString& event) const
{
    const ElixirCallback* catchAll = nullptr;
    for (const ElixirCallback& c : callbacks) {
        if (c.function != u"handle_event")
            continue;
        if (c.event == event)
            return &c;
        if (c.event.isEmpty() && !catchAll)
            catchAll = &c;
    }
    return catchAll;
}

const ElixirCallback* ElixirFacts::callback(const QString& function) const
{
    for (const ElixirCallback& c : callbacks) {
        if (c.function == function)
            return &c;
    }
    return nullptr;
}

namespace ElixirFactsReader {

ElixirFacts read(const QByteArray& bytes, const QString& path)
{
    static const QRegularExpression doAtEnd(QStringLiteral("(^|[\\s,)\\]])do$"));
    static const QRegularExpression endAtStart(QStringLiteral("^end\\b"));
    static const QRegularExpression openFn(QStringLiteral("\\bfn\\b"));
    static const QRegularExpression closeEnd(QStringLiteral("\\bend\\b"));
    static const QRegularExpression defmodule(
        QStringLiteral("^defmodule\\s+([A-Z][A-Za-z0-9_.]*)"));
    static const QRegularExpression callbackDef(QStringLiteral(
        "^defp?\\s+(handle_event|mount|handle_params)\\s*\\(\\s*(\"([^\"]*)\"|'([^']*)')?"));
    static const QRegularExpression testDef(
        QStringLiteral("^test\\s*\\(?\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression describeDef(
        QStringLiteral("^describe\\s*\\(?\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression useCase(
        QStringLiteral("^use\\s+(ExUnit\\.Case|[A-Z][A-Za-z0-9_.]*Case)\\b"));
    static const QRegularExpression dotted(
        QStringLiteral("\\b([A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)+)"));
    static const QRegularExpression liveCall(
        QStringLiteral("\\blive\\(\\s*[a-z_][A-Za-z0-9_]*\\s*,\\s*(?:~p)?\"(/[^\"]*)"));
    static const QRegularExpression multiAlias(
        QStringLiteral("^alias\\s+([A-Z][A-Za-z0-9_.]*)\\.\\{([^}]*)\\}"));

    ElixirFacts facts;
    const QString text = QString::fromUtf8(bytes);
    QList<Block> stack;
    QSet<QString> seen;
    bool inHeredoc = false;
    bool unbalanced = false;
    QString pending; // a statement continued on the next line
    int pendingLine = 0;
    int pendingLines = 0;

    const auto addReference = [&](const QString& name) {
        if (!seen.contains(name)) {
            seen.insert(name);
            facts.referencedModules.append(name);
        }
    };

    int lineNo = 0;
    for (QStringView raw : QStringTokenizer(text, u'\n')) {
        ++lineNo;
        const QStringView line = raw.trimmed();
        // Heredocs (@moduledoc """, ~H""") hold text, not structure; names in them still count.
        const qsizetype quotes = line.count(QStringLiteral("\"\"\""));
        if (inHeredoc) {
            for (auto it = dotted.globalMatch(line); it.hasNext();)
                addReference(it.next().captured(1));
            if (quotes % 2 == 1)
                inHeredoc = false;
            continue;
        }
        if (quotes % 2 == 1) {
            inHeredoc = true;
            continue;
        }
        QString code = codeOf(line).trimmed().toString();
        if (code.isEmpty())
            continue;
        for (auto it = dotted.globalMatch(code); it.hasNext();)
            addReference(it.next().captured(1));
        if (code.contains(QStringLiteral("live("))) {
            static const QRegularExpression interpolation(QStringLiteral("#\\{[^}]*\\}"));
            for (auto it = liveCall.globalMatch(code); it.hasNext();) {
                // "/products/#{product.id}" is a path with one segment we cannot know.
                QString path = it.next().captured(1);
                path.replace(interpolation, QStringLiteral("x"));
                facts.livePaths.append({path, lineNo});
            }
        }

        // A statement broken after a comma or an opening bracket goes on; bounded, so a
        // file of commas stays linear.
        if (!pending.isEmpty()) {
            code = pending + u' ' + code;
            pending.clear();
        } else {
            pendingLine = lineNo;
            pendingLines = 0;
        }
        if ((code.endsWith(u',') || code.endsWith(u'(') || code.endsWith(u'[')) &&
            pendingLines < 20) {
            pending = code;
            ++pendingLines;
            continue;
        }
        const int at = pendingLine;

        if (endAtStart.match(code).hasMatch()) {
            if (stack.isEmpty())
                unbalanced = true;
            else
                stack.removeLast();
            continue;
        }

        const bool opens = doAtEnd.match(code).hasMatch();
        QString statement = code;
        if (opens)
            statement = code.left(code.size() - 2).trimmed();

        const Block* top = stack.isEmpty() ? nullptr : &stack.last();
        const QString scopePath = top ? top->path : QString();
        const QString scopeAlias = top ? top->alias : QString();

        if (const auto m = defmodule.match(statement); m.hasMatch()) {
            QString name = m.captured(1);
            if (name.endsWith(u'.'))
                name.chop(1);
            if (top && !top->module.isEmpty())
                name = top->module + u'.' + name;
            facts.modules.append({name, at});
            if (opens) {
                Block b = Block::inside(top, Block::Module);
                b.module = name;
                stack.append(b);
            }
            continue;
        }
        if (const auto m = callbackDef.match(statement); m.hasMatch()) {
            const QString event = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
            facts.callbacks.append({m.captured(1), event, at});
        } else if (const auto m = testDef.match(statement); m.hasMatch()) {
            facts.tests.append({m.captured(1), top ? top->describe : QString(), at});
        } else if (useCase.match(statement).hasMatch()) {
            facts.isTestFile = true;
        } else if (const auto m = multiAlias.match(statement); m.hasMatch()) {
            for (const QString& part : m.captured(2).split(u',')) {
                const QString leaf = part.trimmed();
                if (isModuleName(leaf))
                    addReference(m.captured(1) + u'.' + leaf);
            }
        } else if (statement.startsWith(QStringLiteral("live ")) ||
                   statement.startsWith(QStringLiteral("live("))) {
            const QStringList args = splitArgs(argumentsOf(statement, 4));
            const QString routePath = args.isEmpty() ? QString() : stringLiteral(args.at(0));
            if (!routePath.isEmpty() && args.size() >= 2 && isModuleName(args.at(1))) {
                LiveRoute r;
                r.path = joinPath(scopePath, routePath);
                r.writtenName = args.at(1);
                r.module = scopeAlias.isEmpty() ? r.writtenName : scopeAlias + u'.' + r.writtenName;
                if (args.size() >= 3 && args.at(2).startsWith(u':'))
                    r.action = args.at(2).mid(1);
                r.line = at;
                facts.routes.append(r);
            }
        }

        if (opens) {
            Block b = Block::inside(top, Block::Other);
            if (statement.startsWith(QStringLiteral("scope ")) ||
                statement.startsWith(QStringLiteral("scope("))) {
                const QStringList args = splitArgs(argumentsOf(statement, 5));
                QString p = args.isEmpty() ? QString() : stringLiteral(args.at(0));
                if (p.isEmpty())
                    p = stringLiteral(keyword(args, QStringLiteral("path")));
                QString alias =
                    args.size() >= 2 && isModuleName(args.at(1)) ? args.at(1) : QString();
                if (alias.isEmpty())
                    alias = keyword(args, QStringLiteral("alias"));
                b.kind = Block::Scope;
                b.path = joinPath(scopePath, p);
                if (alias == u"false")
                    b.alias.clear(); // `alias: false`: names are written in full
                else if (isModuleName(alias))
                    b.alias = scopeAlias.isEmpty() ? alias : scopeAlias + u'.' + alias;
                else
                    b.alias = scopeAlias;
            } else if (const auto m = describeDef.match(statement); m.hasMatch()) {
                b.kind = Block::Describe;
                b.describe = m.captured(1);
            }
            stack.append(b);
        } else {
            // A multi-line anonymous function closes with its own `end`.
            const auto fn = openFn.match(code);
            if (fn.hasMatch() && !closeEnd.match(code, fn.capturedEnd()).hasMatch())
                stack.append(Block::inside(top, Block::Other));
        }
    }
    if ((unbalanced || !stack.isEmpty()) && !facts.routes.isEmpty()) {
        facts.diagnostics.append({path, lineNo, 0, QStringLiteral("links-router-unbalanced"),
                                  QStringLiteral("do/end blocks of the router do not balance: "
                                                 "live routes may have the wrong scope"),
                                  Diagnostic::Severity::Warning});
    }
    return facts;
}

const LiveRoute* matchRoute(const QList<LiveRoute>& routes, const QString& urlPath)
{
    QString path = urlPath;
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QStringList want = path.split(u'/', Qt::SkipEmptyParts);
    for (const LiveRoute& r : routes) {
        const QStringList pattern = r.path.split(u'/', Qt::SkipEmptyParts);
        bool ok = true;
        qsizetype i = 0;
        for (; i < pattern.size() && ok; ++i) {
            const QString& seg = pattern.at(i);
            if (seg.startsWith(u'*')) {
                i = want.size();
                break;
            }
            if (i >= want.size())
                ok = false;
            else if (!seg.startsWith(u':') && seg != want.at(i))
                ok = false;
        }
        if (ok && (i == want.size() || (!pattern.isEmpty() && pattern.last().startsWith(u'*'))))
            return &r;
    }
    return nullptr;
}

} // namespace ElixirFactsReader

} // namespace pwb
