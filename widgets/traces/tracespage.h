// SPDX-License-Identifier: MIT
// The LiveView traces view.
#pragma once

#include <QWidget>

class EmptyState;
class Project;

class TracesPage : public QWidget
{
    Q_OBJECT
public:
    explicit TracesPage(Project* project, QWidget* parent = nullptr);

    EmptyState* emptyState() const { return m_empty; }

private:
    void refresh();

    Project* m_project;
    EmptyState* m_empty;
};
