// SPDX-License-Identifier: MIT
// Help > Keyboard Shortcuts: every shortcut the window has, read from its live QActions,
// QShortcuts and buttons, so the list cannot drift from what the keys really do.
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

class QLineEdit;
class QTabWidget;
class QTreeWidget;

namespace pwb {

struct ShortcutEntry
{
    QKeySequence keys;
    QString text;             // what it does ("Open Project")
    QString where;            // the menu or view it belongs to ("File", "Review")
    QPointer<QObject> source; // the QAction, QShortcut or button it was read from
};

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // `views` names the page each view's own shortcuts belong to.
    ShortcutsDialog(QWidget* window, QTabWidget* views, QWidget* parent = nullptr);

    // Every shortcut under `window` (and its menus), one entry per key sequence, sorted by
    // where, then text.
    static QList<ShortcutEntry> collect(QWidget* window, QTabWidget* views);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* filter() const { return m_filter; }

private:
    void applyFilter();

    QLineEdit* m_filter;
    QTreeWidget* m_list;
};

} // namespace pwb
