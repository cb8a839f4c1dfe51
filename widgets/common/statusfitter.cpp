// SPDX-License-Identifier: MIT
#include "statusfitter.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QStatusBar>
#include <QStyle>

namespace pwb {

namespace {
// The main label keeps at least this much (the project's name) before it is elided further.
constexpr int kMainMinimum = 160;
} // namespace

StatusFitter::StatusFitter(QStatusBar* bar, QLabel* main)
    : QObject(bar)
    , m_bar(bar)
    , m_main(main)
{
    // A label's minimum width is its text's width: too long a text pushed the others over
    // it. The main label may shrink to nothing; fit() elides its text.
    main->setMinimumWidth(0);
    main->setSizePolicy(QSizePolicy::Ignored, main->sizePolicy().verticalPolicy());
    bar->installEventFilter(this);
}

void StatusFitter::addDroppable(QLabel* label)
{
    m_droppable.append(label);
    fit();
}

void StatusFitter::setMainText(const QString& text)
{
    m_mainText = text;
    fit();
}

void StatusFitter::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    const int spacing = 2 * m_bar->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) + 8;
    // Room for labels: the bar less its margins and the size grip.
    const int available = m_bar->width() - 30;
    const int mainWanted =
        qMin(m_main->fontMetrics().horizontalAdvance(m_mainText) + 8, kMainMinimum);
    int used = mainWanted;
    QList<QLabel*> shown;
    for (QLabel* l : std::as_const(m_droppable)) {
        if (!l->text().isEmpty()) {
            shown.append(l);
            used += l->sizeHint().width() + spacing;
        }
    }
    // Drop from the front of the list (lowest priority) until the rest fits.
    for (QLabel* l : std::as_const(m_droppable)) {
        if (used <= available)
            break;
        if (shown.removeOne(l))
            used -= l->sizeHint().width() + spacing;
    }
    int others = 0;
    for (QLabel* l : std::as_const(m_droppable)) {
        const bool visible = shown.contains(l);
        l->setVisible(visible);
        if (visible)
            others += l->sizeHint().width() + spacing;
    }
    const int mainWidth = qMax(0, available - others);
    const QString elided =
        m_main->fontMetrics().elidedText(m_mainText, Qt::ElideRight, qMax(0, mainWidth - 8));
    m_main->setText(elided);
    m_main->setMaximumWidth(mainWidth > 0 ? mainWidth : QWIDGETSIZE_MAX);
    m_fitting = false;
}

bool StatusFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bar && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace pwb
