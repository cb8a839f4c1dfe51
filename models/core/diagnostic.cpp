// SPDX-License-Identifier: MIT
#include "diagnostic.h"

namespace pwb {

QString Diagnostic::toString() const
{
    QString where = path;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + u": " + message;
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("severity"), severityName(severity)}};
    if (column > 0)
        o.insert(QStringLiteral("column"), column);
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    return o;
}

QString Diagnostic::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace pwb
