// SPDX-License-Identifier: MIT
#include "testhistorychart.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace pwb {

TestHistoryChart::TestHistoryChart(QWidget* parent)
    : QChartView(parent)
    , m_pass(new QLineSeries)
    , m_coverage(new QLineSeries)
    , m_duration(new QLineSeries)
{
    setObjectName(QStringLiteral("testHistoryChart"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    m_pass->setName(tr("Pass rate (%)"));
    m_coverage->setName(tr("Coverage (%)"));
    m_duration->setName(tr("Duration (s)"));
    for (QLineSeries* s : {m_pass, m_coverage, m_duration}) {
        s->setPointsVisible(true);
        chart->addSeries(s);
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd hh:mm"));
    x->setTitleText(tr("Run"));
    auto* pct = new QValueAxis;
    pct->setRange(0, 100);
    pct->setTitleText(tr("%"));
    auto* secs = new QValueAxis;
    secs->setTitleText(tr("seconds"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(pct, Qt::AlignLeft);
    chart->addAxis(secs, Qt::AlignRight);
    for (QLineSeries* s : {m_pass, m_coverage, m_duration})
        s->attachAxis(x);
    m_pass->attachAxis(pct);
    m_coverage->attachAxis(pct);
    m_duration->attachAxis(secs);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Test history"));
    // QChartView starts with a chart of its own and setChart() only releases it.
    QChart* initial = this->chart();
    setChart(chart);
    delete initial;
    applyTheme();
}

int TestHistoryChart::pointCount() const
{
    return int(m_pass->count());
}

void TestHistoryChart::setRuns(const QList<TestRunRecord>& runs)
{
    m_runs = runs;
    m_pass->clear();
    m_coverage->clear();
    m_duration->clear();
    double maxSecs = 1;
    QDateTime first, last;
    for (const TestRunRecord& r : runs) {
        const qreal x = qreal(r.finishedAt.toMSecsSinceEpoch());
        if (r.passRate() >= 0)
            m_pass->append(x, r.passRate());
        if (r.coverage >= 0)
            m_coverage->append(x, r.coverage);
        m_duration->append(x, r.seconds);
        maxSecs = std::max(maxSecs, r.seconds);
        if (!first.isValid())
            first = r.finishedAt;
        last = r.finishedAt;
    }
    const auto axes = chart()->axes();
    for (QAbstractAxis* a : axes) {
        if (auto* dt = qobject_cast<QDateTimeAxis*>(a)) {
            if (first.isValid())
                dt->setRange(first.addSecs(-60), last.addSecs(60));
        } else if (auto* v = qobject_cast<QValueAxis*>(a); v && a->alignment() == Qt::AlignRight) {
            v->setRange(0, maxSecs * 1.2);
        }
    }
}

void TestHistoryChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void TestHistoryChart::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setTitleBrush(palette().color(QPalette::Text));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
}

} // namespace pwb
