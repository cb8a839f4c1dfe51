// SPDX-License-Identifier: MIT
#include "sprintsummary.h"

#include "tasks/sprintmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLineSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pwb {

SprintSummary::SprintSummary(SprintModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
{
    setObjectName(QStringLiteral("sprintSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("sprintTable"));
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SprintModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 2);
    m_chart->setObjectName(QStringLiteral("burndown"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 3);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { rebuildChart(false); });
    rebuildChart(true);
}

void SprintSummary::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildChart(true);
}

void SprintSummary::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_chartStale)
        rebuildChart(true);
}

void SprintSummary::rebuildChart(bool force)
{
    const TrdStats& s = m_model->stats();
    // A new QChart costs the GUI thread a chart layout and a repaint (about 10 ms in a debug
    // build), and the model resets on every re-read of the plans, most of which change no
    // hour: the chart is rebuilt only when the burndown it draws changed.
    QList<double> planned;
    QList<double> actual;
    if (s.tasks > 0) {
        planned << s.hoursTotal;
        actual << s.hoursTotal;
        for (const auto& sprint : s.sprints) {
            planned << planned.last() - sprint.newHours;
            actual << actual.last() - sprint.newHoursDone;
        }
    }
    if (!force && !m_chartStale && planned == m_planned && actual == m_actual)
        return;
    m_planned = planned;
    m_actual = actual;
    // The burndown sits on a side tab that is not shown when the board opens: the chart is
    // built when it is first shown, not on the GUI thread's busiest moment.
    if (!isVisible()) {
        m_chartStale = true;
        return;
    }
    m_chartStale = false;
    m_planned.clear();
    m_actual.clear();
    auto* chart = new QChart;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->setTitle(tr("Remaining hours by sprint"));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (s.tasks > 0) {
        auto* planned = new QLineSeries(chart);
        planned->setName(tr("Planned (sprint done in full)"));
        auto* actual = new QLineSeries(chart);
        actual->setName(tr("Remaining now"));
        double plannedLeft = s.hoursTotal;
        double actualLeft = s.hoursTotal;
        m_planned << plannedLeft;
        m_actual << actualLeft;
        planned->append(0, plannedLeft);
        actual->append(0, actualLeft);
        auto* x = new QCategoryAxis(chart);
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->append(tr("Start"), 0);
        for (int i = 0; i < s.sprints.size(); ++i) {
            plannedLeft -= s.sprints.at(i).newHours;
            actualLeft -= s.sprints.at(i).newHoursDone;
            m_planned << plannedLeft;
            m_actual << actualLeft;
            planned->append(i + 1, plannedLeft);
            actual->append(i + 1, actualLeft);
            x->append(tr("S%1").arg(i + 1), i + 1);
        }
        chart->addSeries(planned);
        chart->addSeries(actual);
        QPen pp(dark ? QColor(0x93, 0xc5, 0xfd) : QColor(0x1d, 0x4e, 0xd8));
        pp.setWidthF(2);
        pp.setStyle(Qt::DashLine);
        planned->setPen(pp);
        QPen ap(dark ? QColor(0xfb, 0x92, 0x3c) : QColor(0xc2, 0x41, 0x0c));
        ap.setWidthF(2.5);
        actual->setPen(ap);
        actual->setPointsVisible(true);
        x->setRange(0, std::max<qsizetype>(1, s.sprints.size()));
        x->setLabelsColor(palette().color(QPalette::Text));
        auto* y = new QValueAxis(chart);
        y->setRange(std::min(0.0, std::min(plannedLeft, actualLeft)), std::max(1.0, s.hoursTotal));
        y->setLabelFormat(QStringLiteral("%d h"));
        y->setLabelsColor(palette().color(QPalette::Text));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (auto* series : {planned, actual}) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace pwb
