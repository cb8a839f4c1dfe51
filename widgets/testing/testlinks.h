// SPDX-License-Identifier: MIT
// Test names in the Tests view are links. A click on a test's name (or Enter) opens its
// source line in the editor; a click on "trace" beside it (or Shift+Enter) opens the
// Playwright trace the links model ties to it. Both go through linkRequested, which the main
// window hands to the Navigator, so Back returns to the test.
//
// Which test has a trace comes from the project's LinkIndex (Project::links()); it is looked
// up once per test on first paint and forgotten when the links or the run change.
#pragma once

#include "workspace/linktarget.h"

#include <QHash>
#include <QObject>
#include <QPersistentModelIndex>
#include <QRect>

class QStyleOptionViewItem;
class QTreeView;

namespace pwb {

class Project;

class TestLinks : public QObject
{
    Q_OBJECT
public:
    TestLinks(Project* project, QTreeView* tree, QObject* parent = nullptr);

    // The test's source line; invalid for rows that are not a test with a file.
    LinkTarget sourceOf(const QModelIndex& index) const;
    // The trace linked to the test; invalid when it has none.
    LinkTarget traceOf(const QModelIndex& index) const;
    // Where the name and the "trace" link are drawn in the name cell (viewport coordinates);
    // empty when the row has no such link.
    QRect nameRect(const QModelIndex& index) const;
    QRect traceRect(const QModelIndex& index) const;
    // The link the mouse is over (for the underline): its row, and whether it is the trace.
    QPersistentModelIndex hovered() const { return m_hovered; }
    bool hoveredTrace() const { return m_hoveredTrace; }
    // Width the "trace" link takes at the right end of the name cell, and its text.
    static int traceWidth(const QStyleOptionViewItem& option);
    static QString traceText();

signals:
    void linkRequested(const pwb::LinkTarget& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setHovered(const QModelIndex& index, bool trace);
    QRect textRect(const QModelIndex& index) const;

    Project* m_project;
    QTreeView* m_tree;
    // Compared in eventFilter, never called: the tree may be half destroyed by then.
    QObject* m_viewport;
    mutable QHash<QString, LinkTarget> m_traces; // by test key; invalid: none
    QPersistentModelIndex m_hovered;
    bool m_hoveredTrace = false;
    QPersistentModelIndex m_pressed;
};

} // namespace pwb
