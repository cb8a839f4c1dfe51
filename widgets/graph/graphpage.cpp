// SPDX-License-Identifier: MIT
#include "graphpage.h"

#include "common/emptystate.h"
#include "project/fileindex.h"
#include "project/project.h"

#include <QVBoxLayout>

GraphPage::GraphPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_empty(new EmptyState(QStringLiteral("graph"), this))
{
    setObjectName(QStringLiteral("graphpage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_empty->setTitle(tr("Delegation graph"));
    connect(project->files(), &FileIndex::ready, this, &GraphPage::refresh);
    refresh();
}

void GraphPage::refresh()
{
    const QStringList prefixes{QStringLiteral("agents/")};
    int found = 0;
    for (const QString& f : m_project->files()->filesWithSuffix({QStringLiteral("md"), QStringLiteral("yaml"), QStringLiteral("yml")})) {
        for (const QString& p : prefixes) {
            if (f.startsWith(p) || (p.startsWith(u'/') && f.contains(p))) {
                ++found;
                break;
            }
        }
    }
    const QString what = tr("Shows which agent hands work to which, from agent definitions under agents/, and the task dependency graph.");
    const QString state = found == 0 ? tr("No agent definitions were found under agents/.") : tr("Found %n agent definition(s). Graph layout is not part of this build yet.", nullptr, found);
    m_empty->setText(what + QStringLiteral("<br><br>") + state);
}
