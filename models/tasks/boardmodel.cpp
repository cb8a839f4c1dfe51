// SPDX-License-Identifier: MIT
#include "boardmodel.h"

#include "taskdocuments.h"

#include <QFileInfo>

#include <algorithm>

namespace pwb {

namespace {
const QStringList kPriorities{QStringLiteral("CRITICAL"), QStringLiteral("HIGH"),
                              QStringLiteral("MEDIUM"), QStringLiteral("LOW")};
}

BoardModel::BoardModel(TaskDocuments* docs, QObject* parent)
    : QAbstractItemModel(parent)
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

const TrdDocument* BoardModel::currentDocument() const
{
    return m_document >= 0 && m_document < m_docs->count() ? &m_docs->at(m_document).doc : nullptr;
}

void BoardModel::setDocument(int index)
{
    if (index == m_document)
        return;
    m_document = index;
    rebuild();
}

void BoardModel::setLaneMode(LaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuild();
}

void BoardModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    rebuild();
}

void BoardModel::setPriorityFilter(const QString& priority)
{
    if (priority == m_priority)
        return;
    m_priority = priority;
    rebuild();
}

void BoardModel::setSprintFilter(const QString& sprint)
{
    if (sprint == m_sprint)
        return;
    m_sprint = sprint;
    rebuild();
}

void BoardModel::setStatusFilter(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    rebuild();
}

QStringList BoardModel::priorities() const
{
    QStringList out;
    if (const TrdDocument* doc = currentDocument()) {
        for (const TrdTask& t : doc->tasks) {
            if (!t.priority.isEmpty() && !out.contains(t.priority))
                out << t.priority;
        }
    }
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const auto ia = kPriorities.indexOf(a), ib = kPriorities.indexOf(b);
        return (ia < 0 ? 99 : ia) < (ib < 0 ? 99 : ib);
    });
    return out;
}

QStringList BoardModel::sprintNames() const
{
    QStringList out;
    if (const TrdDocument* doc = currentDocument()) {
        for (const TrdSprint& s : doc->sprints)
            out << s.name;
    }
    return out;
}

bool BoardModel::accepts(const TrdTask& t, TaskStatus s) const
{
    if (m_status >= 0 && int(s) != m_status)
        return false;
    if (!m_priority.isEmpty() && t.priority != m_priority)
        return false;
    if (!m_sprint.isEmpty() && !m_sprintIds.contains(t.id))
        return false;
    if (!m_text.isEmpty() && !t.id.contains(m_text, Qt::CaseInsensitive) &&
        !t.title.contains(m_text, Qt::CaseInsensitive) &&
        !t.category.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

void BoardModel::rebuild()
{
    beginResetModel();
    m_lanes.clear();
    m_cardCount = 0;
    const TrdDocument* doc = currentDocument();
    m_sprintIds.clear();
    if (doc) {
        for (const TrdSprint& s : doc->sprints) {
            if (s.name == m_sprint) {
                const QStringList ids = s.tasks();
                m_sprintIds = QSet<QString>(ids.cbegin(), ids.cend());
            }
        }
        QHash<QString, int> laneOf;
        auto lane = [&](const QString& name) {
            auto it = laneOf.constFind(name);
            if (it != laneOf.constEnd())
                return *it;
            m_lanes.append(Lane{name, {}, {}, {}});
            laneOf.insert(name, int(m_lanes.size() - 1));
            return int(m_lanes.size() - 1);
        };
        // Lanes in a stable, meaningful order, created up front; empty ones dropped below.
        QHash<QString, QString> sprintOf;
        if (m_mode == LaneMode::Sprint) {
            for (const TrdSprint& s : doc->sprints) {
                lane(s.name);
                for (const QString& id : s.tasks()) {
                    if (!sprintOf.contains(id))
                        sprintOf.insert(id, s.name);
                }
            }
        } else if (m_mode == LaneMode::Priority) {
            for (const QString& p : kPriorities)
                lane(p);
        }
        for (int i = 0; i < doc->tasks.size(); ++i) {
            const TrdTask& t = doc->tasks.at(i);
            const TaskStatus s = doc->statusOf(t);
            if (!accepts(t, s))
                continue;
            QString name;
            switch (m_mode) {
            case LaneMode::Sprint:
                name = sprintOf.value(t.id, tr("No sprint"));
                break;
            case LaneMode::Priority:
                name = t.priority.isEmpty() ? tr("No priority") : t.priority;
                break;
            case LaneMode::Category:
                name = t.category.isEmpty() ? tr("Uncategorised") : t.category;
                break;
            }
            Card c{i, s, s == TaskStatus::Done ? QStringList() : doc->openPrerequisites(t), {}};
            for (const TrdReference& r : t.references) {
                const QString agent = QFileInfo(r.file).completeBaseName();
                if (r.file.contains(QStringLiteral("agents/")) && !c.agents.contains(agent))
                    c.agents << agent;
            }
            Lane& l = m_lanes[lane(name)];
            l.cards.append(c);
            l.counts[int(s)] += 1;
            l.hours[int(s)] += t.hasHours() ? t.hours : 0;
            ++m_cardCount;
        }
        m_lanes.erase(std::remove_if(m_lanes.begin(), m_lanes.end(),
                                     [](const Lane& l) { return l.cards.isEmpty(); }),
                      m_lanes.end());
        for (Lane& l : m_lanes)
            std::stable_sort(l.cards.begin(), l.cards.end(), [](const Card& a, const Card& b) {
                return int(a.status) < int(b.status);
            });
    }
    endResetModel();
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0)
        return {};
    if (!parent.isValid()) {
        if (row >= m_lanes.size() || column >= kColumns)
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.internalId() != 0 || parent.column() != 0 || column != 0 ||
        parent.row() >= m_lanes.size() || row >= m_lanes.at(parent.row()).cards.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_lanes.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_lanes.at(parent.row()).cards.size());
}

int BoardModel::columnCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kColumns;
    return parent.internalId() == 0 && parent.column() == 0 ? 1 : 0;
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Lane& l = m_lanes.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? l.name : QVariant();
        case IsLaneRole:
            return true;
        case LaneNameRole:
            return l.name;
        case CountRole:
            return l.counts[index.column()];
        case HoursSumRole:
            return l.hours[index.column()];
        }
        return {};
    }
    const Lane& l = m_lanes.at(int(index.internalId() - 1));
    const Card& c = l.cards.at(index.row());
    const TrdDocument& doc = *currentDocument();
    const TrdTask& t = doc.tasks.at(c.task);
    switch (role) {
    case Qt::DisplayRole:
        return QString(t.id + QStringLiteral(": ") + t.title);
    case Qt::ToolTipRole:
    case StatusExplanationRole:
        return doc.statusExplanation(t);
    case IsLaneRole:
        return false;
    case LaneNameRole:
        return l.name;
    case TaskIdRole:
        return t.id;
    case TitleRole:
        return t.title;
    case HoursRole:
        return t.hours;
    case SizeRole:
        // Only a size stands in the estimate without hours or points ("Small", "XL").
        return t.hasHours() || t.points >= 0 ? QString() : t.estimate;
    case PriorityRole:
        return t.priority;
    case StatusRole:
        return int(c.status);
    case SubtasksDoneRole:
        return t.checkedCount();
    case SubtasksTotalRole:
        return int(t.subtasks.size());
    case BlockedByRole:
        return c.blockedBy;
    case AgentsRole:
        return c.agents;
    case FlagsRole:
        return t.extra().flags;
    case LineRole:
        return t.line;
    case SprintsRole:
        return doc.sprintsOf(t.id);
    case CategoryRole:
        return t.category;
    }
    return {};
}

QVariant BoardModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < kColumns)
        return taskStatusLabel(TaskStatus(section));
    return {};
}

Qt::ItemFlags BoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QModelIndex BoardModel::indexForTask(const QString& taskId) const
{
    const TrdDocument* doc = currentDocument();
    if (!doc)
        return {};
    const int t = doc->indexOf(taskId);
    for (int l = 0; l < m_lanes.size(); ++l) {
        const QList<Card>& cards = m_lanes.at(l).cards;
        for (int r = 0; r < cards.size(); ++r) {
            if (cards.at(r).task == t)
                return createIndex(r, 0, quintptr(l + 1));
        }
    }
    return {};
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractItemModel::roleNames();
    r.insert(TaskIdRole, "taskId");
    r.insert(TitleRole, "title");
    r.insert(HoursRole, "hours");
    r.insert(SizeRole, "size");
    r.insert(PriorityRole, "priority");
    r.insert(StatusRole, "status");
    r.insert(SubtasksDoneRole, "subtasksDone");
    r.insert(SubtasksTotalRole, "subtasksTotal");
    r.insert(BlockedByRole, "blockedBy");
    r.insert(AgentsRole, "agents");
    r.insert(LaneNameRole, "lane");
    r.insert(CountRole, "count");
    return r;
}

} // namespace pwb
