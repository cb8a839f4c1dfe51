// SPDX-License-Identifier: MIT
#include "formatterscript.h"

#include "core/projectfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

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

QString privateFolder(QString* error)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.cache/phoenix-workbench");
    const QString dir = base + QStringLiteral("/exunit");
    auto fail = [&](const QString& why) {
        if (error)
            *error = QCoreApplication::translate("FormatterScript",
                                                 "cannot use %1 for the ExUnit formatter: %2")
                         .arg(dir, why);
        return QString();
    };
    QDir().mkpath(base);
    const QByteArray d = QFile::encodeName(dir);
    if (::mkdir(d.constData(), 0700) != 0 && errno != EEXIST)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st;
    if (::lstat(d.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail(QCoreApplication::translate("FormatterScript", "it is not a folder"));
    if (st.st_uid != ::geteuid())
        return fail(QCoreApplication::translate("FormatterScript", "it belongs to another user"));
    if ((st.st_mode & 077) != 0 && ::chmod(d.constData(), 0700) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    return dir;
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
    const QString dir = privateFolder(error);
    if (dir.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    const QString file = dir + QStringLiteral("/workbench_formatter-") +
                         QString::fromLatin1(digest.toHex().left(16)) + QStringLiteral(".exs");
    // What is there runs in the next test run, so it is used only when its content hashes to
    // what this build ships; anything else is replaced.
    const ProjectFile::Result existing = ProjectFile::read(dir, file, text.size() + 1);
    if (existing.ok() &&
        QCryptographicHash::hash(existing.bytes, QCryptographicHash::Sha256) == digest)
        return existing.realPath;
    const ProjectFile::Result written = ProjectFile::write(dir, file, text);
    if (!written.ok()) {
        if (error)
            *error = QCoreApplication::translate("FormatterScript", "cannot write %1: %2")
                         .arg(file, written.error);
        return {};
    }
    return written.realPath;
}

} // namespace FormatterScript

} // namespace pwb
