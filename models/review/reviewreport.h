// SPDX-License-Identifier: MIT
// The review part of the headless report: analyses a project folder (all cores), merges
// imported reports, optionally writes SARIF, and gives the "findings" JSON object.
#pragma once

#include "core/diagnostic.h"
#include "finding.h"
#include "ruleengine.h"

#include <QJsonObject>
#include <QStringList>

namespace pwb {

namespace ReviewReport {

struct Options
{
    QStringList imports; // --import FILE (repeatable)
    QString sarif;       // --sarif OUT
    RuleOptions rules;   // --enable-rule ID: rules off by default
};

struct Result
{
    QJsonObject json; // {"total", "by_severity", "by_rule", "files_analyzed", ...}
    Findings findings;
    Diagnostics diagnostics; // import problems (lexer diagnostics are in json "diagnostics")
    QString error;           // set when the SARIF file could not be written
};

Result run(const QString& root, const Options& options);
// Lines for the text report.
QString toText(const QJsonObject& findings);

} // namespace ReviewReport

} // namespace pwb
