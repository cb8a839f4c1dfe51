// SPDX-License-Identifier: MIT
#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace pwb {

ColumnFitter::ColumnFitter(QTreeView* view, int stretch, int stretchMinimum,
                           QHash<int, Width> others)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_stretch(stretch)
    , m_stretchMinimum(stretchMinimum)
    , m_others(std::move(others))
{
    view->header()->setStretchLastSection(false);
    view->viewport()->installEventFilter(this);
    fit();
}

void ColumnFitter::fit()
{
    QHeaderView* header = m_view->header();
    if (header->count() <= m_stretch)
        return;
    int preferred = 0;
    int minimum = 0;
    for (auto it = m_others.cbegin(); it != m_others.cend(); ++it) {
        if (it.key() >= header->count() || header->isSectionHidden(it.key()))
            continue;
        preferred += it->preferred;
        minimum += it->minimum;
    }
    const int room = m_view->viewport()->width() - m_stretchMinimum;
    // 1 while everything fits at its preferred width, 0 when the others are at their minimum.
    const double scale =
        preferred <= minimum
            ? 1.0
            : std::clamp(double(room - minimum) / double(preferred - minimum), 0.0, 1.0);
    for (auto it = m_others.cbegin(); it != m_others.cend(); ++it) {
        if (it.key() >= header->count())
            continue;
        header->setSectionResizeMode(it.key(), QHeaderView::Interactive);
        header->resizeSection(it.key(),
                              it->minimum + int((it->preferred - it->minimum) * scale + 0.5));
    }
    // Too narrow even with the others at their minimum: the stretching column keeps its own
    // minimum and the view scrolls sideways, rather than squeezing it to nothing.
    if (room < minimum) {
        header->setSectionResizeMode(m_stretch, QHeaderView::Interactive);
        header->resizeSection(m_stretch, m_stretchMinimum);
    } else {
        header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
    }
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace pwb
