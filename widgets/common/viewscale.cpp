// SPDX-License-Identifier: MIT
#include "viewscale.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QWheelEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace pwb {

namespace {

const QString kScaleKey = QStringLiteral("presentation/scale");

QFont scaled(const QFont& base, double factor)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        f.setPixelSize(qRound(base.pixelSize() * factor));
    return f;
}

} // namespace

ViewScale::ViewScale(QWidget* window, QTabWidget* views, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_views(views)
    , m_base(QApplication::font())
{
    QSettings s;
    m_scale = std::clamp(s.value(kScaleKey, kDefaultScale).toDouble(), kMinScale, kMaxScale);
    // Ctrl+wheel anywhere in a page zooms that page: the filter sees the wheel before the
    // widget under the pointer (QPlainTextEdit would otherwise zoom only its own font).
    qApp->installEventFilter(this);
    // Each page's zoom as the user last left it.
    for (int i = 0; views && i < views->count(); ++i) {
        QWidget* page = views->widget(i);
        const int steps = s.value(settingsKey(page), 0).toInt();
        if (steps != 0) {
            m_steps.insert(page, std::clamp(steps, kMinSteps, kMaxSteps));
            applyPage(page);
        }
    }
}

ViewScale::~ViewScale()
{
    if (m_presenting)
        QApplication::setFont(m_base);
}

QString ViewScale::settingsKey(QWidget* page) const
{
    return QStringLiteral("zoom/") + page->objectName();
}

void ViewScale::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (m_window) {
        if (on) {
            m_stateBefore = m_window->windowState();
            m_geometryBefore = m_window->geometry();
            fitToScreen();
        } else {
            m_window->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
            m_window->setWindowState(m_stateBefore & ~Qt::WindowFullScreen);
            if (!(m_stateBefore & (Qt::WindowMaximized | Qt::WindowFullScreen)))
                m_window->setGeometry(m_geometryBefore);
        }
    }
    apply();
    emit presentingChanged(on);
}

void ViewScale::fitToScreen()
{
    QScreen* screen = m_window->screen();
    if (screen) {
        // Never wider than the screen: a view whose minimum is wider gets cut, the projector
        // still shows the whole window. Without a window manager (a bare X server, a kiosk)
        // the full-screen state is only a hint, so the geometry is set too, before the state
        // (setting a geometry leaves full screen).
        m_window->setMaximumSize(screen->geometry().size());
        m_window->setGeometry(screen->geometry());
    }
    m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
}

void ViewScale::setPresentationScale(double scale)
{
    scale = std::clamp(scale, kMinScale, kMaxScale);
    QSettings().setValue(kScaleKey, scale);
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    if (m_presenting)
        apply();
    emit scaleChanged();
}

double ViewScale::zoom(QWidget* page) const
{
    return 1.0 + 0.1 * m_steps.value(page);
}

void ViewScale::zoomPage(QWidget* page, int steps)
{
    if (!page || steps == 0)
        return;
    if (const auto canvas = m_canvases.constFind(page); canvas != m_canvases.cend()) {
        canvas->zoomBy(std::pow(1.2, steps));
        return;
    }
    const int next = std::clamp(m_steps.value(page) + steps, kMinSteps, kMaxSteps);
    if (next == m_steps.value(page))
        return;
    m_steps.insert(page, next);
    QSettings().setValue(settingsKey(page), next);
    applyPage(page);
    emit scaleChanged();
}

void ViewScale::resetPage(QWidget* page)
{
    if (!page)
        return;
    if (const auto canvas = m_canvases.constFind(page); canvas != m_canvases.cend()) {
        canvas->reset();
        return;
    }
    if (m_steps.value(page) == 0)
        return;
    m_steps.remove(page);
    QSettings().remove(settingsKey(page));
    applyPage(page);
    emit scaleChanged();
}

void ViewScale::setCanvas(QWidget* page, std::function<void(double)> zoomBy,
                          std::function<void()> reset)
{
    m_canvases.insert(page, Canvas{std::move(zoomBy), std::move(reset)});
}

void ViewScale::setScaleHook(QWidget* page, std::function<void(double)> hook)
{
    m_hooks.insert(page, std::move(hook));
    if (factor(page) != 1.0)
        m_hooks.value(page)(factor(page));
}

QWidget* ViewScale::currentPage() const
{
    return m_views ? m_views->currentWidget() : nullptr;
}

QWidget* ViewScale::pageOf(QObject* object) const
{
    if (!m_views)
        return nullptr;
    for (QObject* o = object; o; o = o->parent()) {
        auto* w = qobject_cast<QWidget*>(o);
        if (w && m_views->indexOf(w) >= 0)
            return w;
        if (w && w->isWindow())
            break;
    }
    return nullptr;
}

void ViewScale::apply()
{
    // The application font carries the presentation scale to every widget that does not set
    // its own (menus, docks, dialogs, the status bar); pages add their zoom on top.
    QApplication::setFont(m_presenting ? scaled(m_base, m_scale) : m_base);
    // The application posts the change to every widget; deliver it now, so the pages' fonts
    // below (and anyone asking right after) see the new size.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    if (m_views) {
        m_views->setIconSize(QSize(18, 18) * uiScale());
        for (int i = 0; i < m_views->count(); ++i) {
            QWidget* page = m_views->widget(i);
            // The tab stack is as wide as its widest page, hidden ones included (a graph
            // still laying out shows more buttons): in presentation mode no page may push the
            // window past the screen, so their width hints are ignored.
            QSizePolicy policy = page->sizePolicy();
            if (m_presenting && !m_policies.contains(page)) {
                m_policies.insert(page, policy.horizontalPolicy());
                policy.setHorizontalPolicy(QSizePolicy::Ignored);
            } else if (!m_presenting && m_policies.contains(page)) {
                policy.setHorizontalPolicy(m_policies.take(page));
            }
            page->setSizePolicy(policy);
            applyPage(page);
        }
    }
    emit scaleChanged();
}

void ViewScale::applyPage(QWidget* page)
{
    const int steps = m_steps.value(page);
    if (steps == 0) {
        // An empty font: everything resolves from the parent, so the page follows the UI.
        page->setFont(QFont());
    } else {
        const QFont ui = QApplication::font();
        QFont f;
        if (ui.pointSizeF() > 0)
            f.setPointSizeF(ui.pointSizeF() * zoom(page));
        else
            f.setPixelSize(qRound(ui.pixelSize() * zoom(page)));
        page->setFont(f);
    }
    if (const auto hook = m_hooks.constFind(page); hook != m_hooks.cend())
        (*hook)(factor(page));
}

bool ViewScale::eventFilter(QObject* watched, QEvent* event)
{
    // Content that arrives later (a project's long names) may have widened the window past
    // the screen: fit it back, where the window's minimum allows.
    if (m_presenting && watched == m_window &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                QScreen* screen = m_window ? m_window->screen() : nullptr;
                // Only when it can work: no retrying against a minimum wider than the screen.
                if (m_presenting && screen && m_window->geometry() != screen->geometry() &&
                    m_window->minimumSizeHint().width() <= screen->geometry().width())
                    fitToScreen();
            },
            Qt::QueuedConnection);
    }
    if (event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (QWidget* page = pageOf(watched)) {
                // Touchpads send small deltas: one step per notch of 120.
                m_wheelRemainder += wheel->angleDelta().y();
                const int steps = m_wheelRemainder / 120;
                m_wheelRemainder -= steps * 120;
                zoomPage(page, steps);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pwb
