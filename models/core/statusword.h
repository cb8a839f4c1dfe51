// SPDX-License-Identifier: MIT
// The one reading of a status as a team writes it: a Status cell of a plan's table, a
// ticket's "**Status:**" field, a lane's words. The task parser reads tasks' states with it
// and the classifier counts a ticket's status fields with it, so a status the board reads
// is one the classifier counts, and the other way round.
#pragma once

#include <QStringView>

namespace pwb {

enum class StatusWord
{
    None,
    Todo,
    InProgress,
    Blocked,
    Done
};
// What a Status cell or field says, also with emoji and in a few languages ("✅", "Done",
// "erledigt", "完成", "🔄 In Progress", "Not started").
StatusWord statusWord(QStringView s);

} // namespace pwb
