// SPDX-License-Identifier: MIT
// Keeps the stretching column of a tree or table readable in a narrow window: the other
// columns keep their preferred widths while there is room and shrink towards their
// minimums before the stretching one (test names, finding messages) drops below its own.
#pragma once

#include <QHash>
#include <QObject>
#include <QPair>

class QTreeView;

namespace pwb {

class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    struct Width
    {
        int preferred = 100;
        int minimum = 50;
    };
    // Fits `view`'s columns on every resize; `stretch` is the column that takes the rest.
    ColumnFitter(QTreeView* view, int stretch, int stretchMinimum, QHash<int, Width> others);

    void fit();
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeView* m_view;
    // Compared, never called: events still arrive while the view is half destroyed, when a
    // call on it is undefined behaviour (UBSan: not a QAbstractScrollArea any more).
    QObject* m_viewport;
    int m_stretch;
    int m_stretchMinimum;
    QHash<int, Width> m_others;
};

} // namespace pwb
