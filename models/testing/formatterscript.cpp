// SPDX-License-Identifier: MIT
#include "formatterscript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace pwb {

namespace FormatterScript {

QString moduleName()
{
    return QStringLiteral("PhoenixWorkbench.Formatter");
}

QString eventsVariable()
{
    return QStringLiteral("PWB_EXUNIT_EVENTS");
}

QByteArray contents()
{
    QFile f(QStringLiteral(":/exunit/workbench_formatter.exs"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString path(QString* error)
{
    if (const QString env = qEnvironmentVariable("PWB_EXUNIT_FORMATTER"); !env.isEmpty())
        return env;
    const QByteArray text = contents();
    if (text.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("FormatterScript",
                                                 "the ExUnit formatter is missing from this build");
        return {};
    }
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(12));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QStringLiteral("/phoenix-workbench-") +
                        QString::fromLocal8Bit(qgetenv("USER"));
    const QString file =
        dir + QStringLiteral("/workbench_formatter-") + hash + QStringLiteral(".exs");
    if (QFileInfo(file).size() == text.size())
        return file;
    QDir().mkpath(dir);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("FormatterScript", "cannot write %1: %2")
                         .arg(file, out.errorString());
        return {};
    }
    return file;
}

} // namespace FormatterScript

} // namespace pwb
