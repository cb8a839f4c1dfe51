// SPDX-License-Identifier: MIT
// Pass rate, coverage (left axis, %) and duration (right axis, s) of a project's runs.
#pragma once

#include "testing/testhistory.h"

#include <QChartView>

class QLineSeries;

namespace pwb {

class TestHistoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit TestHistoryChart(QWidget* parent = nullptr);
    void setRuns(const QList<TestRunRecord>& runs);
    int pointCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    QList<TestRunRecord> m_runs;
    QLineSeries* m_pass;
    QLineSeries* m_coverage;
    QLineSeries* m_duration;
};

} // namespace pwb
