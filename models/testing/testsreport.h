// SPDX-License-Identifier: MIT
// The "tests" section of the --report JSON contract, filled by `--run-tests`.
#pragma once

#include <QJsonObject>
#include <QString>

namespace pwb {

class CoverageModel;
class TestRunModel;

namespace TestsReport {
// {"app", "total", "passed", "failed", "skipped", "excluded", "invalid", "seconds",
//  "failures": [{"test", "module", "file", "line", "category"}], "coverage": {"total", "modules"}}
QJsonObject toJson(const TestRunModel& run, const CoverageModel& coverage, double seconds);
// A few lines for the text report (empty when `tests` is empty).
QString toText(const QJsonObject& tests);
} // namespace TestsReport

} // namespace pwb
