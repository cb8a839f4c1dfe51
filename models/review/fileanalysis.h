// SPDX-License-Identifier: MIT
// What the analyzer learns from one file: its findings and lexer diagnostics, its size, its
// documentation counts, and the facts the cross-file rules combine (modules, tests, indexes).
#pragma once

#include "core/diagnostic.h"
#include "finding.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pwb {

struct DocStats
{
    int modules = 0;
    int documentedModules = 0;
    int functions = 0;
    int documentedFunctions = 0;

    int total() const { return modules + functions; }
    int documented() const { return documentedModules + documentedFunctions; }
    // Percentage; 100 when there is nothing to document.
    double coverage() const { return total() == 0 ? 100.0 : 100.0 * documented() / total(); }
    DocStats& operator+=(const DocStats& o)
    {
        modules += o.modules;
        documentedModules += o.documentedModules;
        functions += o.functions;
        documentedFunctions += o.documentedFunctions;
        return *this;
    }
};

struct FileAnalysis
{
    struct ModuleDef
    {
        QString name;
        int line = 0;
        int column = 0;
        QString lineText; // normalised, for fingerprints
    };
    struct UniqueIndex
    {
        QString table;
        QString column; // the index's first column
        int line = 0;
        QStringList columns;  // all of them, in order
        bool dropped = false; // `drop index(...)` in a later migration removes it
        QString version;      // the migration's version (its file name's timestamp)
    };
    struct Schema
    {
        QString table;
        int line = 0;
        int column = 0;
        QStringList uniqueConstraints; // first field of each unique_constraint
        // Fields the code fills itself (`autogenerate: true`, put_change with a generated
        // UUID or random bytes): input never collides on them.
        QStringList generated;
        // The module casts input into changesets; unique_constraint only acts on those.
        bool casts = false;
        // Fields its changesets write (cast lists, put_change), when every list could be
        // read (literals, `~w(...)a`, module attributes holding those, joined with ++);
        // castKnown is false when one could not, and then every column counts.
        QStringList castFields;
        bool castKnown = true;
        QString lineText; // normalised, for fingerprints
    };

    // A finding only the project-wide pass can confirm: it is kept or dropped by what other
    // files say (e.g. an app name that mix.exs does not declare, a CSP set elsewhere).
    struct Candidate
    {
        Finding finding;
        QString key; // what the project-wide pass checks (app name, secret name, ...)
    };

    QString path; // project-relative
    Findings findings;
    Diagnostics diagnostics;
    int lines = 0;
    qint64 bytes = 0;
    DocStats docs;

    // Facts for cross-file rules.
    QList<ModuleDef> modules;         // top-level modules of a lib/ file
    QStringList referencedModules;    // aliases a test file mentions (expanded)
    QList<UniqueIndex> uniqueIndexes; // from migrations
    QList<Schema> schemas;
    Findings preloadCandidates; // association reads in templates, kept if no preload is visible
    QList<Candidate> candidates;
    // Project facts: "app:<name>" (mix.exs), "dep:<name>" (mix.exs/mix.lock), "force_ssl",
    // "csp", "oauth-state-verified", "runtime-key:<config key>", "prod-config".
    QSet<QString> facts;
    bool mentionsPreload = false;
    bool callsRepo = false;
};

} // namespace pwb
