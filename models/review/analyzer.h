// SPDX-License-Identifier: MIT
// The review analysis of a whole project: every source file through the rule engine (on all
// cores), then the rules that need several files (untested modules, unique constraints,
// preloads across a template and its module) and the documentation coverage.
#pragma once

#include "fileanalysis.h"
#include "ruleengine.h"

#include <QHash>

#include <atomic>

namespace pwb {

struct ProjectAnalysis
{
    Findings findings; // sorted by path, line, column
    Diagnostics diagnostics;
    int filesAnalyzed = 0;
    qint64 linesAnalyzed = 0;
    qint64 bytesAnalyzed = 0;
    qint64 ms = 0;
    DocStats docs;
    bool cancelled = false;
    QStringList rulesRun; // ids of the rules this analysis ran (analyzeProject)

    QJsonObject toJson() const; // the "findings" object of --report
};

class Analyzer
{
public:
    // Files the analyzer reads (.ex .exs .heex .eex .leex, mix.lock), relative paths.
    static bool isAnalyzable(const QString& relativePath);
    static QStringList analyzableFiles(const QStringList& relativePaths);

    // Analyses one file's text: the rules, then every fix re-checked (FixVerifier) so only
    // safe fixes are offered.
    static FileAnalysis analyzeText(const QString& relativePath, const QByteArray& text,
                                    const RuleOptions& options = {});
    // Reads and analyses one file; unreadable files give a diagnostic.
    static FileAnalysis analyzeFile(const QString& root, const QString& relativePath,
                                    const RuleOptions& options = {});

    // Findings of the cross-file rules over per-file results.
    static Findings crossFileFindings(const QList<const FileAnalysis*>& files);
    // The candidates (FileAnalysis::Candidate) that the project's facts confirm.
    static Findings resolveCandidates(const QList<const FileAnalysis*>& files);

    // Everything at once, blocking, on all cores (headless report, tests, benchmark).
    static ProjectAnalysis analyzeProject(const QString& root, const QStringList& relativePaths,
                                          const std::atomic_bool* cancel = nullptr,
                                          const RuleOptions& options = {});
    // Combines per-file results into a project result (ms left to the caller).
    static ProjectAnalysis combine(const QList<const FileAnalysis*>& files);
};

} // namespace pwb
