// SPDX-License-Identifier: MIT
#include "plansoverview.h"

#include "tasks/plansmodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace pwb {

PlansOverview::PlansOverview(PlansModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("plansOverview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(PlansModel::SortRole);
    m_view->setObjectName(QStringLiteral("plansTable"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PlansModel::DocumentColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* h = m_view->header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(PlansModel::DocumentColumn, QHeaderView::Stretch);
    // activated: double-click, or Enter (and a single click where the style says so).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& i) {
        const int doc = m_proxy->mapToSource(i).isValid()
                            ? m_model->documentAt(m_proxy->mapToSource(i).row())
                            : -1;
        if (doc >= 0)
            emit openRequested(doc);
    });
    setFocusProxy(m_view);
}

int PlansOverview::currentDocument() const
{
    const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
    return i.isValid() ? m_model->documentAt(i.row()) : -1;
}

void PlansOverview::selectDocument(int documentIndex)
{
    const int row = m_model->rowOf(documentIndex);
    if (row < 0)
        return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_view->scrollTo(i);
}

} // namespace pwb
