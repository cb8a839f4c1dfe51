// SPDX-License-Identifier: MIT
#include "tourspotlight.h"

#include <QPainter>

namespace pwb {

namespace {
constexpr int kPen = 3;
}

TourSpotlight::TourSpotlight(QWidget* window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("tourSpotlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void TourSpotlight::setArea(const QRect& rect)
{
    if (rect.isEmpty()) {
        hide();
        return;
    }
    setGeometry(rect.adjusted(-kPen, -kPen, kPen, kPen).intersected(parentWidget()->rect()));
    show();
    raise();
}

void TourSpotlight::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor c = palette().color(QPalette::Highlight);
    p.setPen(QPen(c, kPen));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(kPen / 2.0, kPen / 2.0, -kPen / 2.0, -kPen / 2.0), 6,
                      6);
}

} // namespace pwb
