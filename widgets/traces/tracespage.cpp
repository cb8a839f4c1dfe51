// SPDX-License-Identifier: MIT
#include "tracespage.h"

#include "common/emptystate.h"
#include "project/fileindex.h"
#include "project/project.h"

#include <QVBoxLayout>

TracesPage::TracesPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_empty(new EmptyState(QStringLiteral("traces"), this))
{
    setObjectName(QStringLiteral("tracespage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_empty->setTitle(tr("LiveView traces"));
    connect(project->files(), &FileIndex::ready, this, &TracesPage::refresh);
    refresh();
}

void TracesPage::refresh()
{
    const QStringList prefixes{QStringLiteral("test-results/"), QStringLiteral("traces/"), QStringLiteral("playwright-report/")};
    int found = 0;
    for (const QString& f : m_project->files()->filesWithSuffix({QStringLiteral("zip")})) {
        for (const QString& p : prefixes) {
            if (f.startsWith(p) || (p.startsWith(u'/') && f.contains(p))) {
                ++found;
                break;
            }
        }
    }
    const QString what = tr("Shows Playwright traces (test-results/**/trace.zip, traces/**/*.zip) and HTML reports.");
    const QString state = found == 0 ? tr("No Playwright traces were found. Run the project's Playwright tests with --trace on to record some.") : tr("Found %n trace file(s). The trace viewer is not part of this build yet.", nullptr, found);
    m_empty->setText(what + QStringLiteral("<br><br>") + state);
}
