// SPDX-License-Identifier: MIT
// TRD lint: the document checked against itself (stated totals against task estimates,
// dependencies, cycles, completion, sprint membership, mermaid map against the fields).
// Every finding is located at a line and has a stable code.
#pragma once

#include "trddocument.h"

namespace pwb {

namespace TrdLint {
// Codes: trd-total-hours, trd-task-count, trd-sprint-count, trd-sprint-hours,
// trd-unknown-dependency, trd-sprint-unknown-task, trd-dependency-cycle,
// trd-complete-unchecked, trd-complete-dependency-open, trd-no-sprint,
// trd-multiple-sprints, trd-mermaid-missing-edge, trd-field-missing-edge.
Diagnostics check(const TrdDocument& doc);
// The parser's diagnostics and check()'s findings, ordered by line.
Diagnostics all(const TrdDocument& doc);
} // namespace TrdLint

} // namespace pwb
