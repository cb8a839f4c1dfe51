// SPDX-License-Identifier: MIT
// The guided tour of the bundled demo: eight steps along the story the workbench exists
// for (task → agent → code → findings → tests → trace), each going to its thing through the
// window's Navigator (the links' API: Alt+Left walks back) and explaining it in a callout. Page
// Down / Page Up (what a presenter's clicker sends) or the buttons move; Esc ends; Help > Guided
// Tour starts it again.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "workspace/linktarget.h"

#include <functional>

class QTimer;
class QWidget;

namespace pwb {

class MainWindow;
class TourCallout;

class GuidedTour : public QObject
{
    Q_OBJECT
public:
    explicit GuidedTour(MainWindow* window);
    ~GuidedTour() override;

    // What the demo's story is about (the tests check each step selects these).
    static constexpr const char* kTask = "TRD-007";
    static constexpr const char* kAgent = "elixir-phoenix-expert";
    static constexpr const char* kCode = "apps/shop_web/lib/shop_web/live/checkout_live.ex";
    static constexpr int kCodeLine = 114;
    static constexpr int kFindingLine = 65;
    static constexpr const char* kFindingRule = "otp/unsupervised-spawn";
    static constexpr const char* kTestFile = "apps/shop/test/shop/pricing_test.exs";
    static constexpr int kTestLine = 18;
    static constexpr int kFailureLine = 20;
    static constexpr const char* kTrace =
        "test-results/shop-cart-applies-the-WELCOME10-coupon/trace.zip";

    int count() const { return int(m_steps.size()); }
    int current() const { return m_current; }
    bool isActive() const { return m_current >= 0; }
    // The view (board, graph, review, tests, traces) a step shows.
    QString viewOf(int step) const;
    TourCallout* callout() const { return m_callout; }

    // Starts (or restarts) at `step` (0-based); the demo must be open.
    void start(int step = 0);
    void next();
    void previous();
    void stop();
    // True once the current step's selection is made (views load in the background).
    bool isStepReady() const { return m_ready; }

signals:
    void stepChanged(int step);
    void stepReady(int step);
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Step
    {
        QString view;
        QString title;
        QString text;
        // Where the step goes, through the main window's Navigator (so Alt+Left walks the
        // story back); invalid while the view cannot say yet (a finding still being found).
        std::function<LinkTarget()> link;
        // Whether the view shows it (views load in the background; asked again).
        std::function<bool()> shown;
        // The widget the callout points at.
        std::function<QWidget*()> target;
    };
    void buildSteps();
    void enter(int step);
    void trySelect();

    MainWindow* m_window;
    QList<Step> m_steps;
    TourCallout* m_callout;
    QTimer* m_retry;
    int m_current = -1;
    int m_attempts = 0;
    bool m_navigated = false;
    bool m_ready = false;
};

} // namespace pwb
