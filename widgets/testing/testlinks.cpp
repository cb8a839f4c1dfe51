// SPDX-License-Identifier: MIT
#include "testlinks.h"

#include "testing/testrunmodel.h"
#include "teststatedelegate.h"
#include "workspace/linkindex.h"
#include "workspace/project.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSet>
#include <QTreeView>

namespace pwb {

TestLinks::TestLinks(Project* project, QTreeView* tree, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_tree(tree)
{
    tree->viewport()->setMouseTracking(true);
    tree->viewport()->installEventFilter(this);
    tree->installEventFilter(this);
    const auto forget = [this] {
        m_traces.clear();
        m_hovered = QPersistentModelIndex();
        m_tree->viewport()->update();
    };
    connect(project, &Project::linksChanged, this, forget);
    connect(tree->model(), &QAbstractItemModel::modelReset, this, forget);
}

QString TestLinks::traceText()
{
    return tr("trace");
}

int TestLinks::traceWidth(const QStyleOptionViewItem& option)
{
    return option.fontMetrics.horizontalAdvance(traceText()) + option.fontMetrics.height();
}

LinkTarget TestLinks::sourceOf(const QModelIndex& index) const
{
    const QModelIndex name = index.siblingAtColumn(TestRunModel::NameColumn);
    if (name.data(TestRunModel::KindRole).toInt() != int(TestRunModel::NodeKind::Test))
        return {};
    const QString file = name.data(TestRunModel::FileRole).toString();
    if (file.isEmpty())
        return {};
    LinkTarget t = LinkTarget::file(file, name.data(TestRunModel::LineRole).toInt());
    t.label = name.data(Qt::DisplayRole).toString();
    return t;
}

LinkTarget TestLinks::traceOf(const QModelIndex& index) const
{
    const QModelIndex name = index.siblingAtColumn(TestRunModel::NameColumn);
    if (!sourceOf(name).isValid())
        return {};
    const QString key = name.data(TestRunModel::KeyRole).toString();
    const auto it = m_traces.constFind(key);
    if (it != m_traces.cend())
        return *it;
    LinkTarget trace;
    const auto* model = qobject_cast<const TestRunModel*>(name.model());
    if (const TestResult* r = model ? model->result(name) : nullptr) {
        // A trace the test links to itself (a spec test and the trace it recorded), or one
        // it reaches through its file, as the Related panel lists them: an ExUnit test
        // reaches the traces of the code it tests (a LiveView's test and the browser traces
        // of that LiveView). Of several, the one whose title shares the most words with the
        // test's name is its trace; ties keep the links' order.
        const LinkTarget test = LinkTarget::test(r->file, r->line, r->name, r->module);
        const auto words = [](const QString& text) {
            QSet<QString> out;
            static const QRegularExpression split(QStringLiteral("[^\\w]+"));
            for (const QString& w : text.toLower().split(split, Qt::SkipEmptyParts)) {
                if (w.size() > 3)
                    out.insert(w);
            }
            return out;
        };
        const QSet<QString> name = words(r->test.isEmpty() ? r->name : r->test);
        int best = -1;
        QSet<QString> scored;
        const auto consider = [&](const LinkTarget& t) {
            if (scored.contains(t.id))
                return; // a trace's steps all lead to the same trace
            scored.insert(t.id);
            const int score =
                int(QSet<QString>(name).intersect(words(t.label + u' ' + t.id)).size());
            if (score > best) {
                best = score;
                trace = LinkTarget::trace(t.id);
                trace.label = t.label;
            }
        };
        // Not LinkIndex::related(): that lists every finding of every file on the way, and
        // this runs on the GUI thread for each test row painted. Only traces are followed,
        // over the files' own link lists (shared, not copied).
        const LinkIndex& index = m_project->links();
        QSet<QString> files;
        for (const Link& l : index.direct(test)) {
            if (l.target.kind == LinkTarget::Kind::Trace) {
                consider(l.target);
            } else if (l.target.kind == LinkTarget::Kind::File && !files.contains(l.target.id)) {
                files.insert(l.target.id);
                const QList<Link> reached = index.own(LinkTarget::file(l.target.id));
                for (const Link& m : reached) {
                    if (m.target.kind == LinkTarget::Kind::Trace)
                        consider(m.target);
                }
            }
        }
    }
    m_traces.insert(key, trace);
    return trace;
}

QRect TestLinks::textRect(const QModelIndex& index) const
{
    auto* delegate = qobject_cast<TestStateDelegate*>(m_tree->itemDelegate());
    if (!delegate)
        return {};
    const QStyleOptionViewItem option = delegate->cellOption(m_tree, index);
    const QRect text =
        m_tree->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, m_tree);
    const int width =
        option.fontMetrics.horizontalAdvance(option.text) +
        2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, m_tree);
    return QRect(text.left(), option.rect.top(), std::min(width, text.width()),
                 option.rect.height());
}

QRect TestLinks::nameRect(const QModelIndex& index) const
{
    const QModelIndex name = index.siblingAtColumn(TestRunModel::NameColumn);
    if (!sourceOf(name).isValid())
        return {};
    return textRect(name);
}

QRect TestLinks::traceRect(const QModelIndex& index) const
{
    const QModelIndex name = index.siblingAtColumn(TestRunModel::NameColumn);
    if (!traceOf(name).isValid())
        return {};
    const QRect cell = m_tree->visualRect(name);
    auto* delegate = qobject_cast<TestStateDelegate*>(m_tree->itemDelegate());
    if (!delegate)
        return {};
    const int width = TestLinks::traceWidth(delegate->cellOption(m_tree, name));
    return QRect(cell.right() - width + 1, cell.top(), width, cell.height());
}

void TestLinks::setHovered(const QModelIndex& index, bool trace)
{
    if (m_hovered == index && m_hoveredTrace == trace)
        return;
    const QModelIndex before = m_hovered;
    m_hovered = index;
    m_hoveredTrace = trace;
    m_tree->viewport()->setCursor(index.isValid() ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (before.isValid())
        m_tree->viewport()->update(m_tree->visualRect(before));
    if (index.isValid())
        m_tree->viewport()->update(m_tree->visualRect(index));
}

bool TestLinks::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        // Enter opens the source (the view's own activation); Shift+Enter the trace.
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::ShiftModifier) {
            const LinkTarget trace = traceOf(m_tree->currentIndex());
            if (trace.isValid())
                emit linkRequested(trace);
            return true;
        }
        return false;
    }
    if (watched != m_tree->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseMove: {
        const QPoint pos = static_cast<QMouseEvent*>(event)->position().toPoint();
        const QModelIndex index = m_tree->indexAt(pos).siblingAtColumn(TestRunModel::NameColumn);
        if (traceRect(index).contains(pos))
            setHovered(index, true);
        else if (nameRect(index).contains(pos))
            setHovered(index, false);
        else
            setHovered({}, false);
        break;
    }
    case QEvent::Leave:
        setHovered({}, false);
        break;
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QModelIndex index = m_tree->indexAt(mouse->position().toPoint());
        m_pressed = mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier
                        ? QPersistentModelIndex(index.siblingAtColumn(TestRunModel::NameColumn))
                        : QPersistentModelIndex();
        break;
    }
    case QEvent::MouseButtonRelease: {
        // A click on a link both selects the row (the press did) and follows the link.
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_tree->indexAt(pos).siblingAtColumn(TestRunModel::NameColumn);
        const bool same = m_pressed.isValid() && m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (!same || mouse->button() != Qt::LeftButton)
            break;
        if (traceRect(index).contains(pos))
            emit linkRequested(traceOf(index));
        else if (nameRect(index).contains(pos))
            emit linkRequested(sourceOf(index));
        break;
    }
    default:
        break;
    }
    return false;
}

} // namespace pwb
