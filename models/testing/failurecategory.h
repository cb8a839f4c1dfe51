// SPDX-License-Identifier: MIT
// The TRD's test-failure analysis: which kind of failure this is and what usually fixes it.
#pragma once

#include "testevent.h"

#include <QString>

namespace pwb {

enum class FailureCategory
{
    None,
    Assertion,
    MatchError,
    Database,
    Timeout,
    LiveView,
    Setup,
    Compile,
    Runtime
};

namespace FailureCategories {
FailureCategory categorise(const TestResult& test);
QString id(FailureCategory c);    // stable: "assertion", "match-error", ...
QString title(FailureCategory c); // translated
QString hint(FailureCategory c);  // translated, one or two sentences
} // namespace FailureCategories

} // namespace pwb
