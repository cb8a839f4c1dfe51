// SPDX-License-Identifier: MIT
// One document's tasks as a board: swimlanes (by sprint, priority or category) at the top
// level, each holding its cards; a card's StatusRole says its column (To do, In progress,
// Blocked, Done). Lane rows have one column per status with counts and hours.
#pragma once

#include "trddocument.h"

#include <QAbstractItemModel>
#include <QSet>

namespace pwb {

class TaskDocuments;

class BoardModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class LaneMode
    {
        Sprint,
        Priority,
        Category
    };
    enum Roles
    {
        TaskIdRole = Qt::UserRole + 1,
        TitleRole,
        HoursRole, // double, < 0 when not estimated
        PriorityRole,
        StatusRole, // int(TaskStatus): the card's column
        StatusExplanationRole,
        SubtasksDoneRole,
        SubtasksTotalRole,
        BlockedByRole, // QStringList of open prerequisites
        AgentsRole,    // QStringList: agents named by the task's references
        FlagsRole,
        LineRole,
        SprintsRole,
        CategoryRole,
        IsLaneRole,
        LaneNameRole,
        CountRole,    // on a lane cell: cards in that status
        HoursSumRole, // on a lane cell: their hours
        SizeRole,     // QString: a T-shirt size ("M") given instead of hours, else empty
    };
    static constexpr int kColumns = 4;

    explicit BoardModel(TaskDocuments* docs, QObject* parent = nullptr);

    void setDocument(int index);
    int document() const { return m_document; }
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }
    void setFilterText(const QString& text);
    void setPriorityFilter(const QString& priority); // empty: any
    void setSprintFilter(const QString& sprint);     // empty: any
    void setStatusFilter(int status);                // -1: any
    QStringList priorities() const;
    QStringList sprintNames() const;
    int cardCount() const { return m_cardCount; }
    QModelIndex indexForTask(const QString& taskId) const;
    const TrdDocument* currentDocument() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Card
    {
        int task;
        TaskStatus status;
        QStringList blockedBy;
        QStringList agents;
    };
    struct Lane
    {
        QString name;
        QList<Card> cards;
        int counts[kColumns] = {0, 0, 0, 0};
        double hours[kColumns] = {0, 0, 0, 0};
    };
    void rebuild();
    bool accepts(const TrdTask& t, TaskStatus s) const;

    TaskDocuments* m_docs;
    int m_document = 0;
    LaneMode m_mode = LaneMode::Sprint;
    QString m_text;
    QString m_priority;
    QString m_sprint;
    QSet<QString> m_sprintIds;
    int m_status = -1;
    QList<Lane> m_lanes;
    int m_cardCount = 0;
};

} // namespace pwb
