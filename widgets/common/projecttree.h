// SPDX-License-Identifier: MIT
// The project's files as a filterable tree; activating a file asks to open it.
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QLabel;

namespace pwb {

class Project;

class ProjectTree : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectTree(Project* project, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    void setFilterText(const QString& text);

signals:
    // A file (project-relative path) was activated.
    void fileActivated(const QString& relativePath);

private:
    void updateStatus();

    Project* m_project;
    QLineEdit* m_filter;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLabel* m_status;
};

} // namespace pwb
