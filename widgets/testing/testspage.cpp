// SPDX-License-Identifier: MIT
#include "testspage.h"

#include "common/emptystate.h"
#include "project/fileindex.h"
#include "project/project.h"

#include <QVBoxLayout>

TestsPage::TestsPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_empty(new EmptyState(QStringLiteral("tests"), this))
{
    setObjectName(QStringLiteral("testspage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_empty->setTitle(tr("Tests"));
    connect(project->files(), &FileIndex::ready, this, &TestsPage::refresh);
    refresh();
}

void TestsPage::refresh()
{
    const QStringList prefixes{QStringLiteral("test/"), QStringLiteral("/test/")};
    int found = 0;
    for (const QString& f : m_project->files()->filesWithSuffix({QStringLiteral("exs")})) {
        for (const QString& p : prefixes) {
            if (f.startsWith(p) || (p.startsWith(u'/') && f.contains(p))) {
                ++found;
                break;
            }
        }
    }
    const QString what = tr("Runs mix test and shows ExUnit results and coverage live.");
    const QString state = found == 0 ? tr("No test files (test/**/*_test.exs) were found in this project.") : tr("Found %n test file(s). Running them is not part of this build yet.", nullptr, found);
    m_empty->setText(what + QStringLiteral("<br><br>") + state);
}
