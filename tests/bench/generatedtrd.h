// SPDX-License-Identifier: MIT
// A generated TRD in the seed's format for the benchmarks: `tasks` bold-line tasks with five
// subtasks each (every fourth task done, the rest partly ticked), Dependencies, Validation
// and Reference fields, area headings, sprints of 100 tasks and a mermaid map.
#pragma once

#include <QByteArray>
#include <QString>


inline QByteArray generatedTrd(int tasks)
{
    QByteArray md;
    md.reserve(tasks * 900);
    md += "# Technical Requirements Document\n\n# Generated Plan\n\n## 3. Implementation Plan\n\n"
          "### 3.1 Master Task List\n\n";
    const char* prio[] = {"HIGH", "MEDIUM", "LOW"};
    for (int i = 1; i <= tasks; ++i) {
        if (i % 10 == 1)
            md += QStringLiteral("#### Area %1 (GEN-%2 to GEN-%3)\n\n")
                      .arg(i / 10 + 1)
                      .arg(i)
                      .arg(i + 9)
                      .toUtf8();
        const bool done = i % 4 == 0;
        md += QStringLiteral("**GEN-%1: Generated task number %1 with a realistic title** (%2h) - "
                             "**%3 PRIORITY**%4\n")
                  .arg(i, 5, 10, QLatin1Char('0'))
                  .arg(i % 8 + 1)
                  .arg(QLatin1String(prio[i % 3]))
                  .arg(done ? QStringLiteral(" ✅ **COMPLETED**") : QString())
                  .toUtf8();
        for (int s = 0; s < 5; ++s)
            md += QStringLiteral("- [%1] Subtask %2 of task %3: implement, test and document it\n")
                      .arg(QChar(done || s < i % 5 ? u'x' : u' '))
                      .arg(s + 1)
                      .arg(i)
                      .toUtf8();
        md += i > 1 ? QStringLiteral("- **Dependencies**: GEN-%1\n")
                          .arg(i - 1, 5, 10, QLatin1Char('0'))
                          .toUtf8()
                    : QByteArray("- **Dependencies**: None\n");
        md += "- **Validation**: the generated checks pass on CI\n";
        md += QStringLiteral("- **Reference**: `agents/code-reviewer.md:%1-%2` - review rules\n\n")
                  .arg(i % 900 + 1)
                  .arg(i % 900 + 40)
                  .toUtf8();
    }
    md += "### 3.2 Sprint Planning\n\n";
    const int perSprint = 100;
    for (int s = 0; s < tasks / perSprint; ++s) {
        md += QStringLiteral(
                  "#### Sprint %1: Block %1 (Week %1) - %2 hours total\n\n**Primary Tasks**:\n")
                  .arg(s + 1)
                  .arg(450)
                  .toUtf8();
        for (int k = 1; k <= perSprint; ++k)
            md += QStringLiteral("- GEN-%1: Generated task\n")
                      .arg(s * perSprint + k, 5, 10, QLatin1Char('0'))
                      .toUtf8();
        md += "\n**Sprint Goal**: everything in the block done\n\n";
    }
    md += "### 3.3 Dependency Map\n\n```mermaid\ngraph LR\n";
    for (int i = 1; i < tasks; ++i)
        md += QStringLiteral("    GEN%1 --> GEN%2\n")
                  .arg(i, 5, 10, QLatin1Char('0'))
                  .arg(i + 1, 5, 10, QLatin1Char('0'))
                  .toUtf8();
    md += "```\n\n**Estimated Total Effort**: 45000 hours (10000 tasks across 100 sprints)\n";
    return md;
}
