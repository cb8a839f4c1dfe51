// SPDX-License-Identifier: MIT
#include "agentyaml.h"

#include "agentprose.h"

#include <QHash>
#include <QRegularExpression>

namespace pwb::AgentYaml {

namespace {

// Scan at most this many lines to place a name found inside a multi-line string.
constexpr int kMaxScanLines = 400;

class Walker
{
public:
    Walker(const Source& s, bool self, AgentFile& f)
        : m_source(s)
        , m_self(self)
        , m_file(f)
    {}

    void node(const yaml::Node& n, const QString& key, SectionRole role, bool roleList)
    {
        if (n.isMap())
            map(n, key, role);
        else if (n.isSeq())
            seq(n, key, role, roleList);
        else if (n.isScalar())
            prose(n, role, roleList);
    }

private:
    static SectionRole roleOfKey(const QString& key)
    {
        // Only keys that speak of agents handing work on; `upstream:`, `targets:` or
        // `sources:` in an example config are not sections of agents.
        static const QRegularExpression agentKey(
            QStringLiteral("hand_?-?offs?|receiv|deleg|escalat|collaborat|route|routing|"
                           "works_?with|peers"),
            QRegularExpression::CaseInsensitiveOption);
        if (!agentKey.match(key).hasMatch())
            return SectionRole::None;
        return AgentProse::roleOf(key);
    }

    static const yaml::Node* agentField(const yaml::Node& item, SectionRole role)
    {
        for (const QString& k : {QStringLiteral("agent"), QStringLiteral("agent_name"),
                                 QStringLiteral("agentName"), QStringLiteral("subagent")}) {
            const yaml::Node* v = item.value(k);
            if (v && v->isScalar() && !v->scalar.trimmed().isEmpty())
                return v;
        }
        // Looser fields only when they hold something shaped like an agent's name.
        for (const QString& k :
             {QStringLiteral("name"), QStringLiteral("target"), QStringLiteral("id"),
              role == SectionRole::HandoffIn ? QStringLiteral("from") : QStringLiteral("to")}) {
            const yaml::Node* v = item.value(k);
            if (v && v->isScalar() && AgentParser::looksLikeAgentName(v->scalar.trimmed()))
                return v;
        }
        return nullptr;
    }

    void map(const yaml::Node& n, const QString& key, SectionRole role)
    {
        static const QRegularExpression toKey(QStringLiteral("^to_([a-z0-9_]+)$"));
        const yaml::Node* from = n.value(QStringLiteral("from"));
        const yaml::Node* to = n.value(QStringLiteral("to"));
        if (from && to && from->isScalar() && to->isScalar() && !from->scalar.isEmpty() &&
            !to->scalar.isEmpty() && !AgentProse::isPlaceholderName(from->scalar.trimmed()) &&
            !AgentProse::isPlaceholderName(to->scalar.trimmed())) {
            AgentReference r;
            r.from = AgentEndpoint{{from->scalar.trimmed()}, NameMatch::Strict};
            r.to = AgentEndpoint{{to->scalar.trimmed()}, NameMatch::Strict};
            r.label = key;
            r.kind = EdgeKind::Handoff;
            r.origin = EdgeOrigin::HandoffBlock;
            r.line = from->line;
            m_file.references.append(r);
        }
        QList<const yaml::Node*> steps;
        for (const yaml::Entry& e : n.map) {
            const auto m = toKey.match(e.key);
            if (m.hasMatch() && m_self) {
                AgentReference r;
                r.to = AgentEndpoint{{m.captured(1).replace(u'_', u'-')}, NameMatch::Strict};
                r.label = QStringLiteral("handoff");
                r.kind = EdgeKind::Handoff;
                r.origin = EdgeOrigin::HandoffKey;
                r.line = e.line;
                m_file.references.append(r);
            }
            if (e.value.isMap() && e.value.value(QStringLiteral("agent")) &&
                e.value.value(QStringLiteral("agent"))->isScalar())
                steps.append(&e.value);
            const SectionRole own = roleOfKey(e.key);
            node(e.value, e.key, own == SectionRole::None ? role : own, own != SectionRole::None);
        }
        workflow(steps, key);
    }

    void seq(const yaml::Node& n, const QString& key, SectionRole role, bool roleList)
    {
        QList<const yaml::Node*> steps;
        for (const yaml::Node& item : n.seq) {
            if (roleList && role != SectionRole::None) {
                if (item.isScalar() && !item.scalar.trimmed().contains(u' ')) {
                    roleItem(item.scalar.trimmed(), item.line, role, {});
                    continue;
                }
                if (item.isMap()) {
                    if (const yaml::Node* a = agentField(item, role)) {
                        QString label = item.text(QStringLiteral("when")).simplified().left(60);
                        roleItem(a->scalar.trimmed(), a->line, role, label);
                        // The item's own fields (triggers, context) are prose, not more targets.
                        for (const yaml::Entry& e : item.map) {
                            if (&e.value != a)
                                node(e.value, e.key, SectionRole::None, false);
                        }
                        continue;
                    }
                }
            } else if (item.isMap() && item.value(QStringLiteral("agent")) &&
                       item.value(QStringLiteral("agent"))->isScalar()) {
                steps.append(&item);
            }
            node(item, key, role, roleList);
        }
        workflow(steps, key);
    }

    void roleItem(const QString& name, int line, SectionRole role, const QString& label)
    {
        if (name.isEmpty() || AgentProse::isPlaceholderName(name) ||
            (!m_self && role != SectionRole::None))
            return;
        m_file.references.append(AgentProse::roleReference(role, name, AgentProse::matchFor(name),
                                                           line, EdgeOrigin::Definition, label));
    }

    // Consecutive steps naming different agents hand the work on; one step of a workflow
    // that names another agent is the file's agent handing off to it.
    void workflow(const QList<const yaml::Node*>& steps, const QString& key)
    {
        static const QRegularExpression flowKey(
            QStringLiteral("workflow|steps?\\b|pipeline|phases?|flow|sequence|process"),
            QRegularExpression::CaseInsensitiveOption);
        if (steps.isEmpty())
            return;
        if (steps.size() == 1) {
            if (!m_self || !flowKey.match(key).hasMatch())
                return;
            const yaml::Node* a = steps.first()->value(QStringLiteral("agent"));
            add(AgentEndpoint{}, a->scalar.trimmed(), a->line);
            return;
        }
        for (qsizetype i = 1; i < steps.size(); ++i) {
            const yaml::Node* a = steps.at(i - 1)->value(QStringLiteral("agent"));
            const yaml::Node* b = steps.at(i)->value(QStringLiteral("agent"));
            if (a->scalar.trimmed() == b->scalar.trimmed())
                continue;
            add(AgentEndpoint{{a->scalar.trimmed()}, NameMatch::Strict}, b->scalar.trimmed(),
                b->line);
        }
    }

    void add(const AgentEndpoint& from, const QString& to, int line)
    {
        if (AgentProse::isPlaceholderName(to) ||
            (!from.isSelf() && AgentProse::isPlaceholderName(from.names.value(0))))
            return;
        AgentReference r;
        r.from = from;
        r.to = AgentEndpoint{{to}, NameMatch::Strict};
        r.kind = EdgeKind::Handoff;
        r.origin = EdgeOrigin::Workflow;
        r.label = QStringLiteral("workflow");
        r.line = line;
        m_file.references.append(r);
    }

    void prose(const yaml::Node& n, SectionRole role, bool direct)
    {
        if (n.scalar.size() < 6)
            return;
        ProseContext c;
        c.hasSelf = m_self;
        c.selfName = m_file.agent.name;
        c.role = direct ? role : SectionRole::None;
        c.roleMentions = direct && role != SectionRole::None;
        c.roleOrigin = EdgeOrigin::Definition;
        const bool multiLine =
            n.scalar.contains(u'\n') || !sourceLineHas(n.line, n.scalar.left(20));
        QHash<QString, Cursor> cursors;
        c.lineAt = [this, &n, multiLine, &cursors](qsizetype offset, const QString& name) {
            return multiLine ? lineOf(n, offset, name, cursors[name]) : n.line;
        };
        AgentProse::read(n.scalar, c, m_file.references);
    }

    bool sourceLineHas(int line, const QString& text) const
    {
        const qsizetype i = line - m_source.firstLine;
        return i >= 0 && i < m_source.lines.size() && m_source.lines.at(i).contains(text);
    }

    // Where the scan for one name inside one string has got to. Matches arrive in order
    // within each phrase pass, so the scan resumes instead of starting over (linear).
    struct Cursor
    {
        qsizetype scalarPos = 0;
        qsizetype before = 0; // occurrences of the name in the string before scalarPos
        qsizetype line = -1;  // source line index reached; -1: not started
        qsizetype seen = 0;   // occurrences in the source lines before `line`
    };

    // A name inside a folded or literal string: its k-th occurrence in the string is looked
    // up as the k-th occurrence in the source lines from the string's first line.
    int lineOf(const yaml::Node& n, qsizetype offset, const QString& name, Cursor& c) const
    {
        const qsizetype start = n.line - m_source.firstLine;
        if (start < 0 || start >= m_source.lines.size())
            return n.line;
        if (offset < c.scalarPos || c.line < 0)
            c = Cursor{0, 0, start, 0};
        c.before += QStringView(n.scalar).mid(c.scalarPos, offset - c.scalarPos).count(name);
        c.scalarPos = offset;
        const qsizetype wanted = c.before + 1;
        const qsizetype end = qMin(m_source.lines.size(), start + kMaxScanLines);
        while (c.line < end) {
            const qsizetype here = m_source.lines.at(c.line).count(name);
            if (c.seen + here >= wanted)
                return int(c.line) + m_source.firstLine;
            c.seen += here;
            ++c.line;
        }
        return n.line;
    }

    const Source& m_source;
    bool m_self;
    AgentFile& m_file;
};

} // namespace

void read(const yaml::Node& root, const Source& source, bool selfAllowed, AgentFile& file)
{
    Walker(source, selfAllowed, file).node(root, {}, SectionRole::None, false);
}

} // namespace pwb::AgentYaml
