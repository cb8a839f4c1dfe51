// SPDX-License-Identifier: MIT
#include "core/logging.h"

namespace pwb {

// QtWarningMsg: below that, a category says nothing unless a rule switches it on.
Q_LOGGING_CATEGORY(lcCore, "pwb.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProject, "pwb.project", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "pwb.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTasks, "pwb.tasks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGraph, "pwb.graph", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReview, "pwb.review", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTesting, "pwb.testing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTraces, "pwb.traces", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVcs, "pwb.vcs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "pwb.workspace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "pwb.app", QtWarningMsg)

namespace Logging {

void setVerbose(bool on)
{
    // Rules set here are applied before QT_LOGGING_RULES, so the environment still wins
    // for a category the user names there.
    QLoggingCategory::setFilterRules(on ? QStringLiteral("pwb.*.debug=true\npwb.*.info=true")
                                        : QString());
}

} // namespace Logging

} // namespace pwb
