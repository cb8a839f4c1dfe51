// SPDX-License-Identifier: MIT
#include "trdstats.h"

#include <QSet>

namespace pwb {

TrdStats TrdStats::of(const TrdDocument& doc)
{
    TrdStats s;
    QHash<QString, TaskStatus> status;
    status.reserve(doc.tasks.size());
    for (const TrdTask& t : doc.tasks) {
        const TaskStatus st = doc.statusOf(t);
        status.insert(t.id, st);
        ++s.tasks;
        switch (st) {
        case TaskStatus::Done:
            ++s.done;
            break;
        case TaskStatus::InProgress:
            ++s.inProgress;
            break;
        case TaskStatus::Blocked:
            ++s.blocked;
            break;
        case TaskStatus::Todo:
            ++s.todo;
            break;
        }
        const double h = t.hasHours() ? t.hours : 0;
        s.hoursTotal += h;
        if (st == TaskStatus::Done)
            s.hoursDone += h;
        const int checked = t.checkedCount();
        s.subtasksChecked += checked;
        s.subtasksOpen += int(t.subtasks.size()) - checked;
    }
    QSet<QString> planned;
    for (const TrdSprint& sp : doc.sprints) {
        TrdSprintStats ss;
        ss.name = sp.name;
        ss.statedHours = sp.statedHours;
        for (const QString& id : sp.tasks()) {
            const TrdTask* t = doc.task(id);
            if (!t)
                continue;
            ++ss.tasks;
            const double h = sp.hoursOf(*t);
            ss.hours += h;
            const bool done = status.value(id) == TaskStatus::Done;
            if (done)
                ss.hoursDone += h;
            // A part of a continued story is new work in each sprint that plans one.
            if (sp.parts.contains(id)) {
                ss.newHours += h;
                ss.newHoursDone += done ? h : 0;
            } else if (!planned.contains(id)) {
                planned.insert(id);
                ss.newHours += h;
                ss.newHoursDone += done ? h : 0;
            }
        }
        s.sprints.append(ss);
    }
    return s;
}

} // namespace pwb
