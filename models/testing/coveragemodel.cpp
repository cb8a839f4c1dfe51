// SPDX-License-Identifier: MIT
#include "coveragemodel.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace pwb {

CoverageModel::CoverageModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoverageModel::setData(const CoverageData& data)
{
    beginResetModel();
    m_data = data;
    std::stable_sort(
        m_data.modules.begin(), m_data.modules.end(),
        [](const ModuleCoverage& a, const ModuleCoverage& b) { return a.module < b.module; });
    m_byFile.clear();
    for (int i = 0; i < m_data.modules.size(); ++i)
        if (!m_data.modules.at(i).file.isEmpty() && !m_byFile.contains(m_data.modules.at(i).file))
            m_byFile.insert(m_data.modules.at(i).file, i);
    endResetModel();
    emit coverageChanged();
}

void CoverageModel::clear()
{
    setData({});
}

void CoverageModel::setBusinessLogicPatterns(const QStringList& patterns)
{
    beginResetModel();
    m_patterns = patterns;
    endResetModel();
}

void CoverageModel::setThresholds(double businessLogic, double overall)
{
    beginResetModel();
    m_business = businessLogic;
    m_overall = overall;
    endResetModel();
}

bool CoverageModel::isBusinessLogic(const ModuleCoverage& m) const
{
    if (!m_patterns.isEmpty()) {
        for (const QString& p : m_patterns) {
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(p));
            if (re.match(m.file).hasMatch() || re.match(m.module).hasMatch())
                return true;
        }
        return false;
    }
    static const QStringList plumbing{QStringLiteral("Application"), QStringLiteral("Repo"),
                                      QStringLiteral("Mailer"),      QStringLiteral("Endpoint"),
                                      QStringLiteral("Router"),      QStringLiteral("Telemetry")};
    const QString last = m.module.section(u'.', -1);
    if (plumbing.contains(last) || m.module.contains(QStringLiteral("Web")))
        return false;
    if (!m.file.isEmpty()) {
        // lib/<app>/<context>.ex: a Phoenix context (schemas live one level deeper).
        static const QRegularExpression context(QStringLiteral("(^|/)lib/(\\w+)/(\\w+)\\.ex$"));
        const auto match = context.match(m.file);
        return match.hasMatch() && !match.captured(2).endsWith(QStringLiteral("_web"));
    }
    // No file (cover table): App.Context, two segments.
    return m.module.count(u'.') == 1;
}

double CoverageModel::thresholdFor(const ModuleCoverage& m) const
{
    return isBusinessLogic(m) ? m_business : m_overall;
}

double CoverageModel::aggregate(bool businessOnly) const
{
    int relevant = 0, covered = 0, known = 0;
    double sum = 0;
    for (const ModuleCoverage& m : m_data.modules) {
        if (businessOnly && !isBusinessLogic(m))
            continue;
        relevant += m.relevant;
        covered += m.covered;
        if (m.effectivePercent() >= 0) {
            sum += m.effectivePercent();
            ++known;
        }
    }
    if (relevant > 0)
        return 100.0 * covered / relevant;
    if (!businessOnly && m_data.reportedTotal >= 0)
        return m_data.reportedTotal;
    return known > 0 ? sum / known : -1;
}

double CoverageModel::totalPercent() const
{
    return aggregate(false);
}

double CoverageModel::businessPercent() const
{
    return aggregate(true);
}

bool CoverageModel::meetsTargets() const
{
    const double total = totalPercent();
    const double business = businessPercent();
    return total >= m_overall && (business < 0 || business >= m_business);
}

QList<ModuleCoverage> CoverageModel::shortfalls() const
{
    QList<ModuleCoverage> out;
    for (const ModuleCoverage& m : m_data.modules)
        if (m.effectivePercent() >= 0 && m.effectivePercent() < thresholdFor(m))
            out << m;
    std::stable_sort(out.begin(), out.end(), [](const ModuleCoverage& a, const ModuleCoverage& b) {
        return a.effectivePercent() < b.effectivePercent();
    });
    return out;
}

QHash<int, int> CoverageModel::lineHits(const QString& relativePath) const
{
    QHash<int, int> out;
    const int i = m_byFile.value(relativePath, -1);
    if (i < 0)
        return out;
    // A file may hold several modules: merge them.
    for (const ModuleCoverage& m : m_data.modules)
        if (m.file == relativePath)
            for (auto it = m.lines.cbegin(); it != m.lines.cend(); ++it)
                out[it.key()] += it.value();
    return out;
}

bool CoverageModel::hasLineData(const QString& relativePath) const
{
    const int i = m_byFile.value(relativePath, -1);
    return i >= 0 && !m_data.modules.at(i).lines.isEmpty();
}

QString CoverageModel::lineSource(const QString& relativePath) const
{
    QStringList origins;
    for (const ModuleCoverage& m : m_data.modules)
        if (m.file == relativePath && !m.lines.isEmpty() && !origins.contains(m.origin))
            origins << m.origin;
    return origins.join(QStringLiteral(", "));
}

int CoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.modules.size());
}

int CoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.modules.size())
        return {};
    const ModuleCoverage& m = m_data.modules.at(index.row());
    const double pct = m.effectivePercent();
    const double threshold = thresholdFor(m);
    const bool meets = pct >= threshold;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModuleColumn:
            return m.module;
        case PercentColumn:
            return pct < 0 ? QStringLiteral("?") : QStringLiteral("%1%").arg(pct, 0, 'f', 1);
        case LinesColumn:
            return m.relevant > 0 ? QStringLiteral("%1 / %2").arg(m.covered).arg(m.relevant)
                                  : QString();
        case ThresholdColumn:
            return QStringLiteral("≥ %1%").arg(threshold, 0, 'f', 0);
        case StatusColumn:
            return meets                ? tr("meets")
                   : isBusinessLogic(m) ? tr("short (business logic)")
                                        : tr("short");
        }
        return {};
    case Qt::ToolTipRole:
        return m.file.isEmpty() ? m.module : m.module + u'\n' + m.file;
    case PercentRole:
        return pct;
    case ThresholdRole:
        return threshold;
    case BusinessRole:
        return isBusinessLogic(m);
    case MeetsRole:
        return meets;
    case FileRole:
        return m.file;
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModuleColumn:
        return tr("Module");
    case PercentColumn:
        return tr("Coverage");
    case LinesColumn:
        return tr("Lines");
    case ThresholdColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace pwb
