// SPDX-License-Identifier: MIT
// Runs every per-file rule over one file's tokens. Pure and thread-safe: the analyzer calls
// it from worker threads. Rules read code tokens only, so comments, strings and docs never
// make them fire.
#pragma once

#include "fileanalysis.h"

#include <QByteArray>
#include <QSet>

namespace pwb {

// Which rules run beyond those on by default (RuleInfo::onByDefault).
struct RuleOptions
{
    QSet<QString> enabled; // rule ids
    bool runs(const QString& rule, bool onByDefault) const
    {
        return onByDefault || enabled.contains(rule);
    }
};

class RuleEngine
{
public:
    // `path` is project-relative ('/'-separated); it decides which rules apply (lib/, test/,
    // config/, priv/repo/migrations/, templates).
    // Test code and dev/test configs never get more than a low finding. mix.lock is checked
    // against the dated advisory table (see Advisories).
    static FileAnalysis analyze(const QString& path, const QByteArray& text,
                                const RuleOptions& options = {});

    // Fills a finding's severity/category/why/fix from the catalog and its position.
    static Finding make(const QString& rule, const QString& path, int line, int column,
                        const QString& message);
};

} // namespace pwb
