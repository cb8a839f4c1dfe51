// SPDX-License-Identifier: MIT
// Where plans are looked for beyond docs/. Deeper down than its top-level rules,
// DocumentKind::isCandidate() takes every *.md in a folder named for plans (".claude/plans/",
// "thoughts/shared/plans/", "ai_docs/tasks/", GSD's ".planning/") and files named as plans
// or requirements ("project/0100_payments_TRD.md", "PRD.md", "x-tasks.md", "07-01-PLAN.md"),
// never under a skipped folder, in tool set-ups, templates or fixtures, nor named so in
// other hidden folders. The rest of the markdown may be a plan by its text: worthALook().
#pragma once

#include <QStringView>

namespace pwb::DocumentKind {

// Markdown that no path rule names but that may be a plan by its text: outside hidden
// folders, skipped folders, tool set-ups and templates, and not a README, changelog,
// licence or agent instructions file. Its head decides (TasksReport::plansByContent).
bool worthALook(QStringView relativePath);
// Folder names never searched for plans at any depth: dependencies, build output, caches,
// VCS folders (deps, _build, node_modules, vendor, .venv, .git...).
bool isSkippedFolder(QStringView name);
// A file named for nothing but a plan ("TASKS.md", "roadmap.md", "TODO.md"): a plan even in
// an agents folder, where the other files define agents (an agent is named for its role).
bool isPlanNamedFile(QStringView fileName);

} // namespace pwb::DocumentKind
