// SPDX-License-Identifier: MIT
#include "agentparser.h"

#include "agentprose.h"
#include "agentyaml.h"
#include "architecturetree.h"
#include "core/yaml.h"
#include "markdowndocument.h"
#include "mermaidparser.h"

#include <QColor>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace pwb {

namespace {

AgentEndpoint endpointFor(const QString& name, NameMatch match)
{
    return AgentEndpoint{{name}, match};
}

void readDefinition(const yaml::Node& map, int fallbackLine, AgentFile& f)
{
    AgentNode& a = f.agent;
    a.source = {f.path, map.line > 0 ? map.line : fallbackLine};
    a.name = map.text(QStringLiteral("name")).trimmed();
    // GitHub Copilot's custom agents (".github/agents/reviewer.agent.md") are named by their
    // file, without the ".agent": no name in front matter is their form, not a fault.
    const bool copilot = f.path.endsWith(QStringLiteral(".agent.md"), Qt::CaseInsensitive);
    if (a.name.isEmpty() && copilot) {
        a.name = QFileInfo(f.path).fileName().chopped(int(qstrlen(".agent.md")));
    } else if (a.name.isEmpty()) {
        a.name = QFileInfo(f.path).completeBaseName();
        f.diagnostics.append(Diagnostic{
            f.path, a.source.line, 0, QStringLiteral("agent-no-name"),
            QCoreApplication::translate("AgentParser", "agent definition has no 'name'; using '%1'")
                .arg(a.name),
            Diagnostic::Severity::Warning});
    } else if (const yaml::Node* n = map.value(QStringLiteral("name"))) {
        a.source.line = n->line;
    }
    a.description = map.text(QStringLiteral("description")).simplified();
    if (a.description.isEmpty())
        f.diagnostics.append(
            Diagnostic{f.path, a.source.line, 0, QStringLiteral("agent-no-description"),
                       QCoreApplication::translate("AgentParser", "agent '%1' has no 'description'")
                           .arg(a.name),
                       Diagnostic::Severity::Info});
    a.tools = map.list(QStringLiteral("tools"));
    a.color = map.text(QStringLiteral("color")).trimmed();
    if (!a.color.isEmpty() && !QColor::isValidColorName(a.color)) {
        const yaml::Node* c = map.value(QStringLiteral("color"));
        f.diagnostics.append(
            Diagnostic{f.path, c ? c->line : a.source.line, 0, QStringLiteral("agent-color"),
                       QCoreApplication::translate("AgentParser",
                                                   "'%1' is not a colour; use a name or #RRGGBB")
                           .arg(a.color),
                       Diagnostic::Severity::Warning});
        a.color.clear();
    }
    // `kind:` in front matter; YAML agents say `category:` under metadata.
    QString kind = map.text(QStringLiteral("kind")).trimmed().toLower();
    if (kind.isEmpty())
        kind = map.text(QStringLiteral("category")).trimmed().toLower();
    a.kind = GraphData::deriveKind(a.name, a.description);
    for (AgentKind k : {AgentKind::Orchestrator, AgentKind::Specialist, AgentKind::Quality,
                        AgentKind::Infrastructure}) {
        if (kind == GraphData::kindName(k))
            a.kind = k;
    }
    a.defined = true;
    f.isDefinition = true;
}

// Claude Code and OpenCode agents name themselves and say what they do, or with which tools
// or model; no document front matter has a `name` beside one of those.
bool looksLikeAgent(const yaml::Node& map)
{
    if (map.text(QStringLiteral("name")).trimmed().isEmpty())
        return false;
    for (const char16_t* key : {u"description", u"tools", u"model"}) {
        if (map.value(QStringView(key)))
            return true;
    }
    return false;
}

void readMermaid(const MarkdownBlock& b, AgentFile& f)
{
    const MermaidGraph g = MermaidParser::parse(b.text, f.path, b.firstLine);
    f.diagnostics.append(g.diagnostics);
    auto endpoint = [&](const QString& id) {
        AgentEndpoint e;
        e.match = NameMatch::AgentLike;
        if (const MermaidNode* n = g.node(id)) {
            e.names.append(n->label.trimmed());
            if (n->label != n->id)
                e.names.append(n->id);
        } else {
            e.names.append(id);
        }
        return e;
    };
    for (const MermaidEdge& me : g.edges) {
        AgentReference r;
        r.from = endpoint(me.from);
        r.to = endpoint(me.to);
        r.label = me.label;
        r.kind = EdgeKind::Delegation;
        r.origin = EdgeOrigin::Mermaid;
        r.line = me.line;
        r.dashed = me.dashed;
        f.references.append(r);
    }
}

void readTree(const MarkdownBlock& b, AgentFile& f)
{
    const ArchitectureTree t = ArchitectureTree::parse(b.text, f.path, b.firstLine);
    f.diagnostics.append(t.diagnostics);
    for (const TreeEdge& e : t.edges) {
        AgentReference r;
        r.from = endpointFor(e.parent, NameMatch::Strict);
        r.to = endpointFor(e.child, NameMatch::Strict);
        r.label = e.note;
        r.kind = EdgeKind::Delegation;
        r.origin = EdgeOrigin::ArchitectureTree;
        r.line = e.line;
        f.references.append(r);
    }
}

// The role a heading gives, and whether the heading itself names an agent ("#### From X",
// "### Handoff To X", "#### code-reviewer Handoff", or "#### X" under a role heading).
struct HeadingEntry
{
    SectionRole role = SectionRole::None;
    QString name;
    int line = 0;
};

HeadingEntry headingEntry(const QString& title, SectionRole parentRole)
{
    static const QString name =
        QStringLiteral("[`*]*([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+)[`*]*");
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression from(
        QStringLiteral("^(?:hand\\s*-?\\s*offs?\\s+|receiv\\w*\\s+)?from\\s+(?:the\\s+)?") + name,
        ci);
    static const QRegularExpression to(
        QStringLiteral(
            "^(?:hand\\s*-?\\s*offs?\\s+|delegat\\w*\\s+|escalat\\w*\\s+)?to\\s+(?:the\\s+)?") +
            name,
        ci);
    static const QRegularExpression suffix(
        QStringLiteral("^") + name + QStringLiteral("\\s+hand\\s*-?\\s*offs?\\b"), ci);
    static const QRegularExpression with(
        QStringLiteral("^(?:collaborat\\w*|works?|coordinat\\w*)\\s+with\\s+") + name, ci);
    static const QRegularExpression alone(
        QStringLiteral("^") + name + QStringLiteral("(?:\\s+agent)?\\s*(?:\\(.*\\))?\\s*:?$"), ci);
    if (const auto m = from.match(title); m.hasMatch())
        return {SectionRole::HandoffIn, m.captured(1)};
    if (const auto m = to.match(title); m.hasMatch())
        return {title.contains(QStringLiteral("deleg"), Qt::CaseInsensitive) ||
                        title.contains(QStringLiteral("escal"), Qt::CaseInsensitive)
                    ? SectionRole::Delegation
                    : SectionRole::HandoffOut,
                m.captured(1)};
    if (const auto m = suffix.match(title); m.hasMatch())
        return {SectionRole::HandoffOut, m.captured(1)};
    if (const auto m = with.match(title); m.hasMatch())
        return {SectionRole::Collaboration, m.captured(1)};
    if (parentRole != SectionRole::None) {
        if (const auto m = alone.match(title); m.hasMatch())
            return {parentRole, m.captured(1)};
    }
    return {};
}

// "**Sources**:", "Integration with other agents:" — a short line that names what the list
// below it holds. Returns the role, or None.
SectionRole pseudoHeading(const MarkdownBlock& b)
{
    if (b.kind != MarkdownBlock::Kind::Paragraph || b.text.contains(u'\n') || b.text.size() > 80)
        return SectionRole::None;
    QString t = b.text;
    t.remove(u'*').remove(u'_');
    t = t.trimmed();
    if (!t.endsWith(u':'))
        return SectionRole::None;
    t.chop(1);
    return AgentProse::roleOf(t.trimmed());
}

// "🤝 **Collaborates On**: Works with X ..." — a label at the start of a block.
SectionRole inlineLabel(const QString& text)
{
    static const QRegularExpression label(QStringLiteral(
        "^[^A-Za-z]{0,6}(?:\\*\\*|__)?([A-Za-z][A-Za-z /-]{2,40}?)(?:\\*\\*|__)?\\s*:"));
    const auto m = label.match(text);
    return m.hasMatch() ? AgentProse::roleOf(m.captured(1)) : SectionRole::None;
}

EdgeOrigin originFor(SectionRole role)
{
    switch (role) {
    case SectionRole::Collaboration:
        return EdgeOrigin::Collaboration;
    case SectionRole::Delegation:
        return EdgeOrigin::Prose;
    case SectionRole::HandoffIn:
    case SectionRole::HandoffOut:
    case SectionRole::None:
        break;
    }
    return EdgeOrigin::Section;
}

class MarkdownBody
{
public:
    explicit MarkdownBody(AgentFile& f)
        : m_f(f)
    {}

    void read(const MarkdownDocument& doc)
    {
        for (const MarkdownBlock& b : doc.blocks)
            block(b);
    }

private:
    void block(const MarkdownBlock& b)
    {
        if (b.kind == MarkdownBlock::Kind::Heading) {
            heading(b);
            return;
        }
        if (b.kind == MarkdownBlock::Kind::Code) {
            code(b);
            return;
        }
        const SectionRole pseudo = pseudoHeading(b);
        if (pseudo != SectionRole::None) {
            m_pseudo = pseudo;
            return;
        }
        if (b.kind == MarkdownBlock::Kind::Paragraph)
            m_pseudo = SectionRole::None; // a paragraph ends the list a pseudo-heading opened
        SectionRole role = m_pseudo != SectionRole::None ? m_pseudo : currentRole();
        bool mentions = role != SectionRole::None && !m_underEntry;
        if (const SectionRole own = inlineLabel(b.text); own != SectionRole::None) {
            role = own;
            mentions = true;
        }
        ProseContext c = context(b, role);
        c.roleMentions = mentions;
        c.roleLead = b.kind == MarkdownBlock::Kind::ListItem && role != SectionRole::None;
        AgentProse::read(b.text, c, m_f.references);
    }

    void heading(const MarkdownBlock& b)
    {
        m_pseudo = SectionRole::None;
        while (!m_roles.isEmpty() && m_roles.constLast().level >= b.level)
            m_roles.removeLast();
        const SectionRole parent = currentRole();
        const HeadingEntry entry = headingEntry(b.text, parent);
        SectionRole own = AgentProse::roleOf(b.text);
        if (!entry.name.isEmpty() && m_f.isDefinition &&
            !AgentProse::isPlaceholderName(entry.name)) {
            m_f.references.append(AgentProse::roleReference(
                entry.role, entry.name, AgentProse::matchFor(entry.name), b.firstLine,
                EdgeOrigin::Section, AgentProse::roleLabel(entry.role)));
            own = entry.role;
        }
        m_roles.append({b.level, own == SectionRole::None ? parent : own, !entry.name.isEmpty()});
        m_underEntry = !entry.name.isEmpty();
    }

    void code(const MarkdownBlock& b)
    {
        if (b.info == u"mermaid") {
            readMermaid(b, m_f);
        } else if (b.info == u"yaml" || b.info == u"yml") {
            // Example blocks in prose are not validated; only what they state counts.
            const yaml::Node y = yaml::parse(b.text, m_f.path, nullptr, {.firstLine = b.firstLine});
            AgentYaml::read(y, {b.text.split(u'\n'), b.firstLine}, m_f.isDefinition, m_f);
        } else if (ArchitectureTree::looksLikeTree(b.text)) {
            readTree(b, m_f);
        } else {
            AgentProse::read(b.text, context(b, SectionRole::None), m_f.references);
        }
    }

    SectionRole currentRole() const
    {
        return m_roles.isEmpty() ? SectionRole::None : m_roles.constLast().role;
    }

    ProseContext context(const MarkdownBlock& b, SectionRole role) const
    {
        ProseContext c;
        c.hasSelf = m_f.isDefinition;
        c.selfName = m_f.agent.name;
        c.role = role;
        c.roleOrigin = originFor(role);
        // Offsets map to lines through the block's newline positions, found once: a
        // paragraph with many matches must stay linear.
        auto breaks = std::make_shared<QList<qsizetype>>();
        for (qsizetype i = b.text.indexOf(u'\n'); i >= 0; i = b.text.indexOf(u'\n', i + 1))
            breaks->append(i);
        c.lineAt = [first = b.firstLine, breaks](qsizetype offset, const QString&) {
            return first + int(std::lower_bound(breaks->cbegin(), breaks->cend(), offset) -
                               breaks->cbegin());
        };
        return c;
    }

    struct Open
    {
        int level;
        SectionRole role;
        bool entry;
    };
    AgentFile& m_f;
    QList<Open> m_roles;
    SectionRole m_pseudo = SectionRole::None;
    bool m_underEntry = false;
};

AgentFile skipTemplate(AgentFile f)
{
    const QString path = f.path;
    f = AgentFile();
    f.path = path;
    f.isTemplate = true;
    f.diagnostics.append(
        Diagnostic{path, 1, 0, QStringLiteral("agent-template"),
                   QCoreApplication::translate(
                       "AgentParser", "skipped: a template or guide, not an agent definition"),
                   Diagnostic::Severity::Info});
    return f;
}

} // namespace

namespace AgentParser {

bool looksLikeAgentName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$"));
    return re.match(name).hasMatch();
}

bool isTemplatePath(const QString& path)
{
    const QString base = QFileInfo(path).completeBaseName();
    if (base.startsWith(u'_'))
        return true;
    static const QRegularExpression guide(QStringLiteral("TEMPLATE|USAGE|GUIDE|README|CHANGELOG"));
    static const QRegularExpression lower(QStringLiteral("(?:^|[-_.])templates?(?:$|[-_.])"),
                                          QRegularExpression::CaseInsensitiveOption);
    return guide.match(base).hasMatch() || lower.match(base).hasMatch() ||
           base.compare(u"readme", Qt::CaseInsensitive) == 0;
}

AgentFile parse(const QString& text, const QString& path, bool definitionExpected)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"yaml" || suffix == u"yml")
        return parseYaml(text, path);
    return parseMarkdown(text, path, definitionExpected);
}

AgentFile parseMarkdown(const QString& text, const QString& path, bool definitionExpected)
{
    AgentFile f;
    f.path = path;
    if (definitionExpected && isTemplatePath(path))
        return skipTemplate(std::move(f));
    const MarkdownDocument doc = MarkdownDocument::read(text, path);
    f.diagnostics.append(doc.diagnostics);
    if (doc.hasFrontMatter) {
        Diagnostics yamlDiagnostics;
        const yaml::Node fm =
            yaml::parse(doc.frontMatter, path, &yamlDiagnostics,
                        {.firstLine = doc.frontMatterLine, .plainColonValues = true});
        // Outside the agent folders only an agent's own front matter defines one: plans,
        // PRDs and BMAD notes carry front matter too (`document_id:`, `status:`,
        // `stepsCompleted:`), and a project's docs/ made six of its nine "agents" so.
        // Their YAML is theirs to write: the graph says nothing about it.
        if (!definitionExpected && !(fm.isMap() && looksLikeAgent(fm))) {
            MarkdownBody(f).read(doc);
            return f;
        }
        f.diagnostics.append(yamlDiagnostics);
        if (fm.isMap()) {
            readDefinition(fm, doc.frontMatterLine, f);
            if (AgentProse::isPlaceholderName(f.agent.name))
                return skipTemplate(std::move(f));
            AgentYaml::read(fm, {doc.frontMatter.split(u'\n'), doc.frontMatterLine}, true, f);
        } else {
            f.diagnostics.append(
                Diagnostic{path, doc.frontMatterLine, 0, QStringLiteral("frontmatter-not-map"),
                           QCoreApplication::translate(
                               "AgentParser", "front matter is not a list of 'key: value' lines"),
                           Diagnostic::Severity::Error});
        }
    } else if (definitionExpected) {
        f.diagnostics.append(Diagnostic{
            path, 1, 0, QStringLiteral("agent-no-frontmatter"),
            QCoreApplication::translate("AgentParser",
                                        "no YAML front matter (---); read as a document, not "
                                        "as an agent definition"),
            Diagnostic::Severity::Info});
    }
    MarkdownBody(f).read(doc);
    return f;
}

AgentFile parseYaml(const QString& text, const QString& path)
{
    AgentFile f;
    f.path = path;
    if (isTemplatePath(path))
        return skipTemplate(std::move(f));
    const yaml::Node root = yaml::parse(text, path, &f.diagnostics);
    if (!root.isMap()) {
        f.diagnostics.append(
            Diagnostic{path, 1, 0, QStringLiteral("agent-yaml"),
                       QCoreApplication::translate("AgentParser",
                                                   "expected a mapping with a 'metadata:' block"),
                       Diagnostic::Severity::Error});
        return f;
    }
    const yaml::Node* meta = root.value(QStringLiteral("metadata"));
    if (meta && meta->isMap()) {
        readDefinition(*meta, meta->line, f);
    } else if (root.value(QStringLiteral("name"))) {
        readDefinition(root, 1, f);
    } else {
        f.diagnostics.append(
            Diagnostic{path, 1, 0, QStringLiteral("agent-no-metadata"),
                       QCoreApplication::translate("AgentParser",
                                                   "no 'metadata:' block with the agent's name"),
                       Diagnostic::Severity::Error});
        return f;
    }
    if (AgentProse::isPlaceholderName(f.agent.name))
        return skipTemplate(std::move(f));
    AgentYaml::read(root, {text.split(u'\n'), 1}, true, f);
    return f;
}

} // namespace AgentParser

} // namespace pwb
