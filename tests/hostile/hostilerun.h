// SPDX-License-Identifier: MIT
// The hostile-input harness: a temporary project beside a sentinel tree it must never
// touch, and a run of the real binary under a memory and a time limit.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/stat.h>

namespace pwb::hostile {

// Address-space limit for the child. ASan reserves terabytes of shadow memory, so the
// sanitizer build runs without it (the time limit still holds).
constexpr qint64 kMemoryLimit = qint64(3) << 30;

struct Run
{
    bool finished = false; // false: killed at the time limit
    bool crashed = false;  // ended by a signal
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray out;
    QByteArray err;
    QString startError; // the binary could not be started (missing, being relinked)
    QByteArray all() const { return out + err; }
};

inline bool sanitized()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

// A hang guard, not a speed test (tests/bench measures speed): the sanitized build runs
// several times slower, and a loaded CI machine slower still.
inline const int kTimeLimitMs = sanitized() ? 300'000 : 60'000;

inline Run run(const QStringList& args, int timeLimitMs = kTimeLimitMs,
               const QMap<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    if (!sanitized()) {
        p.setChildProcessModifier([] {
            const rlimit limit{rlim_t(kMemoryLimit), rlim_t(kMemoryLimit)};
            ::setrlimit(RLIMIT_AS, &limit);
        });
    }
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(PWB_BINARY), args);
    Run r;
    if (!p.waitForStarted(timeLimitMs)) {
        r.startError = p.errorString();
        return r;
    }
    r.finished = p.waitForFinished(timeLimitMs);
    r.ms = clock.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = r.finished && p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Every file below `dir` (links not followed) with its mode and content hash: the state a
// hostile project must not change.
inline QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        QByteArray state = QByteArray::number(st.st_mode, 8) + ' ' + QByteArray::number(st.st_size);
        if (S_ISREG(st.st_mode)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                state +=
                    ' ' + QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        }
        out.insert(QDir(dir).relativeFilePath(path), state);
    }
    return out;
}

} // namespace pwb::hostile
