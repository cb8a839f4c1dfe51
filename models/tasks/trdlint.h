// SPDX-License-Identifier: MIT
// TRD lint: the document checked against itself (stated totals against task estimates,
// dependencies, cycles, completion, sprint membership, mermaid map against the fields).
// Every finding is located at a line and has a stable code.
#pragma once

#include "trddocument.h"

#include <QSet>

namespace pwb {

namespace TrdLint {
// Codes: trd-total-hours, trd-task-count, trd-sprint-count, trd-sprint-hours,
// trd-unknown-dependency, trd-sprint-unknown-task, trd-dependency-cycle,
// trd-complete-unchecked, trd-complete-dependency-open, trd-no-sprint,
// trd-multiple-sprints, trd-mermaid-missing-edge, trd-field-missing-edge.
// elsewhere: ids the project's other plans define. A dependency on one of them, or a sprint
// listing one, points at a real task (a sprint plan citing the stories of its epic document),
// not at a missing one.
Diagnostics check(const TrdDocument& doc, const QSet<QString>* elsewhere = nullptr);
// The parser's diagnostics and check()'s findings, ordered by line.
Diagnostics all(const TrdDocument& doc, const QSet<QString>* elsewhere = nullptr);
// The ids the plans among docs define, for check()'s elsewhere.
QSet<QString> planIds(const QList<const TrdDocument*>& docs);
} // namespace TrdLint

} // namespace pwb
