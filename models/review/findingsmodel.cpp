// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "triagestore.h"

#include <QSet>

#include <algorithm>

namespace pwb {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setTriageStore(TriageStore* store)
{
    if (m_triage)
        disconnect(m_triage, nullptr, this, nullptr);
    m_triage = store;
    if (store) {
        connect(store, &TriageStore::changed, this, &FindingsModel::triageChanged);
        connect(store, &TriageStore::reset, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool FindingsModel::less(const Row& a, const Row& b)
{
    if (a.finding.path != b.finding.path)
        return a.finding.path < b.finding.path;
    if (a.origin != b.origin)
        return a.origin < b.origin;
    if (a.finding.line != b.finding.line)
        return a.finding.line < b.finding.line;
    if (a.finding.column != b.finding.column)
        return a.finding.column < b.finding.column;
    return a.finding.rule < b.finding.rule;
}

void FindingsModel::removeWhere(const std::function<bool(const Row&)>& pred)
{
    // Remove contiguous runs from the back so earlier indexes stay valid.
    int i = int(m_rows.size()) - 1;
    while (i >= 0) {
        if (!pred(m_rows.at(i))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && pred(m_rows.at(first - 1)))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
}

void FindingsModel::insertSorted(const QString& origin, const Findings& findings)
{
    QList<Row> incoming;
    incoming.reserve(findings.size());
    for (const Finding& f : findings)
        incoming.append(Row{origin, f});
    std::stable_sort(incoming.begin(), incoming.end(), less);
    // Insert runs that land at the same position in one go.
    int k = 0;
    while (k < incoming.size()) {
        const auto pos = std::upper_bound(m_rows.begin(), m_rows.end(), incoming.at(k), less);
        const int at = int(pos - m_rows.begin());
        int e = k + 1;
        while (e < incoming.size() && (at == m_rows.size() || less(incoming.at(e), m_rows.at(at))))
            ++e;
        beginInsertRows({}, at, at + (e - k) - 1);
        for (int j = k; j < e; ++j)
            m_rows.insert(at + (j - k), incoming.at(j));
        endInsertRows();
        k = e;
    }
}

void FindingsModel::setFindings(const QString& origin, const QString& path,
                                const Findings& findings)
{
    removeWhere([&](const Row& r) { return r.origin == origin && r.finding.path == path; });
    insertSorted(origin, findings);
    emit countsChanged();
}

void FindingsModel::setOriginFindings(const QString& origin, const Findings& findings)
{
    removeWhere([&](const Row& r) { return r.origin == origin; });
    insertSorted(origin, findings);
    emit countsChanged();
}

void FindingsModel::removeOrigin(const QString& origin)
{
    removeWhere([&](const Row& r) { return r.origin == origin; });
    emit countsChanged();
}

void FindingsModel::removePath(const QString& path)
{
    removeWhere([&](const Row& r) { return r.finding.path == path; });
    emit countsChanged();
}

void FindingsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countsChanged();
}

Findings FindingsModel::findings() const
{
    Findings out;
    out.reserve(m_rows.size());
    for (const Row& r : m_rows)
        out.append(r.finding);
    return out;
}

QStringList FindingsModel::origins() const
{
    QSet<QString> s;
    for (const Row& r : m_rows)
        s.insert(r.origin);
    QStringList l(s.begin(), s.end());
    l.sort();
    return l;
}

QMap<QString, int> FindingsModel::countsByCategory() const
{
    QMap<QString, int> m;
    for (const Row& r : m_rows)
        ++m[r.finding.category];
    return m;
}

QMap<QString, int> FindingsModel::countsBySeverity() const
{
    QMap<QString, int> m;
    for (const Row& r : m_rows)
        ++m[Finding::severityName(r.finding.severity)];
    return m;
}

Finding::Triage FindingsModel::triage(int row) const
{
    if (!m_triage || row < 0 || row >= m_rows.size())
        return Finding::Triage::Open;
    return m_triage->state(m_rows.at(row).finding.fingerprint);
}

bool FindingsModel::setTriage(int row, Finding::Triage state, const QString& comment,
                              QString* error)
{
    if (!m_triage || row < 0 || row >= m_rows.size())
        return false;
    return m_triage->setDecision(m_rows.at(row).finding, state, comment, error);
}

int FindingsModel::rowForId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).finding.id == id)
            return i;
    }
    return -1;
}

void FindingsModel::triageChanged(const QString& fingerprint)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).finding.fingerprint == fingerprint)
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Finding& f = row.finding;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return Finding::severityLabel(f.severity);
        case RuleColumn:
            return f.rule;
        case MessageColumn:
            return f.message;
        case FileColumn:
            return f.path;
        case LineColumn:
            return f.line > 0 ? QVariant(f.line) : QVariant();
        case ToolColumn:
            return f.tool;
        case TriageColumn:
            return Finding::triageLabel(triage(index.row()));
        }
        return {};
    case Qt::ToolTipRole:
        return f.why.isEmpty() ? f.message : f.message + u"\n\n" + f.why;
    case FindingRole:
        return QVariant::fromValue(f);
    case SeverityRole:
        return int(f.severity);
    case SeverityNameRole:
        return Finding::severityName(f.severity);
    case RuleRole:
        return f.rule;
    case CategoryRole:
        return f.category;
    case MessageRole:
        return f.message;
    case WhyRole:
        return f.why;
    case FixRole:
        return f.fix;
    case HasMechanicalFixRole:
        return f.hasMechanicalFix();
    case PathRole:
        return f.path;
    case LineRole:
        return f.line;
    case ColumnRole:
        return f.column;
    case ToolRole:
        return f.tool;
    case FingerprintRole:
        return f.fingerprint;
    case TriageRole:
        return int(triage(index.row()));
    case TriageNameRole:
        return Finding::triageName(triage(index.row()));
    case TriageCommentRole:
        return m_triage ? m_triage->decision(f.fingerprint).comment : QString();
    case OriginRole:
        return row.origin;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ToolColumn:
        return tr("Tool");
    case TriageColumn:
        return tr("Triage");
    }
    return {};
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractTableModel::roleNames();
    r.insert(FindingRole, "finding");
    r.insert(SeverityRole, "severity");
    r.insert(SeverityNameRole, "severityName");
    r.insert(RuleRole, "rule");
    r.insert(CategoryRole, "category");
    r.insert(MessageRole, "message");
    r.insert(WhyRole, "why");
    r.insert(FixRole, "fix");
    r.insert(HasMechanicalFixRole, "hasMechanicalFix");
    r.insert(PathRole, "path");
    r.insert(LineRole, "line");
    r.insert(ColumnRole, "column");
    r.insert(ToolRole, "tool");
    r.insert(FingerprintRole, "fingerprint");
    r.insert(TriageRole, "triage");
    r.insert(TriageNameRole, "triageName");
    r.insert(TriageCommentRole, "triageComment");
    r.insert(OriginRole, "origin");
    return r;
}

} // namespace pwb
