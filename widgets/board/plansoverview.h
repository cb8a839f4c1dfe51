// SPDX-License-Identifier: MIT
// The board's Plans page: every plan of the project in one sortable table (PlansModel).
// Double-click or Enter on a row opens that document's board.
#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace pwb {

class PlansModel;

class PlansOverview : public QWidget
{
    Q_OBJECT
public:
    explicit PlansOverview(PlansModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    PlansModel* model() const { return m_model; }
    // The TaskDocuments index of the current row, or -1.
    int currentDocument() const;
    void selectDocument(int documentIndex);

signals:
    void openRequested(int documentIndex);

private:
    PlansModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
};

} // namespace pwb
