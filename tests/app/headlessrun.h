// SPDX-License-Identifier: MIT
// Runs the built phoenix-workbench binary headless for the command-line tests: no display
// variables at all, since the headless commands must not need one.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>


struct HeadlessRun
{
    int exitCode; // -1 when the process did not finish in time
    QByteArray out;
    QByteArray err;
};

inline HeadlessRun runHeadless(const QStringList& args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PWB_BINARY), args);
    if (!p.waitForFinished(timeoutMs))
        return {-1, {}, {}};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
