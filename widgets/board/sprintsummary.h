// SPDX-License-Identifier: MIT
// Hours done and remaining per sprint and overall (a SprintModel table) with a burndown
// of the remaining hours sprint by sprint (Qt Charts).
#pragma once

#include <QWidget>

class QChartView;
class QTableView;

namespace pwb {

class SprintModel;

class SprintSummary : public QWidget
{
    Q_OBJECT
public:
    explicit SprintSummary(SprintModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QChartView* chartView() const { return m_chart; }
    // Remaining hours after each sprint: planned (every planned task done) and as things
    // stand (only what is done now); index 0 is the start.
    QList<double> plannedRemaining() const { return m_planned; }
    QList<double> actualRemaining() const { return m_actual; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Builds the burndown anew; unless `force`, only when its numbers changed.
    void rebuildChart(bool force);

    SprintModel* m_model;
    QTableView* m_table;
    QChartView* m_chart;
    QList<double> m_planned;
    QList<double> m_actual;
    bool m_chartStale = false; // the numbers changed while the chart was hidden
};

} // namespace pwb
