// SPDX-License-Identifier: MIT
#include "navigator.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTabWidget>

namespace pwb {

namespace {
// A long walk through the story must not grow without end.
constexpr int kMaxHistory = 200;
} // namespace

Navigator::Navigator(QTabWidget* views, QObject* parent)
    : QObject(parent)
    , m_views(views)
{
    connect(views, &QTabWidget::currentChanged, this, &Navigator::onTabChanged);
    // The mouse's back/forward buttons act anywhere in the window, whichever child has the
    // pointer: an application filter sees them before a view swallows them.
    qApp->installEventFilter(this);
}

Navigator::~Navigator()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void Navigator::registerView(const QString& view, QWidget* page, ShowFunction show)
{
    if (!m_registered.contains(view))
        m_order.append(view);
    m_registered.insert(view, View{page, std::move(show)});
}

QStringList Navigator::views() const
{
    return m_order;
}

QString Navigator::currentView() const
{
    if (!m_views)
        return {};
    QWidget* page = m_views->currentWidget();
    for (auto it = m_registered.cbegin(); it != m_registered.cend(); ++it) {
        if (it->page == page)
            return it.key();
    }
    return {};
}

LinkTarget Navigator::current() const
{
    const QString view = currentView();
    const LinkTarget selected = m_selection.value(view);
    return selected.isValid() ? selected : LinkTarget::viewOnly(view);
}

bool Navigator::go(const LinkTarget& target)
{
    const auto it = m_registered.constFind(target.view());
    if (it == m_registered.cend() || !it->page || !m_views)
        return false;
    QWidget* before = m_views->currentWidget();
    ++m_going;
    m_views->setCurrentWidget(it->page);
    const bool ok = target.kind == LinkTarget::Kind::None || !it->show || it->show(target);
    if (!ok)
        m_views->setCurrentWidget(before); // a refused link leaves the user where they were
    --m_going;
    if (ok && target.isValid())
        setSelection(target.view(), target);
    else
        onTabChanged();
    if (ok)
        emit navigated(target);
    return ok;
}

bool Navigator::navigateTo(const LinkTarget& link)
{
    // A copy: the caller's target may live in a list that the navigation itself rebuilds.
    const LinkTarget target = link;
    const LinkTarget here = current();
    if (!m_registered.contains(target.view()))
        return false;
    // A test that is not in the run shown, a finding gone since: its file still is a place.
    const bool hasFile = !target.path.isEmpty() && target.kind != LinkTarget::Kind::File &&
                         target.kind != LinkTarget::Kind::Trace;
    if (!go(target) && !(hasFile && go(LinkTarget::file(target.path, target.line))))
        return false;
    if (!here.id.isEmpty() && !(here == target)) {
        m_back.append(here);
        if (m_back.size() > kMaxHistory)
            m_back.removeFirst();
    }
    m_forward.clear();
    emit historyChanged();
    return true;
}

bool Navigator::back()
{
    // Entries a view can no longer show (a deleted file, a closed document) are skipped.
    while (!m_back.isEmpty()) {
        const LinkTarget here = current();
        const LinkTarget target = m_back.takeLast();
        if (go(target)) {
            m_forward.append(here);
            emit historyChanged();
            return true;
        }
    }
    emit historyChanged();
    return false;
}

bool Navigator::forward()
{
    while (!m_forward.isEmpty()) {
        const LinkTarget here = current();
        const LinkTarget target = m_forward.takeLast();
        if (go(target)) {
            m_back.append(here);
            emit historyChanged();
            return true;
        }
    }
    emit historyChanged();
    return false;
}

void Navigator::clear()
{
    m_back.clear();
    m_forward.clear();
    m_selection.clear();
    m_lastCurrent = LinkTarget();
    emit historyChanged();
}

void Navigator::setSelection(const QString& view, const LinkTarget& target)
{
    if (target.isValid()) {
        // A link carries no label; the view's own report of the same place has one.
        const LinkTarget old = m_selection.value(view);
        if (target.label.isEmpty() && old == target)
            return;
        m_selection.insert(view, target);
    } else
        m_selection.remove(view);
    if (view == currentView())
        onTabChanged();
}

void Navigator::onTabChanged()
{
    if (m_going)
        return;
    const LinkTarget now = current();
    if (now == m_lastCurrent && now.label == m_lastCurrent.label)
        return;
    m_lastCurrent = now;
    emit currentChanged(now);
}

bool Navigator::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && m_views) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const Qt::MouseButton button = mouse->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && widget->window() == m_views->window()) {
                if (button == Qt::BackButton)
                    back();
                else
                    forward();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pwb
