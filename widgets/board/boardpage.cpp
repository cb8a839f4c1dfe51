// SPDX-License-Identifier: MIT
#include "boardpage.h"

#include "common/emptystate.h"
#include "project/fileindex.h"
#include "project/project.h"

#include <QVBoxLayout>

BoardPage::BoardPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_empty(new EmptyState(QStringLiteral("board"), this))
{
    setObjectName(QStringLiteral("boardpage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_empty->setTitle(tr("Task board"));
    connect(project->files(), &FileIndex::ready, this, &BoardPage::refresh);
    refresh();
}

void BoardPage::refresh()
{
    const QStringList prefixes{QStringLiteral("docs/TRD/"), QStringLiteral("docs/PRD/")};
    int found = 0;
    for (const QString& f : m_project->files()->filesWithSuffix({QStringLiteral("md")})) {
        for (const QString& p : prefixes) {
            if (f.startsWith(p) || (p.startsWith(u'/') && f.contains(p))) {
                ++found;
                break;
            }
        }
    }
    const QString what = tr("The board shows the tasks, subtasks, hours and sprints of the project's TRD markdown (docs/TRD/**/*.md, docs/PRD/**/*.md).");
    const QString state = found == 0 ? tr("No TRD documents were found in this project.") : tr("Found %n TRD/PRD document(s). Task parsing is not part of this build yet.", nullptr, found);
    m_empty->setText(what + QStringLiteral("<br><br>") + state);
}
