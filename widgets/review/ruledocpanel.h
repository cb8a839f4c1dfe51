// SPDX-License-Identifier: MIT
// The rule behind the current finding, beside the findings table: what it checks, why it
// matters, a bad and a good example, the fix, and its references (Sobelow / Credo / CWE).
#pragma once

#include "review/finding.h"

#include <QTextBrowser>

namespace pwb {

class RuleDocPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RuleDocPanel(QWidget* parent = nullptr);

    // Shows the finding's rule (from the catalog; for imported findings, what they carry).
    void showFinding(const Finding& finding);
    void clearRule();
    // The HTML shown for a finding, for tests and exports.
    static QString html(const Finding& finding);
};

} // namespace pwb
