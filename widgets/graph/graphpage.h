// SPDX-License-Identifier: MIT
// The Graph view: the delegation graph (agents) or the task dependency graph (tasks),
// laid out by Graphviz off the GUI thread and drawn natively, with search, zoom, focus on
// the selection's neighbourhood, filters by agent kind and edge kind, agents grouped by
// kind, a legend, an inspector for the selected node, the problems found on the way, and
// SVG/PNG export.
#pragma once

#include "graph/graphpresentation.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace pwb {

class Database;
class EmptyState;
class GraphInspector;
class GraphLegendWidget;
class GraphScene;
class GraphView;
class Project;

class GraphPage : public QWidget
{
    Q_OBJECT
public:
    explicit GraphPage(Project* project, QWidget* parent = nullptr);
    ~GraphPage() override;

    EmptyState* emptyState() const { return m_empty; }
    GraphScene* scene() const { return m_scene; }
    GraphView* view() const { return m_view; }
    GraphInspector* inspector() const { return m_inspector; }
    QListWidget* problems() const { return m_problems; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* focusBox() const { return m_focusBox; }
    GraphLegendWidget* legend() const { return m_legend; }
    QToolButton* edgeKindButton(EdgeKind kind) const { return m_edgeButtons.value(int(kind)); }
    QAction* agentKindAction(AgentKind kind) const { return m_kindActions.value(int(kind)); }
    QToolButton* groupByKindButton() const { return m_groupButton; }

    GraphMode mode() const { return m_mode; }
    void setMode(GraphMode mode);
    bool isLayingOut() const { return m_layingOut; }
    // Selects and centres the next node whose name or title contains text; -1 if none.
    int findNode(const QString& text);
    // Selects the node with this key now, or once the next layout lands (--select).
    void selectWhenShown(const QString& key);
    // 0: the whole graph; N: the selection and what lies within N edges of it.
    void setFocusHops(int hops);
    // Layouts are kept in this database and reused while the graph is unchanged.
    void setDatabase(Database* db);
    // The last layout shown came from the cache.
    bool lastLayoutCached() const { return m_lastCached; }
    bool exportSvg(const QString& path, QString* error = nullptr) const;
    bool exportPng(const QString& path, QString* error = nullptr) const;

signals:
    // A project-relative file to open at a line (MainWindow sends it to the editor).
    void openFileRequested(const QString& path, int line);
    // A layout landed in the scene (or the view went to its empty state).
    void layoutFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStatus(const QString& text); // the label and its tooltip (it may be cut)
    void relayout();
    void showLayout(const GraphPresentation& presentation, const struct LayoutResult& layout);
    void updateState();
    void updateProblems();
    void cancelLayout();
    void exportWithDialog(bool svg);
    void applyFilter();

    Project* m_project;
    GraphMode m_mode = GraphMode::Delegation;
    GraphScene* m_scene;
    GraphView* m_view;
    GraphInspector* m_inspector;
    EmptyState* m_empty;
    QStackedWidget* m_stack;
    QComboBox* m_modeBox;
    QLineEdit* m_search;
    QComboBox* m_focusBox;
    QToolButton* m_kindButton;
    QToolButton* m_groupButton;
    QList<QToolButton*> m_edgeButtons; // by EdgeKind
    QList<QAction*> m_kindActions;     // by AgentKind
    GraphLegendWidget* m_legend;
    QString m_pendingSelection;
    QString m_cachePath;
    bool m_lastCached = false;
    QListWidget* m_problems;
    QToolBar* m_toolbar = nullptr;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_status;
    QList<QToolButton*> m_graphActions;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    quint64 m_generation = 0;
    bool m_relayoutQueued = false;
    bool m_layingOut = false;
};

} // namespace pwb
