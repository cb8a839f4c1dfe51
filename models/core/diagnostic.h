// SPDX-License-Identifier: MIT
// A located message about an input file: what every reader reports instead of failing.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pwb {

struct Diagnostic
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    QString path;   // as the user knows it: relative to the project root where possible
    int line = 0;   // 1-based; 0 when the whole file is meant
    int column = 0; // 1-based; 0 when unknown
    QString code;   // short stable id, e.g. "mix-unbalanced"
    QString message;
    Severity severity = Severity::Warning;

    // "path:line:column: message", the form editors and terminals link.
    QString toString() const;
    QJsonObject toJson() const;
    static QString severityName(Severity s);

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace pwb
