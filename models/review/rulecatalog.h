// SPDX-License-Identifier: MIT
// What each of our review rules is: id, default severity, category, title, why and fix.
#pragma once

#include "finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

struct RuleInfo
{
    QString id; // "security/sql-interpolation"
    Finding::Severity severity = Finding::Severity::Medium;
    QString category; // security performance otp accessibility ecto documentation tests
    QString title;    // short name for lists and SARIF
    QString why;
    QString fix;
    QString bad;            // a short Elixir/HEEx example that fires
    QString good;           // the same code, fixed
    QStringList references; // Sobelow / Credo check names, CWE ids, docs
    bool onByDefault = true;
};

class RuleCatalog
{
public:
    static const QList<RuleInfo>& rules();
    // nullptr for an unknown id.
    static const RuleInfo* find(const QString& id);
    static QStringList categories();
};

} // namespace pwb
