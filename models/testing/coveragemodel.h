// SPDX-License-Identifier: MIT
// Coverage of the last run, per module and per line, judged against the TRD's targets:
// >= 80% for business logic (contexts by default) and >= 70% overall. The editor asks it
// for a file's line hits to paint hits and misses in its gutter.
#pragma once

#include "coveragedata.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pwb {

class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ModuleColumn,
        PercentColumn,
        LinesColumn,
        ThresholdColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        PercentRole = Qt::UserRole + 1, // double, -1 unknown
        ThresholdRole,                  // double
        BusinessRole,                   // bool
        MeetsRole,                      // bool
        FileRole                        // project-relative
    };

    explicit CoverageModel(QObject* parent = nullptr);

    void setData(const CoverageData& data);
    void clear();
    const CoverageData& coverage() const { return m_data; }
    bool isEmpty() const { return m_data.modules.isEmpty(); }

    // Which modules are business logic: wildcard patterns on the project-relative file
    // (e.g. "apps/shop/lib/shop/*.ex") or the module ("Shop.*"). Empty: contexts, i.e.
    // lib/<app>/<name>.ex outside *_web, minus application/repo/mailer modules.
    void setBusinessLogicPatterns(const QStringList& patterns);
    QStringList businessLogicPatterns() const { return m_patterns; }
    void setThresholds(double businessLogic, double overall);
    double businessThreshold() const { return m_business; }
    double overallThreshold() const { return m_overall; }

    bool isBusinessLogic(const ModuleCoverage& m) const;
    // Totals over line data when known, else the reported total / mean; -1 when empty.
    double totalPercent() const;
    double businessPercent() const;
    bool meetsTargets() const;
    // Modules under their threshold, worst first.
    QList<ModuleCoverage> shortfalls() const;

    // For the editor's gutter: line -> hits for a project-relative path (empty when the
    // file has no line data). Lines absent from the hash are not executable.
    QHash<int, int> lineHits(const QString& relativePath) const;
    bool hasLineData(const QString& relativePath) const;
    // Where a file's line hits come from ("apps/shop/lcov.info", "mix test --cover"); empty
    // when it has none.
    QString lineSource(const QString& relativePath) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

signals:
    // New coverage arrived: gutters repaint.
    void coverageChanged();

private:
    double thresholdFor(const ModuleCoverage& m) const;
    double aggregate(bool businessOnly) const;

    CoverageData m_data;
    QHash<QString, int> m_byFile;
    QStringList m_patterns;
    double m_business = 80.0;
    double m_overall = 70.0;
};

} // namespace pwb
