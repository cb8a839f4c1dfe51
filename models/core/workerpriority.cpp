// SPDX-License-Identifier: MIT
#include "workerpriority.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <memory>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pwb::WorkerPriority {

namespace {
std::atomic_bool g_lowered{false};

#ifdef Q_OS_LINUX
int threadId()
{
    return int(::syscall(SYS_gettid));
}
#endif
} // namespace

int currentThreadNice()
{
#ifdef Q_OS_LINUX
    errno = 0;
    return ::getpriority(PRIO_PROCESS, id_t(threadId()));
#else
    return 0;
#endif
}

bool lowered()
{
    return g_lowered.load();
}

void lowerGlobalPool(int niceIncrement)
{
#ifdef Q_OS_LINUX
    if (g_lowered.exchange(true))
        return;
    QThreadPool* pool = QThreadPool::globalInstance();
    // A thread that expired would be replaced by one at the normal priority.
    pool->setExpiryTimeout(-1);
    const int threads = pool->maxThreadCount();
    const int target = currentThreadNice() + niceIncrement;
    // One task per thread: each waits (briefly) until all have started, so no thread runs
    // two of them and each thread lowers itself. Nobody waits for them on the GUI thread.
    auto arrived = std::make_shared<QSemaphore>(0);
    for (int i = 0; i < threads; ++i) {
        pool->start([arrived, threads, target] {
            ::setpriority(PRIO_PROCESS, id_t(threadId()), target);
            arrived->release();
            // Until every thread has one; a pool busy elsewhere must not hold it for long.
            if (arrived->tryAcquire(threads, 1000))
                arrived->release(threads);
        });
    }
#else
    Q_UNUSED(niceIncrement);
#endif
}

} // namespace pwb::WorkerPriority
