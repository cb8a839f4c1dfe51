// SPDX-License-Identifier: MIT
// The centred message a view shows when it has nothing to show: what is missing and what
// the user can do about it, with optional action buttons.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace pwb {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(const QString& iconName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setText(const QString& text); // rich text allowed
    QString title() const;
    QString text() const;
    // Adds a button; returns it so callers can connect and test it.
    QPushButton* addAction(const QString& label);
    void clearActions();

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QHBoxLayout* m_actions;
};

} // namespace pwb
