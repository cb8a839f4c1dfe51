// SPDX-License-Identifier: MIT
#include "graphdata.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pwb {

qsizetype GraphData::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < agents.size(); ++i) {
        if (agents.at(i).name == name)
            return i;
    }
    return -1;
}

const AgentNode* GraphData::agent(const QString& name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? nullptr : &agents.at(i);
}

QStringList GraphData::delegatesTo(const QString& name) const
{
    QStringList out;
    for (const GraphEdge& e : edges) {
        if (e.kind != EdgeKind::Collaboration && e.from == name && !out.contains(e.to))
            out.append(e.to);
    }
    return out;
}

QStringList GraphData::delegatedFrom(const QString& name) const
{
    QStringList out;
    for (const GraphEdge& e : edges) {
        if (e.kind != EdgeKind::Collaboration && e.to == name && !out.contains(e.from))
            out.append(e.from);
    }
    return out;
}

qsizetype GraphData::definedCount() const
{
    qsizetype n = 0;
    for (const AgentNode& a : agents)
        n += a.defined ? 1 : 0;
    return n;
}

QString GraphData::kindName(AgentKind kind)
{
    switch (kind) {
    case AgentKind::Orchestrator:
        return QStringLiteral("orchestrator");
    case AgentKind::Specialist:
        return QStringLiteral("specialist");
    case AgentKind::Quality:
        return QStringLiteral("quality");
    case AgentKind::Infrastructure:
        return QStringLiteral("infrastructure");
    case AgentKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The names above are what agent files say and reports print; these are what people read.
QString GraphData::kindLabel(AgentKind kind)
{
    switch (kind) {
    case AgentKind::Orchestrator:
        return QCoreApplication::translate("GraphData", "orchestrator");
    case AgentKind::Specialist:
        return QCoreApplication::translate("GraphData", "specialist");
    case AgentKind::Quality:
        return QCoreApplication::translate("GraphData", "quality");
    case AgentKind::Infrastructure:
        return QCoreApplication::translate("GraphData", "infrastructure");
    case AgentKind::Unknown:
        break;
    }
    return QCoreApplication::translate("GraphData", "unknown");
}

QString GraphData::edgeKindLabel(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Delegation:
        return QCoreApplication::translate("GraphData", "delegation");
    case EdgeKind::Handoff:
        return QCoreApplication::translate("GraphData", "handoff");
    case EdgeKind::Collaboration:
        return QCoreApplication::translate("GraphData", "collaboration");
    }
    return {};
}

QString GraphData::originName(EdgeOrigin origin)
{
    switch (origin) {
    case EdgeOrigin::Prose:
        return QStringLiteral("prose");
    case EdgeOrigin::Collaboration:
        return QStringLiteral("collaboration");
    case EdgeOrigin::HandoffKey:
        return QStringLiteral("handoff-key");
    case EdgeOrigin::HandoffBlock:
        return QStringLiteral("handoff");
    case EdgeOrigin::ArchitectureTree:
        return QStringLiteral("tree");
    case EdgeOrigin::Mermaid:
        return QStringLiteral("mermaid");
    case EdgeOrigin::Definition:
        return QStringLiteral("definition");
    case EdgeOrigin::Section:
        return QStringLiteral("section");
    case EdgeOrigin::Routing:
        return QStringLiteral("routing");
    case EdgeOrigin::Workflow:
        return QStringLiteral("workflow");
    }
    return {};
}

QString GraphData::edgeKindName(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Delegation:
        return QStringLiteral("delegation");
    case EdgeKind::Handoff:
        return QStringLiteral("handoff");
    case EdgeKind::Collaboration:
        return QStringLiteral("collaboration");
    }
    return {};
}

std::optional<EdgeKind> GraphData::edgeKindFromName(QStringView name)
{
    for (EdgeKind k : {EdgeKind::Delegation, EdgeKind::Handoff, EdgeKind::Collaboration}) {
        if (name == edgeKindName(k))
            return k;
    }
    return std::nullopt;
}

AgentKind GraphData::deriveKind(const QString& name, const QString& description)
{
    static const QRegularExpression orchestrator(
        QStringLiteral("orchestrat|coordinator|manager|tech-lead|planner|router"));
    static const QRegularExpression quality(
        QStringLiteral("review|test|tester|qa\\b|quality|audit|lint|verif|security"));
    static const QRegularExpression infra(QStringLiteral(
        "infrastructure|deploy|devops|\\bops\\b|release|\\bci\\b|postgres|database|\\bdba\\b|"
        "\\bsre\\b|cloud|kubernetes|docker"));
    const QString n = name.toLower();
    if (orchestrator.match(n).hasMatch())
        return AgentKind::Orchestrator;
    if (quality.match(n).hasMatch())
        return AgentKind::Quality;
    if (infra.match(n).hasMatch())
        return AgentKind::Infrastructure;
    // The name decides when it can; the description's first sentence otherwise.
    const QString d =
        description
            .left(description.indexOf(u'.') < 0 ? description.size() : description.indexOf(u'.'))
            .toLower();
    if (d.contains(QStringLiteral("orchestrat")) || d.contains(QStringLiteral("entry point")) ||
        d.contains(QStringLiteral("delegates")))
        return AgentKind::Orchestrator;
    static const QRegularExpression qualityLead(
        QStringLiteral("^(reviews|runs|tests|audits|checks|validates|verifies)\\b"));
    if (qualityLead.match(d).hasMatch() || d.contains(QStringLiteral("quality gate")))
        return AgentKind::Quality;
    if (infra.match(d.left(60)).hasMatch())
        return AgentKind::Infrastructure;
    return AgentKind::Specialist;
}

} // namespace pwb
