// SPDX-License-Identifier: MIT
// Counts and hours of a TrdDocument, per status and per sprint: what the report, the
// sprint summary and the burndown show.
#pragma once

#include "trddocument.h"

namespace pwb {

struct TrdSprintStats
{
    QString name;
    int tasks = 0;
    double hours = 0;
    double hoursDone = 0;
    double statedHours = -1;
    // The same, counting a task planned in several sprints only in the first one.
    double newHours = 0;
    double newHoursDone = 0;
};

struct TrdStats
{
    int tasks = 0;
    int done = 0;
    int inProgress = 0;
    int blocked = 0;
    int todo = 0;
    double hoursTotal = 0;
    double hoursDone = 0;
    int subtasksChecked = 0;
    int subtasksOpen = 0;
    QList<TrdSprintStats> sprints;

    double hoursRemaining() const { return hoursTotal - hoursDone; }
    static TrdStats of(const TrdDocument& doc);
};

} // namespace pwb
