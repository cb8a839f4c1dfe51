// SPDX-License-Identifier: MIT
// One logging category per layer, all under "pwb.". Quiet by default (warnings only);
// switch more on with QT_LOGGING_RULES="pwb.tasks.debug=true" or the --verbose flag.
// Diagnostics about the user's files are not log lines: they are Diagnostic values shown
// in the views and reports. Logs are for what the program itself did and why.
#pragma once

#include <QLoggingCategory>

namespace pwb {

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcTasks)
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
Q_DECLARE_LOGGING_CATEGORY(lcReview)
Q_DECLARE_LOGGING_CATEGORY(lcTesting)
Q_DECLARE_LOGGING_CATEGORY(lcTraces)
Q_DECLARE_LOGGING_CATEGORY(lcVcs)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace Logging {
// Turns info and debug output of every pwb category on (the command line's --verbose).
void setVerbose(bool on);
} // namespace Logging

} // namespace pwb
