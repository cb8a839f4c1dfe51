// SPDX-License-Identifier: MIT
// Browser-like navigation across the views: navigateTo(target) switches to the view that
// shows a LinkTarget and selects it there, remembering where the user was, so back() and
// forward() (Alt+Left/Right, the mouse's back/forward buttons) retrace the steps. The main
// window owns one (MainWindow::navigator()); each view registers how it shows a target and
// reports its selection, which is what the Related panel follows.
//
// The API is public and stable: the guided tour and the GUI tests drive the views with it.
#pragma once

#include "workspace/linktarget.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTabWidget;
class QWidget;

namespace pwb {

class Navigator : public QObject
{
    Q_OBJECT
public:
    // Shows a target in its view (the view is already current); false when it cannot.
    using ShowFunction = std::function<bool(const LinkTarget&)>;

    // `views` holds the pages; mouse back/forward buttons count inside its window.
    explicit Navigator(QTabWidget* views, QObject* parent = nullptr);
    ~Navigator() override;

    // Declares the page showing `view` ("board", "graph", "review", "tests", "traces").
    void registerView(const QString& view, QWidget* page, ShowFunction show);
    QStringList views() const;
    QString currentView() const;

    // Goes to the target's view and selects it there; where the user was goes on the back
    // history and the forward history is dropped. False (and nothing recorded) when no view
    // shows this kind of target or the view refuses it.
    bool navigateTo(const LinkTarget& link);
    bool back();
    bool forward();
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // Most recent last.
    const QList<LinkTarget>& backHistory() const { return m_back; }
    const QList<LinkTarget>& forwardHistory() const { return m_forward; }
    // Forgets the history and the selections (the project closed).
    void clear();

    // Views call this when their selection changes (`target` invalid: nothing selected).
    void setSelection(const QString& view, const LinkTarget& target);
    LinkTarget selection(const QString& view) const { return m_selection.value(view); }
    // The current view's selection, or LinkTarget::viewOnly(view) when it has none.
    LinkTarget current() const;

signals:
    void historyChanged();
    // The current view or its selection changed.
    void currentChanged(const LinkTarget& target);
    // A navigateTo/back/forward landed on `target`.
    void navigated(const LinkTarget& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool go(const LinkTarget& target);
    void onTabChanged();

    QPointer<QTabWidget> m_views;
    struct View
    {
        QPointer<QWidget> page;
        ShowFunction show;
    };
    QHash<QString, View> m_registered;
    QStringList m_order;
    QHash<QString, LinkTarget> m_selection;
    QList<LinkTarget> m_back;
    QList<LinkTarget> m_forward;
    LinkTarget m_lastCurrent;
    int m_going = 0; // inside go(): tab switches are not history entries
};

} // namespace pwb
