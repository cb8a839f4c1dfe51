// SPDX-License-Identifier: MIT
#include "findingspanel.h"

#include "ruledocpanel.h"

#include "common/columnfitter.h"

#include "common/problembar.h"
#include "findingsgroupmodel.h"
#include "review/findingsfiltermodel.h"
#include "review/findingsmodel.h"
#include "severityicon.h"
#include "vcs/changedlinesfiltermodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pwb {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_filter(new FindingsFilterModel(this))
    , m_changed(new ChangedLinesFilterModel(this))
    , m_groups(new FindingsGroupModel(this))
    , m_view(new QTreeView(this))
    , m_text(new QLineEdit(this))
    , m_triage(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_onlyChanges(new QCheckBox(tr("Only in &my changes"), this))
    , m_high(new QToolButton(this))
    , m_medium(new QToolButton(this))
    , m_low(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_note(new QLabel(this))
    , m_saveProblem(new ProblemBar(this))
    , m_ruleDoc(new RuleDocPanel(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_changed->setRoles(FindingsModel::PathRole, FindingsModel::LineRole);
    m_changed->setSourceModel(m_filter);
    m_groups->setSourceModel(m_changed);

    const struct
    {
        QToolButton* button;
        Finding::Severity severity;
    } sev[] = {{m_high, Finding::Severity::High},
               {m_medium, Finding::Severity::Medium},
               {m_low, Finding::Severity::Low}};
    for (const auto& s : sev) {
        s.button->setCheckable(true);
        s.button->setChecked(true);
        s.button->setIcon(SeverityIcon::icon(s.severity));
        s.button->setText(Finding::severityLabel(s.severity));
        s.button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        s.button->setAutoRaise(true);
        s.button->setToolTip(tr("Show %1 findings").arg(Finding::severityLabel(s.severity)));
        connect(s.button, &QToolButton::toggled, this, &FindingsPanel::applySeverityFilter);
    }
    m_text->setPlaceholderText(tr("Filter findings…"));
    m_text->setClearButtonEnabled(true);
    m_triage->addItem(tr("Open and confirmed"));
    m_triage->addItem(tr("All states"));
    for (Finding::Triage t :
         {Finding::Triage::Open, Finding::Triage::Confirmed, Finding::Triage::WontFix,
          Finding::Triage::FalsePositive, Finding::Triage::Fixed})
        m_triage->addItem(Finding::triageLabel(t), int(t));
    m_grouping->addItem(tr("Group by file"), int(FindingsGroupModel::Grouping::ByFile));
    m_grouping->addItem(tr("Group by rule"), int(FindingsGroupModel::Grouping::ByRule));
    m_grouping->addItem(tr("No grouping"), int(FindingsGroupModel::Grouping::None));
    m_onlyChanges->setToolTip(tr("Keep findings on lines changed against the merge base of this "
                                 "branch with main/master (committed and uncommitted work)"));
    m_note->setObjectName(QStringLiteral("findingsNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    // A refused triage write stays visible until a decision is saved again: the decisions
    // made meanwhile live only in memory.
    m_saveProblem->setObjectName(QStringLiteral("triageSaveProblem"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));

    // A tool bar, not a row layout: at 1024 px (and in German) the filters move into the
    // overflow menu instead of making the whole row the window's minimum width.
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("findingsToolbar"));
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    bar->setIconSize(QSize(small, small)); // the severity icons keep their row height
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_high);
    bar->addWidget(m_medium);
    bar->addWidget(m_low);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_text->setMinimumWidth(120);
    bar->addWidget(m_text);
    bar->addWidget(m_triage);
    bar->addWidget(m_grouping);
    bar->addWidget(m_onlyChanges);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_groups);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setRootIsDecorated(true);
    m_view->header()->setStretchLastSection(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The count stays in sight beside the bar, never in its overflow menu.
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(bar, 1);
    top->addWidget(m_summary);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_saveProblem);
    // The rule of the current finding beside the table, not only in a tooltip.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_ruleDoc);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    // Triage on the selection, one key each while the table has focus.
    const struct
    {
        Finding::Triage state;
        QString text;
        Qt::Key key;
    } actions[] = {{Finding::Triage::Confirmed, tr("&Confirm"), Qt::Key_C},
                   {Finding::Triage::WontFix, tr("&Won't Fix"), Qt::Key_W},
                   {Finding::Triage::FalsePositive, tr("&False Positive"), Qt::Key_F},
                   {Finding::Triage::Fixed, tr("Mark Fi&xed"), Qt::Key_X},
                   {Finding::Triage::Open, tr("&Reopen"), Qt::Key_O}};
    for (const auto& a : actions) {
        auto* act = new QAction(a.text, m_view);
        act->setShortcut(QKeySequence(a.key));
        act->setShortcutContext(Qt::WidgetShortcut);
        act->setObjectName(QStringLiteral("triage-") + Finding::triageName(a.state));
        connect(act, &QAction::triggered, this, [this, state = a.state] {
            QString error;
            triageSelected(state, &error);
        });
        m_view->addAction(act);
    }
    m_previewFix = new QAction(tr("&Preview Fix…"), m_view);
    m_previewFix->setObjectName(QStringLiteral("previewFix"));
    m_previewFix->setVisible(false);
    connect(m_previewFix, &QAction::triggered, this, &FindingsPanel::previewFixRequested);
    m_view->addAction(m_previewFix);

    connect(m_text, &QLineEdit::textChanged, m_filter, &FindingsFilterModel::setText);
    connect(m_triage, &QComboBox::currentIndexChanged, this, &FindingsPanel::applyTriageFilter);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_groups->setGrouping(FindingsGroupModel::Grouping(m_grouping->currentData().toInt()));
        m_view->expandAll();
    });
    connect(m_onlyChanges, &QCheckBox::toggled, m_changed, &ChangedLinesFilterModel::setEnabled);
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] {
        // group rows ("lib/cart.ex (3)") read across the whole width
        for (int r = 0; r < m_groups->rowCount(); ++r) {
            if (m_groups->index(r, 0).data(FindingsGroupModel::IsGroupRole).toBool())
                m_view->setFirstColumnSpanned(r, {}, true);
        }
        m_view->expandAll();
        updateSummary();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& idx) {
        const QModelIndex src = m_groups->mapToSource(idx);
        if (src.isValid())
            emit findingActivated(src.data(FindingsModel::FindingRole).value<Finding>());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::currentFindingChanged);
    connect(this, &FindingsPanel::currentFindingChanged, this, [this] {
        Finding f;
        const bool has = currentFinding(&f);
        if (has)
            m_ruleDoc->showFinding(f);
        else
            m_ruleDoc->clearRule();
        // Offered only where there is a fix to preview.
        m_previewFix->setVisible(has && f.hasMechanicalFix());
    });
    applyTriageFilter();
}

void FindingsPanel::setModel(FindingsModel* model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    if (model) {
        connect(model, &FindingsModel::countsChanged, this, &FindingsPanel::updateSummary,
                Qt::UniqueConnection);
        // sections exist once a source is set
        m_view->setColumnHidden(FindingsModel::LineColumn, true);
        // Messages stay readable in a small window: severity, rule and file give way first.
        if (!m_fitter)
            m_fitter = new ColumnFitter(m_view, FindingsModel::MessageColumn, 220,
                                        {{FindingsModel::SeverityColumn, {220, 80}},
                                         {FindingsModel::RuleColumn, {210, 100}},
                                         {FindingsModel::FileColumn, {200, 100}},
                                         {FindingsModel::ToolColumn, {100, 56}},
                                         {FindingsModel::TriageColumn, {100, 64}}});
        m_fitter->fit();
    }
    updateSummary();
}

QToolButton* FindingsPanel::severityButton(Finding::Severity s) const
{
    switch (s) {
    case Finding::Severity::High:
        return m_high;
    case Finding::Severity::Medium:
        return m_medium;
    case Finding::Severity::Low:
        return m_low;
    }
    return nullptr;
}

void FindingsPanel::applySeverityFilter()
{
    QSet<Finding::Severity> s;
    if (m_high->isChecked())
        s << Finding::Severity::High;
    if (m_medium->isChecked())
        s << Finding::Severity::Medium;
    if (m_low->isChecked())
        s << Finding::Severity::Low;
    if (s.size() == 3)
        s.clear(); // all: no filter
    else if (s.isEmpty())
        s << Finding::Severity(-1); // none checked shows none, rather than "any"
    m_filter->setSeverities(s);
}

void FindingsPanel::applyTriageFilter()
{
    const int i = m_triage->currentIndex();
    if (i == 0)
        m_filter->setTriageStates({Finding::Triage::Open, Finding::Triage::Confirmed});
    else if (i == 1)
        m_filter->setTriageStates({});
    else
        m_filter->setTriageStates({Finding::Triage(m_triage->currentData().toInt())});
}

bool FindingsPanel::currentFinding(Finding* out) const
{
    const QModelIndex src = m_groups->mapToSource(m_view->currentIndex());
    if (!src.isValid())
        return false;
    *out = src.data(FindingsModel::FindingRole).value<Finding>();
    return true;
}

Findings FindingsPanel::shownFindings() const
{
    Findings out;
    const auto add = [&](const QModelIndex& idx) {
        const QModelIndex src = m_groups->mapToSource(idx);
        if (src.isValid())
            out << src.data(FindingsModel::FindingRole).value<Finding>();
    };
    for (int r = 0; r < m_groups->rowCount(); ++r) {
        const QModelIndex top = m_groups->index(r, 0);
        if (top.data(FindingsGroupModel::IsGroupRole).toBool()) {
            for (int c = 0; c < m_groups->rowCount(top); ++c)
                add(m_groups->index(c, 0, top));
        } else {
            add(top);
        }
    }
    return out;
}

bool FindingsPanel::selectFinding(const QString& id)
{
    const auto matches = [&](const QModelIndex& idx) {
        const QModelIndex src = m_groups->mapToSource(idx);
        return src.isValid() && src.data(FindingsModel::FindingRole).value<Finding>().id == id;
    };
    for (int r = 0; r < m_groups->rowCount(); ++r) {
        const QModelIndex top = m_groups->index(r, 0);
        QModelIndex hit;
        if (top.data(FindingsGroupModel::IsGroupRole).toBool()) {
            for (int c = 0; c < m_groups->rowCount(top) && !hit.isValid(); ++c) {
                if (matches(m_groups->index(c, 0, top)))
                    hit = m_groups->index(c, 0, top);
            }
        } else if (matches(top)) {
            hit = top;
        }
        if (hit.isValid()) {
            m_view->selectionModel()->setCurrentIndex(hit, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            m_view->scrollTo(hit);
            return true;
        }
    }
    return false;
}

bool FindingsPanel::triageSelected(Finding::Triage state, QString* error)
{
    if (!m_model)
        return false;
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& idx : rows) {
        const QModelIndex src = m_groups->mapToSource(idx);
        if (src.isValid())
            ids << src.data(FindingsModel::FindingRole).value<Finding>().id;
    }
    if (ids.isEmpty()) {
        Finding f;
        if (currentFinding(&f))
            ids << f.id;
    }
    bool ok = true;
    QString why;
    for (const QString& id : std::as_const(ids)) {
        const int row = m_model->rowForId(id);
        if (row >= 0 && !m_model->setTriage(row, state, {}, &why))
            ok = false;
    }
    updateSummary();
    if (!ok && !why.isEmpty()) {
        m_saveProblem->setProblem(
            tr("Triage decisions are not saved and will be lost when the project closes: %1")
                .arg(why));
        emit triageSaveFailed(why);
    } else if (ok && !ids.isEmpty()) {
        m_saveProblem->setProblem({});
    }
    if (error)
        *error = why;
    return ok && !ids.isEmpty();
}

void FindingsPanel::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString FindingsPanel::saveProblem() const
{
    return m_saveProblem->problem();
}

QString FindingsPanel::summary() const
{
    return m_summary->text();
}

void FindingsPanel::updateSummary()
{
    const int total = m_model ? m_model->count() : 0;
    m_summary->setText(tr("%1 of %n finding(s)", nullptr, total).arg(m_changed->rowCount()));
}

} // namespace pwb
