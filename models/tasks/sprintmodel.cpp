// SPDX-License-Identifier: MIT
#include "sprintmodel.h"

#include "taskdocuments.h"

namespace pwb {

SprintModel::SprintModel(TaskDocuments* docs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_docs(docs)
{
    connect(docs, &TaskDocuments::documentsReset, this, [this] {
        if (m_document >= m_docs->count())
            m_document = 0;
        rebuild();
    });
    connect(docs, &TaskDocuments::documentChanged, this, [this](int i) {
        if (i == m_document)
            rebuild();
    });
    rebuild();
}

void SprintModel::setDocument(int index)
{
    if (index == m_document)
        return;
    m_document = index;
    rebuild();
}

void SprintModel::rebuild()
{
    beginResetModel();
    m_stats = m_document >= 0 && m_document < m_docs->count()
                  ? TrdStats::of(m_docs->at(m_document).doc)
                  : TrdStats();
    endResetModel();
}

int SprintModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_stats.tasks == 0)
        return 0;
    return int(m_stats.sprints.size()) + 1;
}

int SprintModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SprintModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = index.row() == m_stats.sprints.size();
    TrdSprintStats s;
    if (total) {
        s.name = tr("All tasks");
        s.tasks = m_stats.tasks;
        s.hours = m_stats.hoursTotal;
        s.hoursDone = m_stats.hoursDone;
        if (m_docs->count() > m_document)
            s.statedHours = m_docs->at(m_document).doc.statedTotalHours;
    } else {
        s = m_stats.sprints.at(index.row());
    }
    const bool mismatch = s.statedHours >= 0 && !qFuzzyCompare(s.statedHours + 1, s.hours + 1);
    QVariant value;
    switch (index.column()) {
    case NameColumn:
        value = s.name;
        break;
    case TasksColumn:
        value = s.tasks;
        break;
    case HoursColumn:
        value = s.hours;
        break;
    case DoneColumn:
        value = s.hoursDone;
        break;
    case RemainingColumn:
        value = s.hours - s.hoursDone;
        break;
    case StatedColumn:
        value = s.statedHours >= 0 ? QVariant(s.statedHours) : QVariant();
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::Double)
            return QString(QString::number(value.toDouble(), 'g', 6) + QStringLiteral(" h"));
        return value;
    case ValueRole:
        return value;
    case IsTotalRole:
        return total;
    case MismatchRole:
        return mismatch;
    case Qt::ToolTipRole:
        if (mismatch && (index.column() == StatedColumn || index.column() == HoursColumn))
            return tr("The document states %1 h; the tasks add up to %2 h.")
                .arg(s.statedHours)
                .arg(s.hours);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant SprintModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Sprint");
    case TasksColumn:
        return tr("Tasks");
    case HoursColumn:
        return tr("Hours");
    case DoneColumn:
        return tr("Done");
    case RemainingColumn:
        return tr("Remaining");
    case StatedColumn:
        return tr("Stated");
    }
    return {};
}

} // namespace pwb
