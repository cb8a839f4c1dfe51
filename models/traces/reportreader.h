// SPDX-License-Identifier: MIT
// Reads a Playwright HTML report (playwright-report/index.html): the embedded zip holds
// report.json with every test's outcome.
#pragma once

#include "core/diagnostic.h"

#include <QDateTime>
#include <QString>

namespace pwb {

struct ReportSummary
{
    QString path;
    int tests = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int flaky = 0;
    double durationMs = 0;
    QDateTime started;
    QStringList failedTitles;
    Diagnostics diagnostics;
    bool ok = false;
};

namespace ReportReader {
ReportSummary read(const QString& indexHtml);
}

} // namespace pwb
