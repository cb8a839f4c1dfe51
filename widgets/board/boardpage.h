// SPDX-License-Identifier: MIT
// The Task board view: the project's TRD/PRD documents as a board (status columns x
// swimlanes) with filters, a task detail panel, TRD lint findings and a sprint summary.
#pragma once

#include "workspace/linktarget.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace pwb {

class BoardModel;
class BoardView;
class PlansModel;
class PlansOverview;
class EmptyState;
class Project;
class SprintModel;
class SprintSummary;
class TaskDetailPanel;

class BoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit BoardPage(Project* project, QWidget* parent = nullptr);

    EmptyState* emptyState() const { return m_empty; }
    BoardView* view() const { return m_view; }
    BoardModel* model() const { return m_model; }
    TaskDetailPanel* details() const { return m_details; }
    SprintSummary* sprintSummary() const { return m_sprints; }
    QTreeWidget* findings() const { return m_findings; }
    QComboBox* documentPicker() const { return m_docPicker; }
    QComboBox* laneMode() const { return m_lanes; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* priorityFilter() const { return m_priority; }
    QComboBox* sprintFilter() const { return m_sprint; }
    QComboBox* statusFilter() const { return m_status; }
    QTabWidget* sideTabs() const { return m_side; }
    QToolButton* undoButton() const { return m_undo; }
    QToolButton* redoButton() const { return m_redo; }
    bool isShowingBoard() const;
    PlansOverview* plansOverview() const { return m_plans; }
    QToolButton* plansToggle() const { return m_plansToggle; }
    // Shows every plan in one table instead of one plan's board (the "Plans" toggle).
    void setPlansShown(bool shown);
    // Selects a task's card (clearing filters that hide it).
    bool selectTask(const QString& taskId);

signals:
    // Open a project-relative file at a 1-based line (MainWindow opens it in the Review view).
    void openFileRequested(const QString& path, int line);
    // A link on a card or in the details (an @agent, a task id) to follow through the main
    // window's navigator, so Back returns here. Without a listener the page selects tasks
    // itself.
    void linkRequested(const pwb::LinkTarget& target);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    // The filters beside the document picker, or on a second row in a narrow window.
    void arrangeToolbar(bool twoRows);
    // The TaskDocuments index of the document the picker shows (-1: none).
    int currentEntry() const;
    void rebuildPickers();
    void rebuildFindings();
    void updateSummary();
    void onCurrentCard();
    void addDocument();
    void followLink(const LinkTarget& target);
    void openPlan(int documentIndex);
    // Commit times for the overview's Last change column, read off the GUI thread.
    void readLastCommits();

    Project* m_project;
    BoardModel* m_model;
    SprintModel* m_sprintModel;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QWidget* m_boardArea;
    QComboBox* m_docPicker;
    QToolButton* m_addDoc;
    QCheckBox* m_showAll;
    QComboBox* m_lanes;
    QLineEdit* m_filter;
    QComboBox* m_priority;
    QComboBox* m_sprint;
    QComboBox* m_status;
    QHBoxLayout* m_bar = nullptr;
    QHBoxLayout* m_filterBar = nullptr;
    bool m_twoRowToolbar = false;
    QToolButton* m_undo;
    QToolButton* m_redo;
    QLabel* m_summary;
    BoardView* m_view;
    QTabWidget* m_side;
    TaskDetailPanel* m_details;
    QTreeWidget* m_findings;
    SprintSummary* m_sprints;
    PlansModel* m_plansModel;
    PlansOverview* m_plans;
    QToolButton* m_plansToggle;
    QStackedWidget* m_boardStack;
    QWidget* m_boardSplit = nullptr;
    quint64 m_commitsGeneration = 0;
};

} // namespace pwb
