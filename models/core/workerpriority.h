// SPDX-License-Identifier: MIT
// Background work yields to the GUI thread. Every parse, analysis and link computation runs
// on QThreadPool::globalInstance(); on a 2-core machine two of those threads take as much
// CPU as the GUI thread, and a repaint that needs 7 ms of CPU waits 20 ms for it. Qt's
// thread priorities do nothing under Linux's default scheduler (only IdlePriority changes
// the policy, to SCHED_IDLE, which starves the work on a busy machine), so the pool's
// threads are given a higher nice value, per thread, which the scheduler honours.
#pragma once

namespace pwb::WorkerPriority {

// Makes the global pool's threads keep running (no expiry, so the priority stays with
// them) and gives each `niceIncrement` more than the process. Returns at once; the threads
// take it as they run their first task. Once per process; later calls do nothing. Linux
// only; elsewhere a no-op.
void lowerGlobalPool(int niceIncrement = 5);

// The nice value of the calling thread, and whether the pool's threads were lowered (for
// tests).
int currentThreadNice();
bool lowered();

} // namespace pwb::WorkerPriority
