// SPDX-License-Identifier: MIT
// The guided tour's callout: a small card floating over the window with the step's title,
// a short text, "3 of 8" and Previous / Next / End. It places itself beside the widget the
// step is about (never over it when there is room) and draws a frame around that widget.
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace pwb {

class TourSpotlight;

class TourCallout : public QFrame
{
    Q_OBJECT
public:
    explicit TourCallout(QWidget* window);
    ~TourCallout() override;

    // Shows a step pointing at `target` (null: no frame, the callout sits bottom right).
    void showStep(int index, int count, const QString& title, const QString& text, QWidget* target);
    void dismiss();

    QString title() const;
    QString text() const;
    QWidget* target() const { return m_target; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* endButton() const { return m_end; }

signals:
    void nextRequested();
    void previousRequested();
    void endRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QWidget* m_window;
    QPointer<QWidget> m_target;
    TourSpotlight* m_spotlight;
    QLabel* m_counter;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_end;
};

} // namespace pwb
