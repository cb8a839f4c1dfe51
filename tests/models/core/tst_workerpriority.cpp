// SPDX-License-Identifier: MIT
// The global pool's threads run below the GUI thread, every one of them, and stay so.
#include "core/workerpriority.h"

#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace pwb;

class TestWorkerPriority : public QObject
{
    Q_OBJECT
private slots:
    void poolThreadsRunBelowTheCaller()
    {
        const int base = WorkerPriority::currentThreadNice();
        const int lowered = std::min(base + 3, 19);
        QThreadPool* pool = QThreadPool::globalInstance();
        pool->setMaxThreadCount(3);
        WorkerPriority::lowerGlobalPool(3);
        QVERIFY(WorkerPriority::lowered());
        // Many tasks at once, each long enough that every thread gets some. (Not through
        // QFuture::result(), which runs a task that has not started on the waiting thread.)
        // Counted, not pool->waitForDone(), which also ends the pool's threads.
        QSemaphore done;
        QMutex mutex;
        QList<int> seen;
        QSet<Qt::HANDLE> threads;
        for (int i = 0; i < 12; ++i) {
            pool->start([&] {
                QThread::msleep(20);
                const QMutexLocker lock(&mutex);
                seen << WorkerPriority::currentThreadNice();
                threads << QThread::currentThreadId();
                done.release();
            });
        }
        QVERIFY(done.tryAcquire(12, 10000));
        QCOMPARE(seen.size(), 12);
        QCOMPARE(threads.size(), 3);
        QVERIFY(!threads.contains(QThread::currentThreadId()));
        for (int nice : std::as_const(seen))
            QCOMPARE(nice, lowered);
        // The caller itself is untouched; a second call changes nothing; the threads stay.
        QCOMPARE(WorkerPriority::currentThreadNice(), base);
        WorkerPriority::lowerGlobalPool(10);
        QCOMPARE(pool->expiryTimeout(), -1);
        int again = -100;
        pool->start([&] {
            again = WorkerPriority::currentThreadNice();
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 10000));
        QCOMPARE(again, lowered);
    }
};

QTEST_GUILESS_MAIN(TestWorkerPriority)
#include "tst_workerpriority.moc"
