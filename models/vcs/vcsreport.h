// SPDX-License-Identifier: MIT
// The `vcs` section of the headless report: repository state and what changed against
// the merge base with the default branch.
#pragma once

#include <QJsonObject>

namespace pwb {

namespace VcsReport {
QJsonObject toJson(const QString& projectRoot);
// A few lines for the text report, indented like the rest of it.
QString toText(const QJsonObject& vcs);
} // namespace VcsReport

} // namespace pwb
