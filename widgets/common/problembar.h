// SPDX-License-Identifier: MIT
// A line under a view's tool bar that says what could not be written (path and reason) and
// stays until the next write succeeds. A status-bar message fades after seconds; a refused
// write means the user's work exists only in memory, so it must stay in sight.
#pragma once

#include <QLabel>

namespace pwb {

class ProblemBar : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemBar(QWidget* parent = nullptr);

    // Shows `text`; an empty text hides the bar.
    void setProblem(const QString& text);
    QString problem() const { return text(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
};

} // namespace pwb
