// SPDX-License-Identifier: MIT
#include "mermaidparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace pwb {

namespace {

struct Shape
{
    const char16_t* open;
    const char16_t* close;
};

// Longest openings first, so "((" wins over "(".
constexpr Shape kShapes[] = {
    {u"(((", u")))"}, {u"((", u"))"}, {u"([", u"])"}, {u"[[", u"]]"},
    {u"[(", u")]"},   {u"{{", u"}}"}, {u"[/", u"/]"}, {u"[\\", u"\\]"},
    {u"(", u")"},     {u"[", u"]"},   {u"{", u"}"},   {u">", u"]"},
};

class StatementParser
{
public:
    StatementParser(MermaidGraph& g, const QString& path, int line, const QString& subgraph,
                    QHash<QString, qsizetype>& index)
        : m_g(g)
        , m_path(path)
        , m_line(line)
        , m_subgraph(subgraph)
        , m_index(index)
    {}

    // Parses one statement: group (link group)*. Returns false after reporting an error.
    bool parse(const QString& s)
    {
        m_s = s;
        m_pos = 0;
        QStringList left;
        if (!parseGroup(&left))
            return false;
        while (true) {
            skipSpace();
            if (m_pos >= m_s.size())
                return true;
            MermaidEdge proto;
            if (!parseLink(&proto)) {
                return fail(QCoreApplication::translate("MermaidParser",
                                                        "expected an arrow such as '-->' at '%1'")
                                .arg(m_s.mid(m_pos, 20)));
            }
            QStringList right;
            skipSpace();
            if (m_pos >= m_s.size())
                return fail(
                    QCoreApplication::translate("MermaidParser", "arrow without a target node"));
            if (!parseGroup(&right))
                return false;
            for (const QString& a : left) {
                for (const QString& b : right) {
                    MermaidEdge e = proto;
                    e.from = a;
                    e.to = b;
                    e.line = m_line;
                    m_g.edges.append(e);
                }
            }
            left = right;
        }
    }

private:
    bool fail(const QString& message)
    {
        m_g.diagnostics.append(Diagnostic{m_path, m_line, int(m_pos) + 1,
                                          QStringLiteral("mermaid-syntax"), message,
                                          Diagnostic::Severity::Warning});
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_s.size() && m_s.at(m_pos).isSpace())
            ++m_pos;
    }

    bool parseGroup(QStringList* ids)
    {
        while (true) {
            skipSpace();
            QString id;
            if (!parseNode(&id))
                return false;
            ids->append(id);
            skipSpace();
            if (m_pos < m_s.size() && m_s.at(m_pos) == u'&') {
                ++m_pos;
                continue;
            }
            return true;
        }
    }

    bool isIdChar(qsizetype i) const
    {
        const QChar c = m_s.at(i);
        if (c.isLetterOrNumber() || c == u'_')
            return true;
        // A hyphen belongs to the id only between word characters ("code-reviewer"),
        // never as the start of an arrow ("A-->B", "A-.->B").
        return (c == u'-' || c == u'.') && i + 1 < m_s.size() && i > 0 &&
               (m_s.at(i + 1).isLetterOrNumber() || m_s.at(i + 1) == u'_') &&
               (m_s.at(i - 1).isLetterOrNumber() || m_s.at(i - 1) == u'_');
    }

    bool parseNode(QString* idOut)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && isIdChar(m_pos))
            ++m_pos;
        if (m_pos == start)
            return fail(QCoreApplication::translate("MermaidParser", "expected a node id at '%1'")
                            .arg(m_s.mid(m_pos, 20)));
        const QString id = m_s.mid(start, m_pos - start);
        QString label;
        QString shape;
        for (const Shape& sh : kShapes) {
            const QString open = QString::fromUtf16(sh.open);
            if (QStringView(m_s).mid(m_pos).startsWith(open)) {
                // "A-->B" never reaches here; ">" only opens a shape right after the id.
                const QString close = QString::fromUtf16(sh.close);
                qsizetype p = m_pos + open.size();
                while (p < m_s.size() && m_s.at(p).isSpace())
                    ++p;
                qsizetype end = -1;
                if (p < m_s.size() && m_s.at(p) == u'"') {
                    const qsizetype q = m_s.indexOf(u'"', p + 1);
                    if (q < 0)
                        return fail(QCoreApplication::translate("MermaidParser",
                                                                "node label quote is not closed"));
                    label = m_s.mid(p + 1, q - p - 1);
                    end = m_s.indexOf(close, q + 1);
                } else {
                    end = m_s.indexOf(close, p);
                    if (end >= 0)
                        label = m_s.mid(p, end - p).trimmed();
                }
                if (end < 0)
                    return fail(QCoreApplication::translate(
                                    "MermaidParser",
                                    "node '%1': label opened with '%2' is not closed with '%3'")
                                    .arg(id, open, close));
                shape = open;
                m_pos = end + close.size();
                break;
            }
        }
        if (QStringView(m_s).mid(m_pos).startsWith(u":::")) {
            m_pos += 3;
            while (m_pos < m_s.size() && (m_s.at(m_pos).isLetterOrNumber() ||
                                          m_s.at(m_pos) == u'_' || m_s.at(m_pos) == u'-'))
                ++m_pos;
        }
        const auto it = m_index.constFind(id);
        if (it == m_index.constEnd()) {
            MermaidNode n{id, label.isEmpty() ? id : label, shape, m_subgraph, m_line};
            m_index.insert(id, m_g.nodes.size());
            m_g.nodes.append(n);
        } else {
            MermaidNode& n = m_g.nodes[*it];
            if (!label.isEmpty() && n.shape.isEmpty()) {
                n.label = label;
                n.shape = shape;
            }
            if (n.subgraph.isEmpty())
                n.subgraph = m_subgraph;
        }
        *idOut = id;
        return true;
    }

    bool parseLink(MermaidEdge* e)
    {
        static const QRegularExpression textLink(QStringLiteral(
            "\\G(<?)(--|==|-\\.)\\s+([^|>]+?)\\s+(-{2,}>|-{3,}|\\.-+>|\\.-+|={2,}>|={3,})"));
        static const QRegularExpression plainLink(
            QStringLiteral("\\G(<?)(-{2,}>|-{3,}|-\\.+->|-\\.+-|={2,}>|={3,}|--[ox]|==[ox])(?:\\s*"
                           "\\|([^|]*)\\|)?"));
        auto m = textLink.match(m_s, m_pos);
        if (m.hasMatch()) {
            e->label = m.captured(3).trimmed();
            const QString open = m.captured(2);
            const QString close = m.captured(4);
            e->dashed = open == u"-.";
            e->thick = open == u"==";
            e->directed = close.endsWith(u'>');
            m_pos = m.capturedEnd(0);
            return true;
        }
        m = plainLink.match(m_s, m_pos);
        if (m.hasMatch()) {
            const QString arrow = m.captured(2);
            e->label = m.captured(3).trimmed();
            e->dashed = arrow.contains(u'.');
            e->thick = arrow.startsWith(u'=');
            e->directed = arrow.endsWith(u'>');
            m_pos = m.capturedEnd(0);
            return true;
        }
        return false;
    }

    MermaidGraph& m_g;
    QString m_path;
    int m_line;
    QString m_subgraph;
    QHash<QString, qsizetype>& m_index;
    QString m_s;
    qsizetype m_pos = 0;
};

// Splits a line on ';' outside labels and quotes.
QStringList statements(const QString& line)
{
    QStringList out;
    QString cur;
    int depth = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'[' || c == u'(' || c == u'{'))
            ++depth;
        else if (!quoted && (c == u']' || c == u')' || c == u'}') && depth > 0)
            --depth;
        if (c == u';' && depth == 0 && !quoted) {
            out.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.append(cur);
    return out;
}

} // namespace

const MermaidNode* MermaidGraph::node(const QString& id) const
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &nodes.at(*it);
}

namespace MermaidParser {

MermaidGraph parse(const QString& text, const QString& path, int firstLine)
{
    static const QRegularExpression header(
        QStringLiteral("^(graph|flowchart)(?:\\s+(TD|TB|BT|LR|RL))?\\s*;?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subgraphRe(QStringLiteral(
        "^subgraph\\s+(?:\"([^\"]*)\"|([\\w.-]+)\\s*(?:\\[\\s*\"?(.*?)\"?\\s*\\])?\\s*(.*))\\s*$"));
    static const QRegularExpression ignored(
        QStringLiteral("^(classDef|class|style|linkStyle|click|direction|accTitle|accDescr)\\b"));

    MermaidGraph g;
    const QStringList lines = text.split(u'\n');
    QHash<QString, qsizetype> index;
    QList<MermaidSubgraph> open;
    bool sawHeader = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = firstLine + int(i);
        QString line = lines.at(i);
        const qsizetype comment = line.indexOf(QStringLiteral("%%"));
        if (comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!sawHeader) {
            sawHeader = true;
            const auto m = header.match(line);
            if (!m.hasMatch())
                return g; // sequenceDiagram, classDiagram, ...: not ours
            g.isFlowchart = true;
            if (!m.captured(2).isEmpty())
                g.direction = m.captured(2).toUpper();
            continue;
        }
        if (line == u"end") {
            if (open.isEmpty())
                g.diagnostics.append(Diagnostic{
                    path, lineNo, 1, QStringLiteral("mermaid-end"),
                    QCoreApplication::translate("MermaidParser", "'end' without an open subgraph"),
                    Diagnostic::Severity::Warning});
            else
                open.removeLast();
            continue;
        }
        if (line.startsWith(QStringLiteral("subgraph"))) {
            const auto m = subgraphRe.match(line);
            MermaidSubgraph sg;
            sg.line = lineNo;
            if (!m.hasMatch()) {
                g.diagnostics.append(Diagnostic{
                    path, lineNo, 1, QStringLiteral("mermaid-syntax"),
                    QCoreApplication::translate("MermaidParser", "subgraph without a name"),
                    Diagnostic::Severity::Warning});
                sg.id = QStringLiteral("subgraph%1").arg(lineNo);
            } else if (!m.captured(1).isEmpty()) {
                sg.id = sg.title = m.captured(1);
            } else {
                sg.id = m.captured(2);
                sg.title = !m.captured(3).isEmpty()   ? m.captured(3)
                           : !m.captured(4).isEmpty() ? m.captured(4).trimmed()
                                                      : sg.id;
            }
            g.subgraphs.append(sg);
            open.append(sg);
            continue;
        }
        if (ignored.match(line).hasMatch())
            continue;
        for (const QString& st : statements(line)) {
            if (st.trimmed().isEmpty())
                continue;
            StatementParser p(g, path, lineNo, open.isEmpty() ? QString() : open.constLast().id,
                              index);
            p.parse(st.trimmed());
        }
    }
    for (const MermaidSubgraph& sg : open)
        g.diagnostics.append(Diagnostic{
            path, sg.line, 1, QStringLiteral("mermaid-subgraph"),
            QCoreApplication::translate("MermaidParser", "subgraph '%1' is never closed with 'end'")
                .arg(sg.id),
            Diagnostic::Severity::Warning});
    g.index = std::move(index);
    return g;
}

} // namespace MermaidParser

} // namespace pwb
