// SPDX-License-Identifier: MIT
#include "tourcallout.h"

#include "tourspotlight.h"

#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pwb {

namespace {
constexpr int kGap = 12;
}

TourCallout::TourCallout(QWidget* window)
    : QFrame(window)
    , m_window(window)
    , m_spotlight(new TourSpotlight(window))
    , m_counter(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_end(new QPushButton(tr("End Tour"), this))
{
    setObjectName(QStringLiteral("tourCallout"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 3);
    setGraphicsEffect(shadow);
    m_counter->setObjectName(QStringLiteral("tourCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_title->setObjectName(QStringLiteral("tourTitle"));
    QFont bold;
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_previous->setObjectName(QStringLiteral("tourPrevious"));
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_end->setObjectName(QStringLiteral("tourEnd"));
    m_previous->setToolTip(tr("Previous step (Page Up)"));
    m_next->setToolTip(tr("Next step (Page Down)"));
    m_end->setToolTip(tr("End the tour (Esc)"));
    // The keys drive the tour, not the buttons: focus stays in the view being shown.
    for (QPushButton* b : {m_previous, m_next, m_end})
        b->setFocusPolicy(Qt::NoFocus);
    connect(m_previous, &QPushButton::clicked, this, &TourCallout::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &TourCallout::nextRequested);
    connect(m_end, &QPushButton::clicked, this, &TourCallout::endRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_counter);
    buttons->addStretch(1);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_end);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    window->installEventFilter(this);
    hide();
}

TourCallout::~TourCallout() = default;

QString TourCallout::title() const
{
    return m_title->text();
}

QString TourCallout::text() const
{
    return m_text->text();
}

void TourCallout::showStep(int index, int count, const QString& title, const QString& text,
                           QWidget* target)
{
    m_counter->setText(tr("%1 of %2").arg(index + 1).arg(count));
    m_title->setText(title);
    m_text->setText(text);
    m_previous->setEnabled(index > 0);
    m_next->setText(index + 1 < count ? tr("Next") : tr("Finish"));
    m_target = target;
    show();
    raise();
    place();
}

void TourCallout::dismiss()
{
    hide();
    m_spotlight->hide();
    m_target = nullptr;
}

void TourCallout::place()
{
    // Wide enough for a few lines of text at the current font (presentation mode included).
    const int width = std::min(fontMetrics().averageCharWidth() * 52, m_window->width() - 2 * kGap);
    const int height =
        std::min(heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height(),
                 m_window->height() - 2 * kGap);
    const QRect bounds = m_window->rect().adjusted(kGap, kGap, -kGap, -kGap);
    QRect area;
    if (m_target && m_target->isVisible())
        area = QRect(m_target->mapTo(m_window, QPoint(0, 0)), m_target->size());
    m_spotlight->setArea(area);
    QRect box(QPoint(bounds.right() - width, bounds.bottom() - height), QSize(width, height));
    if (!area.isEmpty()) {
        // Beside the target when it fits (right, left, below, above), else bottom right.
        const QList<QRect> tries{
            QRect(QPoint(area.right() + kGap, area.top()), box.size()),
            QRect(QPoint(area.left() - kGap - width, area.top()), box.size()),
            QRect(QPoint(area.left(), area.bottom() + kGap), box.size()),
            QRect(QPoint(area.left(), area.top() - kGap - height), box.size()),
        };
        for (const QRect& r : tries) {
            if (bounds.contains(r)) {
                box = r;
                break;
            }
        }
    }
    setGeometry(box);
    raise();
    m_spotlight->raise();
    raise();
}

bool TourCallout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && isVisible() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace pwb
