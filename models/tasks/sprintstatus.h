// SPDX-License-Identifier: MIT
// BMAD's sprint-status.yaml: the tracker a BMAD project keeps beside its epics, one
// `1-2-story-slug: done` line per story under `development_status:`. It is read as a report:
// the stories it calls done lend that as evidence to the one plan defining them ("Story 1.2"
// in epics.md, lendReportEvidence), so the board shows what the team marked done instead of
// every story open.
#pragma once

#include "trddocument.h"

#include <QByteArray>
#include <QString>

namespace pwb::SprintStatus {

// "Story 1.2" for a story key ("1-2-user-login", "10-3b-retry"); empty for epics,
// retrospectives and anything else.
QString storyId(QStringView key);

// The status file as a report document: `doneMentions` holds each story called done, with
// the status as written and its line; class Report, or Other when the file holds no
// `development_status` map. Broken YAML is a located diagnostic.
TrdDocument read(const QByteArray& utf8, const QString& path);

} // namespace pwb::SprintStatus
