// SPDX-License-Identifier: MIT
// One review finding, from our rules or imported from another tool: where, how bad, why, and
// how to fix it (text, plus a mechanical replacement when the fix is mechanical).
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pwb {

// A mechanical edit: replace [begin, end) of `path` with `newText`. Lines and columns are
// 1-based (columns in UTF-16 units); begin/end are UTF-8 byte offsets, -1 when only the
// line/column range is known. An insertion has an empty range.
struct Replacement
{
    QString path;
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    qsizetype begin = -1;
    qsizetype end = -1;
    QString newText;

    bool isValid() const { return !path.isEmpty() && line > 0; }
    QJsonObject toJson() const;
    static Replacement fromJson(const QJsonObject& o);
    friend bool operator==(const Replacement&, const Replacement&) = default;
};

struct Finding
{
    enum class Severity
    {
        High,
        Medium,
        Low
    };
    enum class Triage
    {
        Open,
        Confirmed,
        WontFix,
        FalsePositive,
        Fixed
    };

    QString id;   // unique within one result set: "<fingerprint>"
    QString rule; // "security/sql-interpolation", or the importing tool's rule id
    Severity severity = Severity::Medium;
    QString category; // security performance otp accessibility ecto documentation tests ...
    QString message;  // what is wrong here, one sentence
    QString why;      // why it matters
    QString fix;      // the fix proposal, as text
    QList<Replacement> replacements; // a mechanical fix, when there is one
    QString path;                    // project-relative, '/'-separated
    int line = 0;                    // 1-based; 0 for a whole file
    int column = 0;                  // 1-based, UTF-16 units; 0 when unknown
    int endLine = 0;
    int endColumn = 0;
    QString tool;        // "workbench", "credo", "sobelow", "code-reviewer", a SARIF driver name
    QString fingerprint; // stable across line moves: see Fingerprint

    bool hasMechanicalFix() const { return !replacements.isEmpty(); }

    static QString severityName(Severity s); // "high" | "medium" | "low"
    static Severity severityFromName(const QString& name, Severity fallback = Severity::Medium);
    static QString triageName(Triage t); // "open" "confirmed" "wontfix" "false_positive" "fixed"
    static Triage triageFromName(const QString& name);
    static QString triageLabel(Triage t);     // translated, for display
    static QString severityLabel(Severity s); // translated, for display

    QJsonObject toJson() const;

    friend bool operator==(const Finding&, const Finding&) = default;
};

using Findings = QList<Finding>;

// Fingerprints that survive line moves: rule + path + the finding's line with whitespace
// normalised + context (the enclosing definition's name). Duplicates get "#2", "#3".
namespace Fingerprint {
QString normalizedLine(QByteArrayView line);
// Name of the nearest `def`/`defp`/`defmacro`/`defmodule` at or above line (1-based).
QString enclosingDefinition(const QList<QByteArrayView>& lines, int line);
QString compute(const QString& rule, const QString& path, const QString& normalizedLine,
                const QString& context);
// Fills fingerprint and id of every finding from the files' text (`lines` by path); a
// finding whose file is unknown uses its message as the line content.
void assign(Findings& findings, const QByteArray& text, const QString& path);
// Splits text into lines (without '\n' or '\r').
QList<QByteArrayView> splitLines(const QByteArray& text);
} // namespace Fingerprint

} // namespace pwb

Q_DECLARE_METATYPE(pwb::Finding)
