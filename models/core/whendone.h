// SPDX-License-Identifier: MIT
// Hands a background job's result to a function on `context`'s thread, unless `context` is
// gone by then. A QFutureWatcher owned by the context rather than QFuture::then(context):
// Qt 6.4 asserts in debug builds when the context dies while the job still runs, and a
// watcher simply goes with its parent, the job's result being dropped.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace pwb {

template <typename T, typename F> void whenDone(QObject* context, const QFuture<T>& future, F&& f)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, f = std::forward<F>(f)]() mutable {
                         watcher->deleteLater();
                         f(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace pwb
