// SPDX-License-Identifier: MIT
#include "agentparser.h"

#include "architecturetree.h"
#include "core/yaml.h"
#include "markdowndocument.h"
#include "mermaidparser.h"

#include <QColor>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace pwb {

namespace {

const QString kNamePattern = QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+");

AgentEndpoint self()
{
    return {};
}

AgentEndpoint endpointFor(const QString& name, NameMatch match)
{
    return AgentEndpoint{{name}, match};
}

void readDefinition(const yaml::Node& map, int fallbackLine, AgentFile& f)
{
    AgentNode& a = f.agent;
    a.source = {f.path, map.line > 0 ? map.line : fallbackLine};
    a.name = map.text(QStringLiteral("name")).trimmed();
    if (a.name.isEmpty()) {
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
    const QString kind = map.text(QStringLiteral("kind")).trimmed().toLower();
    a.kind = GraphData::deriveKind(a.name, a.description);
    for (AgentKind k : {AgentKind::Orchestrator, AgentKind::Specialist, AgentKind::Quality,
                        AgentKind::Infrastructure}) {
        if (kind == GraphData::kindName(k))
            a.kind = k;
    }
    a.defined = true;
    f.isDefinition = true;
}

// delegates_to / receives_from lists of a YAML definition: scalars or maps with agent:.
void readDefinitionEdges(const yaml::Node* list, bool incoming, AgentFile& f)
{
    if (!list)
        return;
    auto add = [&](const QString& name, const QString& label, int line) {
        if (name.trimmed().isEmpty())
            return;
        AgentReference r;
        r.from = incoming ? endpointFor(name.trimmed(), NameMatch::Strict) : self();
        r.to = incoming ? self() : endpointFor(name.trimmed(), NameMatch::Strict);
        r.label = label.isEmpty() && incoming ? QStringLiteral("receives from")
                                              : label.simplified().left(60);
        r.origin = EdgeOrigin::Definition;
        r.line = line;
        f.references.append(r);
    };
    if (list->isScalar()) {
        for (const QString& n : list->scalar.split(u','))
            add(n, {}, list->line);
        return;
    }
    for (const yaml::Node& item : list->seq) {
        if (item.isScalar()) {
            add(item.scalar, {}, item.line);
        } else if (item.isMap()) {
            QString name = item.text(QStringLiteral("agent"));
            if (name.isEmpty())
                name = item.text(QStringLiteral("name"));
            if (name.isEmpty())
                name = item.text(QStringLiteral("to"));
            add(name, item.text(QStringLiteral("when")), item.line);
        }
    }
}

// Mappings with from:/to: (handoff and request blocks) and to_x: keys, at any depth.
void walkHandoffs(const yaml::Node& n, const QString& parentKey, bool selfAllowed, AgentFile& f)
{
    static const QRegularExpression toKey(QStringLiteral("^to_([a-z0-9_]+)$"));
    if (n.isMap()) {
        const yaml::Node* from = n.value(QStringLiteral("from"));
        const yaml::Node* to = n.value(QStringLiteral("to"));
        if (from && to && from->isScalar() && to->isScalar() && !from->scalar.isEmpty() &&
            !to->scalar.isEmpty()) {
            AgentReference r;
            r.from = endpointFor(from->scalar.trimmed(), NameMatch::Strict);
            r.to = endpointFor(to->scalar.trimmed(), NameMatch::Strict);
            r.label = parentKey;
            r.origin = EdgeOrigin::HandoffBlock;
            r.line = from->line;
            f.references.append(r);
        }
        for (const yaml::Entry& e : n.map) {
            const auto m = toKey.match(e.key);
            if (m.hasMatch() && selfAllowed) {
                AgentReference r;
                r.to = endpointFor(m.captured(1).replace(u'_', u'-'), NameMatch::Strict);
                r.label = QStringLiteral("handoff");
                r.origin = EdgeOrigin::HandoffKey;
                r.line = e.line;
                f.references.append(r);
            }
            walkHandoffs(e.value, e.key, selfAllowed, f);
        }
    } else if (n.isSeq()) {
        for (const yaml::Node& item : n.seq)
            walkHandoffs(item, parentKey, selfAllowed, f);
    }
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
        r.origin = EdgeOrigin::ArchitectureTree;
        r.line = e.line;
        f.references.append(r);
    }
}

void readProse(const MarkdownBlock& b, AgentFile& f)
{
    static const QRegularExpression phrase(
        QStringLiteral("\\b(delegat\\w*|hand(?:s|ed|ing)?\\s+(?:it\\s+|them\\s+)?(?:off|over|on)|"
                       "escalat\\w*|rout(?:e|es|ed|ing)\\b|pass(?:es)?\\s+(?:it\\s+)?on)"
                       "([^.;:]{0,40}?)\\bto\\s+(?:the\\s+)?(") +
            kNamePattern + QStringLiteral(")"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fromTo(QStringLiteral("\\bfrom\\s+(") + kNamePattern +
                                               QStringLiteral(")\\s+to\\s+(") + kNamePattern +
                                               QStringLiteral(")"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mention(QStringLiteral("(?<![\\w/.-])(") + kNamePattern +
                                            QStringLiteral(")(?![\\w-])"));
    static const QRegularExpression leading(QStringLiteral("^\\W*(") + kNamePattern +
                                            QStringLiteral(")\\b"));
    static const QRegularExpression receives(
        QStringLiteral("\\b(receives?|gets?)\\b[^\\n]*\\bfrom\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression collabSection(QStringLiteral("collaborat"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression delegationSection(
        QStringLiteral("delegat|routing|hand\\s*-?off|escalat"),
        QRegularExpression::CaseInsensitiveOption);

    QSet<QString> seen;
    auto add = [&](AgentEndpoint from, AgentEndpoint to, const QString& label, EdgeOrigin origin,
                   qsizetype offset) {
        AgentReference r;
        r.from = std::move(from);
        r.to = std::move(to);
        r.label = label;
        r.origin = origin;
        r.line = b.lineAt(offset);
        f.references.append(r);
    };

    for (auto it = fromTo.globalMatch(b.text); it.hasNext();) {
        const auto m = it.next();
        add(endpointFor(m.captured(1), NameMatch::KnownOnly),
            endpointFor(m.captured(2), NameMatch::KnownOnly), QStringLiteral("handoff"),
            EdgeOrigin::HandoffBlock, m.capturedStart(1));
    }
    if (!f.isDefinition)
        return;

    const bool collab = collabSection.match(b.section).hasMatch();
    const bool reverse = collab && receives.match(b.text).hasMatch();
    for (auto it = phrase.globalMatch(b.text); it.hasNext();) {
        const auto m = it.next();
        const QString label = QString(m.captured(1) + u' ' + m.captured(2)).simplified().toLower();
        add(self(), endpointFor(m.captured(3), NameMatch::Strict), label.left(40),
            EdgeOrigin::Prose, m.capturedStart(3));
        seen.insert(m.captured(3));
    }
    if (collab && b.kind == MarkdownBlock::Kind::ListItem) {
        const auto lead = leading.match(b.text);
        if (lead.hasMatch() && !seen.contains(lead.captured(1))) {
            const AgentEndpoint other = endpointFor(lead.captured(1), NameMatch::Strict);
            add(reverse ? other : self(), reverse ? self() : other,
                reverse ? QStringLiteral("receives from") : QStringLiteral("collaborates"),
                EdgeOrigin::Collaboration, lead.capturedStart(1));
            seen.insert(lead.captured(1));
        }
    }
    if (collab || delegationSection.match(b.section).hasMatch()) {
        for (auto it = mention.globalMatch(b.text); it.hasNext();) {
            const auto m = it.next();
            if (seen.contains(m.captured(1)))
                continue;
            seen.insert(m.captured(1));
            const AgentEndpoint other = endpointFor(m.captured(1), NameMatch::KnownOnly);
            add(reverse ? other : self(), reverse ? self() : other,
                collab
                    ? (reverse ? QStringLiteral("receives from") : QStringLiteral("collaborates"))
                    : b.section.toLower().left(40),
                collab ? EdgeOrigin::Collaboration : EdgeOrigin::Prose, m.capturedStart(1));
        }
    }
}

} // namespace

namespace AgentParser {

bool looksLikeAgentName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$"));
    return re.match(name).hasMatch();
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
    const MarkdownDocument doc = MarkdownDocument::read(text, path);
    f.diagnostics.append(doc.diagnostics);
    if (doc.hasFrontMatter) {
        const yaml::Node fm =
            yaml::parse(doc.frontMatter, path, &f.diagnostics,
                        {.firstLine = doc.frontMatterLine, .plainColonValues = true});
        if (fm.isMap()) {
            readDefinition(fm, doc.frontMatterLine, f);
            readDefinitionEdges(fm.value(QStringLiteral("delegates_to")), false, f);
            readDefinitionEdges(fm.value(QStringLiteral("receives_from")), true, f);
        } else {
            f.diagnostics.append(
                Diagnostic{path, doc.frontMatterLine, 0, QStringLiteral("frontmatter-not-map"),
                           QCoreApplication::translate(
                               "AgentParser", "front matter is not a list of 'key: value' lines"),
                           Diagnostic::Severity::Error});
        }
    } else if (definitionExpected &&
               QFileInfo(path).fileName().compare(u"README.md", Qt::CaseInsensitive) != 0) {
        f.diagnostics.append(Diagnostic{
            path, 1, 0, QStringLiteral("agent-no-frontmatter"),
            QCoreApplication::translate("AgentParser",
                                        "no YAML front matter (---); read as a document, not "
                                        "as an agent definition"),
            Diagnostic::Severity::Info});
    }
    for (const MarkdownBlock& b : doc.blocks) {
        if (b.kind == MarkdownBlock::Kind::Code) {
            if (b.info == u"mermaid") {
                readMermaid(b, f);
            } else if (b.info == u"yaml" || b.info == u"yml") {
                // Example blocks in prose are not validated; only their handoffs count.
                const yaml::Node y = yaml::parse(b.text, path, nullptr, {.firstLine = b.firstLine});
                walkHandoffs(y, {}, f.isDefinition, f);
            } else if (ArchitectureTree::looksLikeTree(b.text)) {
                readTree(b, f);
            }
            continue;
        }
        readProse(b, f);
    }
    return f;
}

AgentFile parseYaml(const QString& text, const QString& path)
{
    AgentFile f;
    f.path = path;
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
    readDefinitionEdges(root.value(QStringLiteral("delegates_to")), false, f);
    readDefinitionEdges(root.value(QStringLiteral("receives_from")), true, f);
    if (const yaml::Node* collab = root.value(QStringLiteral("collaboration"))) {
        readDefinitionEdges(collab->value(QStringLiteral("delegates_to")), false, f);
        readDefinitionEdges(collab->value(QStringLiteral("receives_from")), true, f);
    }
    walkHandoffs(root, {}, true, f);
    return f;
}

} // namespace AgentParser

} // namespace pwb
