// SPDX-License-Identifier: MIT
// The Tests view.
#pragma once

#include <QWidget>

class EmptyState;
class Project;

class TestsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TestsPage(Project* project, QWidget* parent = nullptr);

    EmptyState* emptyState() const { return m_empty; }

private:
    void refresh();

    Project* m_project;
    EmptyState* m_empty;
};
