// SPDX-License-Identifier: MIT
// A frame drawn around the widget a tour step is about; it lets every click through.
#pragma once

#include <QWidget>

namespace pwb {

class TourSpotlight : public QWidget
{
    Q_OBJECT
public:
    explicit TourSpotlight(QWidget* window);
    // `rect` in the window's coordinates; an empty rect hides the frame.
    void setArea(const QRect& rect);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace pwb
