// SPDX-License-Identifier: MIT
// Module and line coverage as every source gives it (our events, the `mix test --cover`
// table, ExCoveralls JSON, lcov), and the parsers for the text formats.
#pragma once

#include "core/diagnostic.h"
#include "testevent.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pwb {

struct ModuleCoverage
{
    QString module;
    QString file;     // project-relative; empty when the source does not say (cover table)
    int relevant = 0; // lines that can be covered
    int covered = 0;
    double percent = -1;  // as reported, or covered/relevant
    QMap<int, int> lines; // line -> hits (empty when only a percentage is known)
    // Where the numbers come from, for people: "apps/shop/lcov.info", "mix test --cover".
    QString origin;

    double effectivePercent() const;
};

struct CoverageData
{
    QString source; // "events", "cover-table", "excoveralls", "lcov"
    QList<ModuleCoverage> modules;
    double reportedTotal = -1; // the table's Total line, when there is one
    Diagnostics diagnostics;

    bool isEmpty() const { return modules.isEmpty(); }
    // True when at least one module has per-line hits (the cover table has none).
    bool hasLineData() const;
    // The distinct origins of the modules, in order ("apps/shop/lcov.info, ...").
    QStringList origins() const;
};

namespace CoverageParsers {
// The table `mix test --cover` prints ("Percentage | Module" ... "Total"). `text` may be a
// whole log; lines outside the table are ignored.
CoverageData parseCoverTable(const QString& text, const QString& sourceName = {});
// ExCoveralls' cover/excoveralls.json ({"source_files":[{"name","source","coverage"}]}).
CoverageData parseExCoveralls(const QByteArray& json, const QString& sourceName = {});
// lcov tracefile (SF:, DA:line,hits, end_of_record).
CoverageData parseLcov(const QString& text, const QString& sourceName = {},
                       const QString& root = {});
// The formatter's coverage event (cover's own per-line counts under `mix test --cover`);
// `appPath` prefixes its app-relative file names.
CoverageData fromEvent(const QList<ModuleCoverageLines>& modules, const QString& appPath = {});
// Looks for cover/excoveralls.json, then lcov.info / cover/lcov.info under `root` (and
// its apps): blocking file reads, call it off the GUI thread.
CoverageData loadProjectFiles(const QString& root);
} // namespace CoverageParsers

} // namespace pwb
