// SPDX-License-Identifier: MIT
// The `links` section of `--report`: gathers LinkBuilder's inputs headless (the same readers
// the views use, run synchronously) and prints, for every task, its agents, files, the
// findings in those files, their tests and traces.
#pragma once

#include "linkbuilder.h"

#include <QJsonObject>

namespace pwb {

namespace LinksReport {

// `findings`: the review the report already ran (its findings are linked to their files).
LinkInputs gather(const QString& root, const Findings& findings);
QJsonObject toJson(const QString& root, const Findings& findings);
QString toText(const QJsonObject& links);

} // namespace LinksReport

} // namespace pwb
