// SPDX-License-Identifier: MIT
#include "graphinspector.h"

#include "graphscene.h"

#include "common/displaytext.h"

#include <QUrlQuery>

namespace pwb {

GraphInspector::GraphInspector(GraphScene* scene, QWidget* parent)
    : QTextBrowser(parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("graphInspector"));
    setOpenLinks(false);
    setAccessibleName(tr("Node details"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QUrlQuery q(url);
        if (url.path() == u"open")
            emit openRequested(q.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded),
                               q.queryItemValue(QStringLiteral("line")).toInt());
        else if (url.path() == u"node")
            emit nodeRequested(q.queryItemValue(QStringLiteral("index")).toInt());
    });
    showNode(-1);
}

QString GraphInspector::sourceLink(const QString& path, int line) const
{
    if (path.isEmpty())
        return tr("(no source)");
    QUrl url(QStringLiteral("open"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), path);
    q.addQueryItem(QStringLiteral("line"), QString::number(line));
    url.setQuery(q);
    return QStringLiteral("<a href=\"%1\">%2:%3</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), path.toHtmlEscaped())
        .arg(line);
}

void GraphInspector::showNode(int index)
{
    m_node = index;
    const GraphPresentation& p = m_scene->presentation();
    if (index < 0 || index >= p.nodes.size()) {
        setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                    .arg(tr("Click a node (or press Tab) to see where it is defined and what it "
                            "hands work to. Double-click or Enter opens its source.")
                             .toHtmlEscaped()));
        return;
    }
    const PresentedNode& n = p.nodes.at(index);
    QString h = QStringLiteral("<h3>%1</h3>").arg(n.key.toHtmlEscaped());
    if (p.mode == GraphMode::Delegation) {
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(tr("Kind:"), n.defined ? GraphData::kindLabel(n.kind)
                                             : tr("undefined (referenced, never defined)"));
        if (!n.color.isEmpty())
            h += QStringLiteral(
                     "<p><b>%1</b> <span style=\"background:%2\">&nbsp;&nbsp;&nbsp;</span> %2</p>")
                     .arg(tr("Colour:"), n.color.toHtmlEscaped());
        if (!n.description.isEmpty())
            h += QStringLiteral("<p>%1</p>")
                     .arg(DisplayText::plain(n.description, font()).toHtmlEscaped());
        if (!n.tools.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(tr("Tools:"), n.tools.join(QStringLiteral(", ")).toHtmlEscaped());
        if (n.counts.total() > 0)
            h += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(tr("Tasks:"), tr("%1 done, %2 open, %3 blocked")
                                            .arg(n.counts.done)
                                            .arg(n.counts.open)
                                            .arg(n.counts.blocked));
        // An agent kept as .md and .yaml lists both files.
        QStringList defined;
        for (const SourceLocation& s : n.sources)
            defined.append(sourceLink(s.path, s.line));
        if (defined.isEmpty())
            defined.append(sourceLink(n.source.path, n.source.line));
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(n.defined ? tr("Defined in:") : tr("First referenced in:"),
                      defined.join(QStringLiteral(", ")));
    } else {
        h += QStringLiteral("<p>%1</p>")
                 .arg(DisplayText::plain(n.description, font())
                          .toHtmlEscaped()
                          .replace(u'\n', QStringLiteral("<br>")));
        if (!n.cluster.isEmpty())
            h +=
                QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Sprint:"), n.cluster.toHtmlEscaped());
        if (n.critical)
            h += QStringLiteral("<p><b>%1</b></p>").arg(tr("On the critical path by estimate."));
        if (!n.tools.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(tr("Agents:"), n.tools.join(QStringLiteral(", ")).toHtmlEscaped());
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(tr("Defined in:"), sourceLink(n.source.path, n.source.line));
    }
    // incoming: 1, outgoing: 0, collaboration (either end): 2
    auto edgeList = [&](int which) {
        QString list;
        for (const PresentedEdge& e : p.edges) {
            const bool collab = e.kind == EdgeKind::Collaboration;
            int other = -1;
            if (which == 2 && collab && (e.from == index || e.to == index))
                other = e.from == index ? e.to : e.from;
            else if (which == 1 && !collab && e.to == index)
                other = e.from;
            else if (which == 0 && !collab && e.from == index)
                other = e.to;
            if (other < 0)
                continue;
            QString where;
            for (const SourceLocation& s : e.sources)
                where += QStringLiteral(" ") + sourceLink(s.path, s.line);
            const QString kind = p.mode == GraphMode::Delegation && !collab
                                     ? QStringLiteral(" [%1]").arg(GraphData::edgeKindLabel(e.kind))
                                     : QString();
            list += QStringLiteral("<li><a href=\"node?index=%1\">%2</a>%3%4%5</li>")
                        .arg(other)
                        .arg(p.nodes.at(other).key.toHtmlEscaped(), kind,
                             e.label.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" <i>(%1)</i>").arg(e.label.toHtmlEscaped()),
                             QStringLiteral(" <small>%1</small>").arg(where));
        }
        return list.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("none"))
                              : QStringLiteral("<ul>%1</ul>").arg(list);
    };
    const bool delegation = p.mode == GraphMode::Delegation;
    h += QStringLiteral("<h4>%1</h4>").arg(delegation ? tr("Receives work from") : tr("Waits on")) +
         edgeList(1);
    h += QStringLiteral("<h4>%1</h4>").arg(delegation ? tr("Hands work to") : tr("Unblocks")) +
         edgeList(0);
    if (delegation)
        h += QStringLiteral("<h4>%1</h4>").arg(tr("Collaborates with")) + edgeList(2);
    setHtml(h);
}

} // namespace pwb
