// SPDX-License-Identifier: MIT
#include "graphpage.h"

#include "core/whendone.h"

#include "common/emptystate.h"
#include "graph/graphmodel.h"
#include "graph/layoutcache.h"
#include "graphexporter.h"
#include "graphinspector.h"
#include "graphlegend.h"
#include "graphscene.h"
#include "graphview.h"
#include "store/database.h"
#include "workspace/project.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pwb {

namespace {
// The node that hands out the most work (the top router): where a graph too big to fit
// readably opens, with the agents it routes to below it.
int hub(const GraphPresentation& p)
{
    QList<int> degree(p.nodes.size(), 0);
    for (const PresentedEdge& e : p.edges) {
        if (e.kind != EdgeKind::Collaboration)
            ++degree[e.from];
    }
    int best = -1;
    for (int i = 0; i < degree.size(); ++i) {
        if (best < 0 || degree.at(i) > degree.at(best))
            best = i;
    }
    return best;
}
} // namespace

GraphPage::GraphPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_inspector(new GraphInspector(m_scene, this))
    , m_empty(new EmptyState(QStringLiteral("graph"), this))
    , m_stack(new QStackedWidget(this))
    , m_modeBox(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_focusBox(new QComboBox(this))
    , m_kindButton(new QToolButton(this))
    , m_groupButton(new QToolButton(this))
    , m_legend(new GraphLegendWidget(this))
    , m_problems(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("graphpage"));
    m_scene->setColors(GraphColors::fromPalette(palette()));
    m_legend->setColors(GraphColors::fromPalette(palette()));

    // A tool bar, not a row layout: at 1024 px (and in German) its buttons move into the
    // overflow menu instead of making the whole row the window's minimum width.
    auto* bar = m_toolbar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("graphToolbar"));
    bar->setContentsMargins(6, 0, 6, 0);
    m_modeBox->setObjectName(QStringLiteral("graphMode"));
    m_modeBox->addItem(tr("Delegation"));
    m_modeBox->addItem(tr("Dependencies"));
    m_modeBox->setToolTip(tr("Agents and who hands work to whom, or tasks and what waits on what"));
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find a node (Ctrl+F)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160); // a tool bar gives it only its size hint
    m_search->setMaximumWidth(260);
    bar->addWidget(m_modeBox);
    bar->addWidget(m_search);
    auto button = [&](const QString& text, const QString& tip, const QKeySequence& key, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(key.isEmpty() ? tip
                                    : tip + QStringLiteral(" (") +
                                          key.toString(QKeySequence::NativeText) + u')');
        if (!key.isEmpty())
            b->setShortcut(key);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        m_graphActions.append(b);
        return b;
    };
    // The keys (Ctrl+-, Ctrl++, Ctrl+0) are the window's zoom actions, which act on the
    // current view: a second shortcut here would make them ambiguous.
    button(tr("−"), tr("Zoom out") + QStringLiteral(" (Ctrl+-)"), {},
           [this] { m_view->zoomBy(1 / 1.2); });
    button(tr("+"), tr("Zoom in") + QStringLiteral(" (Ctrl++)"), {},
           [this] { m_view->zoomBy(1.2); });
    button(tr("Fit"), tr("Fit the graph in the view") + QStringLiteral(" (Ctrl+0)"), {},
           [this] { m_view->fit(); });
    m_focusBox->setObjectName(QStringLiteral("graphFocus"));
    m_focusBox->addItem(tr("Whole graph"));
    m_focusBox->addItem(tr("Neighbours"));
    m_focusBox->addItem(tr("2 hops"));
    m_focusBox->addItem(tr("3 hops"));
    m_focusBox->setToolTip(tr("Show only the selected node and what lies within this many "
                              "edges of it"));
    bar->addWidget(m_focusBox);
    // Agent kinds: a menu of checkable kinds; edge kinds: one toggle each.
    m_kindButton->setObjectName(QStringLiteral("graphAgentKinds"));
    m_kindButton->setText(tr("Agents"));
    m_kindButton->setToolTip(tr("Show or hide agents by kind"));
    m_kindButton->setPopupMode(QToolButton::InstantPopup);
    auto* kinds = new QMenu(m_kindButton);
    for (AgentKind k : {AgentKind::Orchestrator, AgentKind::Specialist, AgentKind::Quality,
                        AgentKind::Infrastructure, AgentKind::Unknown}) {
        QAction* a = kinds->addAction(GraphPresentation::clusterTitle(k));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, &GraphPage::applyFilter);
        m_kindActions.append(a);
    }
    m_kindButton->setMenu(kinds);
    bar->addWidget(m_kindButton);
    m_graphActions.append(m_kindButton);
    for (EdgeKind k : {EdgeKind::Delegation, EdgeKind::Handoff, EdgeKind::Collaboration}) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("graphEdges-") + GraphData::edgeKindName(k));
        b->setText(k == EdgeKind::Delegation ? tr("Delegation")
                   : k == EdgeKind::Handoff  ? tr("Handoff")
                                             : tr("Collaboration"));
        b->setToolTip(tr("Show %1 edges").arg(GraphData::edgeKindLabel(k)));
        b->setCheckable(true);
        b->setChecked(true);
        connect(b, &QToolButton::toggled, this, &GraphPage::applyFilter);
        bar->addWidget(b);
        m_edgeButtons.append(b);
        m_graphActions.append(b);
    }
    m_groupButton->setObjectName(QStringLiteral("graphGroupByKind"));
    m_groupButton->setText(tr("Group"));
    m_groupButton->setToolTip(tr("Group agents by kind (orchestrators, specialists, quality, "
                                 "infrastructure)"));
    m_groupButton->setCheckable(true);
    m_groupButton->setChecked(true);
    connect(m_groupButton, &QToolButton::toggled, this, &GraphPage::relayout);
    bar->addWidget(m_groupButton);
    m_graphActions.append(m_groupButton);
    button(tr("SVG…"), tr("Export the graph as SVG"), {}, [this] { exportWithDialog(true); });
    button(tr("PNG…"), tr("Export the graph as PNG"), {}, [this] { exportWithDialog(false); });
    m_progress->setObjectName(QStringLiteral("graphProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop waiting for this layout"));
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_progress->hide();
    m_cancel->hide();
    // Progress and status stay in sight beside the bar, never in its overflow menu; a long one
    // ("No node matches …") is cut rather than widening the window, whole in the tooltip.
    m_status->setMinimumWidth(60);

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_legend);
    side->addWidget(m_inspector);
    m_problems->setObjectName(QStringLiteral("graphProblems"));
    // Long messages wrap in the narrow side column instead of being cut off.
    m_problems->setWordWrap(true);
    m_problems->setTextElideMode(Qt::ElideNone);
    m_problems->setResizeMode(QListView::Adjust);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems->setAccessibleName(tr("Problems found while reading the graph"));
    side->addWidget(m_problems);
    side->setStretchFactor(0, 0);
    side->setStretchFactor(1, 3);
    side->setStretchFactor(2, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 300});

    m_empty->setTitle(tr("Delegation graph"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(bar, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    auto* find = new QAction(tr("Find a node"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setMode(i == 0 ? GraphMode::Delegation : GraphMode::Dependencies); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNode(m_search->text()); });
    // Typing finds the first match from the top; Enter steps to the next one.
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        m_scene->selectNode(-1);
        findNode(text);
    });
    connect(m_focusBox, &QComboBox::currentIndexChanged, this, &GraphPage::applyFilter);
    connect(m_scene, &GraphScene::nodeSelected, this, [this] {
        if (m_scene->filter().focusHops > 0)
            m_view->showReadable(m_scene->selectedNode());
    });
    connect(m_cancel, &QToolButton::clicked, this, &GraphPage::cancelLayout);
    connect(m_scene, &GraphScene::nodeSelected, m_inspector, &GraphInspector::showNode);
    connect(m_scene, &GraphScene::nodeActivated, this, [this](int i) {
        const auto& n = m_scene->presentation().nodes.value(i);
        if (!n.source.path.isEmpty())
            emit openFileRequested(n.source.path, n.source.line);
    });
    connect(m_inspector, &GraphInspector::openRequested, this, &GraphPage::openFileRequested);
    connect(m_inspector, &GraphInspector::nodeRequested, this, [this](int i) {
        m_scene->selectNode(i);
        m_view->centreOnNode(i);
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            emit openFileRequested(path, item->data(Qt::UserRole + 1).toInt());
    });

    GraphModel* model = project->graph();
    connect(model, &GraphModel::graphChanged, this, &GraphPage::relayout);
    connect(model, &GraphModel::loadingChanged, this, &GraphPage::updateState);
    connect(project, &Project::closed, this, &GraphPage::relayout);
    relayout();
}

GraphPage::~GraphPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void GraphPage::setFocusHops(int hops)
{
    m_focusBox->setCurrentIndex(qBound(0, hops, m_focusBox->count() - 1));
}

void GraphPage::setDatabase(Database* db)
{
    m_cachePath = db && db->isOpen() && LayoutCache::prepare(*db) ? db->filePath() : QString();
}

void GraphPage::selectWhenShown(const QString& key)
{
    const int i = m_scene->presentation().indexOf(key);
    if (i >= 0 && m_scene->nodeCount() > 0) {
        m_scene->selectNode(i);
        m_view->centreOnNode(i);
        return;
    }
    m_pendingSelection = key;
}

void GraphPage::applyFilter()
{
    GraphFilter f;
    for (int k = 0; k < m_kindActions.size(); ++k) {
        if (!m_kindActions.at(k)->isChecked())
            f.hiddenKinds.insert(AgentKind(k));
    }
    for (int k = 0; k < m_edgeButtons.size(); ++k) {
        if (!m_edgeButtons.at(k)->isChecked())
            f.hiddenEdgeKinds.insert(EdgeKind(k));
    }
    f.focusHops = m_focusBox->currentIndex();
    if (f == m_scene->filter())
        return;
    m_scene->setFilter(f);
    // Re-select so the highlight follows the visible edge kinds.
    m_scene->selectNode(m_scene->selectedNode());
    if (f.focusHops > 0 && m_scene->selectedNode() >= 0)
        m_view->showReadable(m_scene->selectedNode());
}

void GraphPage::setMode(GraphMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    const QSignalBlocker block(m_modeBox);
    m_modeBox->setCurrentIndex(mode == GraphMode::Delegation ? 0 : 1);
    relayout();
}

void GraphPage::cancelLayout()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    ++m_generation;
    m_layingOut = false;
    updateState();
}

void GraphPage::relayout()
{
    cancelLayout();
    const GraphPresentation presentation =
        GraphPresentation::build(m_project->graph()->snapshot(), m_mode,
                                 GraphExporter::sizeFunction(font()), m_groupButton->isChecked());
    m_legend->setMode(m_mode);
    updateProblems();
    if (presentation.isEmpty()) {
        m_scene->clearGraph();
        m_inspector->showNode(-1);
        updateState();
        emit layoutFinished();
        return;
    }
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    m_layingOut = true;
    updateState();
    auto cancel = m_cancelFlag;
    const LayoutRequest request = presentation.layoutRequest();
    const QString cache = m_cachePath;
    whenDone(this, QtConcurrent::run([request, cancel, cache] {
                 bool hit = false;
                 LayoutResult r = LayoutCache::run(request, cache, cancel.get(), &hit);
                 return std::make_pair(r, hit);
             }),
             [this, generation, presentation](const std::pair<LayoutResult, bool>& result) {
                 if (generation != m_generation)
                     return; // a newer layout or a cancel replaced this one
                 m_layingOut = false;
                 m_lastCached = result.second;
                 showLayout(presentation, result.first);
             });
}

void GraphPage::showLayout(const GraphPresentation& presentation, const LayoutResult& layout)
{
    if (!layout.ok) {
        m_scene->clearGraph();
        if (!layout.cancelled)
            showStatus(tr("Layout failed: %1").arg(layout.error));
    } else {
        const QString selected =
            m_scene->selectedNode() >= 0
                ? m_scene->presentation().nodes.value(m_scene->selectedNode()).key
                : QString();
        m_scene->setGraph(presentation, layout);
        int again = presentation.indexOf(selected);
        if (!m_pendingSelection.isEmpty() && presentation.indexOf(m_pendingSelection) >= 0) {
            again = presentation.indexOf(m_pendingSelection);
            m_pendingSelection.clear();
        }
        m_scene->selectNode(again);
        m_view->showReadable(again >= 0 ? again : hub(presentation));
    }
    updateState();
    emit layoutFinished();
}

void GraphPage::updateState()
{
    const bool loading = m_project->graph()->isLoading();
    const bool busy = loading || m_layingOut;
    m_progress->setVisible(busy);
    m_cancel->setVisible(m_layingOut);
    const GraphPresentation& p = m_scene->presentation();
    const bool hasGraph = !p.isEmpty() && m_scene->nodeCount() > 0;
    for (QToolButton* b : m_graphActions)
        b->setEnabled(hasGraph);
    m_search->setEnabled(hasGraph);
    m_focusBox->setEnabled(hasGraph);
    const bool agents = m_mode == GraphMode::Delegation;
    // A tool bar shows and hides its widgets through their actions, not QWidget::setVisible.
    for (QAction* a : m_toolbar->actions()) {
        auto* b = qobject_cast<QToolButton*>(m_toolbar->widgetForAction(a));
        if (b && (b == m_kindButton || b == m_groupButton || m_edgeButtons.contains(b)))
            a->setVisible(agents);
    }
    if (busy) {
        showStatus(loading ? tr("Reading agents and tasks…") : tr("Laying out the graph…"));
    } else if (hasGraph) {
        showStatus(m_mode == GraphMode::Delegation
                       ? tr("%n agent(s)", nullptr, int(p.nodes.size())) + QStringLiteral(", ") +
                             tr("%n edge(s)", nullptr, int(p.edges.size()))
                       : tr("%n task(s)", nullptr, int(p.nodes.size())) + QStringLiteral(", ") +
                             tr("%n dependenc(ies)", nullptr, int(p.edges.size())));
    } else {
        showStatus({});
    }
    if (hasGraph) {
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    const QString what =
        tr("Shows which agent hands work to which (from agents/**/*.md front matter, "
           "agents/**/*.yaml, architecture trees, mermaid flowcharts and handoff blocks) and "
           "what each TRD task waits on.");
    QString state;
    if (!m_project->isOpen())
        state = tr("Open a project to see its graph.");
    else if (busy)
        state = tr("Reading the project…");
    else if (m_mode == GraphMode::Delegation)
        state = tr("No agent definitions were found. Add agents/&lt;name&gt;.md with YAML front "
                   "matter (name, description, tools, color).");
    else
        state = tr("No TRD tasks were found. Tasks are read from docs/TRD/**/*.md "
                   "(**TRD-001: Title** (4h) lines with Dependencies).");
    m_empty->setTitle(m_mode == GraphMode::Delegation ? tr("Delegation graph")
                                                      : tr("Task dependencies"));
    m_empty->setText(what + QStringLiteral("<br><br>") + state);
}

void GraphPage::updateProblems()
{
    m_problems->clear();
    const GraphSnapshot& s = m_project->graph()->snapshot();
    const Diagnostics all = s.graph.diagnostics + s.tasks.diagnostics;
    for (const Diagnostic& d : all) {
        auto* item = new QListWidgetItem(d.toString(), m_problems);
        item->setData(Qt::UserRole, d.path);
        item->setData(Qt::UserRole + 1, d.line);
        item->setToolTip(d.toString() + u'\n' +
                         tr("Activate to open %1 at line %2").arg(d.path).arg(d.line));
    }
    m_problems->setVisible(!all.isEmpty());
}

int GraphPage::findNode(const QString& text)
{
    const QString needle = text.trimmed();
    const GraphPresentation& p = m_scene->presentation();
    if (needle.isEmpty() || p.nodes.isEmpty())
        return -1;
    const int n = int(p.nodes.size());
    const int start = m_scene->selectedNode() + 1;
    for (int k = 0; k < n; ++k) {
        const int i = (start + k) % n;
        const PresentedNode& node = p.nodes.at(i);
        if (node.key.contains(needle, Qt::CaseInsensitive) ||
            node.title.contains(needle, Qt::CaseInsensitive) ||
            node.subtitle.contains(needle, Qt::CaseInsensitive)) {
            m_scene->selectNode(i);
            m_view->centreOnNode(i);
            return i;
        }
    }
    showStatus(tr("No node matches “%1”").arg(needle));
    return -1;
}

bool GraphPage::exportSvg(const QString& path, QString* error) const
{
    return GraphExporter::writeSvg(*m_scene, path, error);
}

bool GraphPage::exportPng(const QString& path, QString* error) const
{
    return GraphExporter::writePng(*m_scene, path, error);
}

void GraphPage::exportWithDialog(bool svg)
{
    const QString suggested = GraphPresentation::modeName(m_mode) +
                              (svg ? QStringLiteral(".svg") : QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export graph as SVG") : tr("Export graph as PNG"), suggested,
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(svg ? exportSvg(path, &error) : exportPng(path, &error)))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void GraphPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setColors(GraphColors::fromPalette(palette()));
        m_legend->setColors(GraphColors::fromPalette(palette()));
    }
    // Node boxes are sized from the font (presentation mode, zoom): lay out again, once.
    if (event->type() == QEvent::FontChange && m_project->isOpen() && !m_relayoutQueued) {
        m_relayoutQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_relayoutQueued = false;
                if (m_project->isOpen())
                    relayout();
            },
            Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

void GraphPage::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setToolTip(text);
}

} // namespace pwb
