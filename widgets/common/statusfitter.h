// SPDX-License-Identifier: MIT
// A status bar that fits its width: the main label (the project's identity) is elided with
// its full text in the tooltip, and lower-priority labels (file count, git, finding counts)
// are dropped in order when the bar is too narrow, instead of overlapping each other.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;

namespace pwb {

class StatusFitter : public QObject
{
    Q_OBJECT
public:
    StatusFitter(QStatusBar* bar, QLabel* main);

    // Labels in the order they are dropped (the first added goes first). A label is shown
    // when it has text and there is room.
    void addDroppable(QLabel* label);
    void setMainText(const QString& text);
    QString mainText() const { return m_mainText; }
    void fit();

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStatusBar* m_bar;
    QLabel* m_main;
    QList<QLabel*> m_droppable;
    QString m_mainText;
    bool m_fitting = false;
};

} // namespace pwb
