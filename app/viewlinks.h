// SPDX-License-Identifier: MIT
// Ties the five views to the Navigator: how each one shows a LinkTarget (select a card, an
// agent, a file at a line, a finding, a test, a trace action) and how each one's selection
// becomes the navigator's current target. It only assembles what the pages already offer.
#pragma once

#include "workspace/linktarget.h"

#include <QObject>

class QTimer;

namespace pwb {

class BoardPage;
class GraphPage;
class Navigator;
class Project;
class ReviewPage;
class TestsPage;
class TracesPage;

class ViewLinks : public QObject
{
    Q_OBJECT
public:
    struct Pages
    {
        BoardPage* board;
        GraphPage* graph;
        ReviewPage* review;
        TestsPage* tests;
        TracesPage* traces;
    };
    ViewLinks(Project* project, Navigator* navigator, const Pages& pages,
              QObject* parent = nullptr);

    bool showTask(const LinkTarget& target);
    bool showAgent(const LinkTarget& target);
    bool showInEditor(const LinkTarget& target);
    bool showTest(const LinkTarget& target);
    bool showTrace(const LinkTarget& target);

private:
    void reportBoard();
    void reportGraph(int node);
    void reportEditor();
    void reportFinding();
    void reportTest();
    void reportTrace();
    void reportTraceAction();
    void watchEditor(int tab);

    Project* m_project;
    Navigator* m_navigator;
    Pages m_pages;
    QTimer* m_editorReport;
};

} // namespace pwb
