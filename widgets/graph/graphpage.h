// SPDX-License-Identifier: MIT
// The Delegation graph view.
#pragma once

#include <QWidget>

class EmptyState;
class Project;

class GraphPage : public QWidget
{
    Q_OBJECT
public:
    explicit GraphPage(Project* project, QWidget* parent = nullptr);

    EmptyState* emptyState() const { return m_empty; }

private:
    void refresh();

    Project* m_project;
    EmptyState* m_empty;
};
