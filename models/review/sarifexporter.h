// SPDX-License-Identifier: MIT
// Writes findings as SARIF 2.1.0 the way GitHub code scanning accepts it: one run per tool,
// rules with descriptions and levels, %SRCROOT%-relative locations, partialFingerprints,
// and fixes for mechanical replacements.
#pragma once

#include "finding.h"

#include <QJsonObject>

namespace pwb {

class SarifExporter
{
public:
    static QJsonObject toJson(const Findings& findings);
    // Atomic write (QSaveFile). projectRoot is recorded as %SRCROOT%.
    static bool write(const QString& file, const Findings& findings, const QString& projectRoot,
                      QString* error = nullptr);
    static QString level(Finding::Severity s); // error | warning | note
};

} // namespace pwb
