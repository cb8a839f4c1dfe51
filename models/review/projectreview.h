// SPDX-License-Identifier: MIT
// The review state of one open project: the findings model (our analysis plus imported
// reports), triage decisions, the background analysis and the file watching that re-runs it
// for changed files. Project owns one; views read its models.
#pragma once

#include "core/diagnostic.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class QTimer;

namespace pwb {

class WatchSet;

class AnalysisRunner;
class FindingsModel;
class TriageStore;

class ProjectReview : public QObject
{
    Q_OBJECT
public:
    explicit ProjectReview(QObject* parent = nullptr);
    ~ProjectReview() override;

    FindingsModel* findings() const { return m_findings; }
    TriageStore* triage() const { return m_triage; }
    AnalysisRunner* runner() const { return m_runner; }

    // A project was opened at root: loads its triage decisions.
    void open(const QString& root);
    // The project's file list is known (FileIndex ready): analyses what changed.
    void analyze(const QStringList& relativePaths);
    void close();

    // Merges another tool's report (SARIF, Credo/Sobelow JSON, code-reviewer YAML), read off
    // the GUI thread; importFinished follows. Problems are in diagnostics().
    void importReport(const QString& file);
    // Writes every finding as SARIF 2.1.0.
    bool exportSarif(const QString& file, QString* error = nullptr) const;
    // Triage file and import problems, located.
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    QString root() const { return m_root; }

signals:
    // Files were added or removed on disk: the project's file index should be rescanned.
    void rescanRequested();
    void diagnosticsChanged();
    void importFinished(const QString& file, bool ok, int findings);

private:
    void watch(const QStringList& relativePaths);

    QString m_root;
    FindingsModel* m_findings;
    TriageStore* m_triage;
    AnalysisRunner* m_runner;
    WatchSet* m_watcher;
    QTimer* m_fileTimer;
    QTimer* m_dirTimer;
    Diagnostics m_diagnostics;
    quint64 m_generation = 0;
};

} // namespace pwb
