// SPDX-License-Identifier: MIT
// Triage decisions (open/confirmed/won't fix/false positive/fixed + comment) keyed by finding
// fingerprint, kept in <project>/.workbench/triage.json: written atomically, one decision
// per line in fingerprint order so concurrent edits merge cleanly in git.
#pragma once

#include "core/diagnostic.h"
#include "finding.h"

#include <QMap>
#include <QObject>

namespace pwb {

class TriageStore : public QObject
{
    Q_OBJECT
public:
    struct Decision
    {
        Finding::Triage state = Finding::Triage::Open;
        QString comment;
        QString rule; // kept for humans reading the file and for merges
        QString path;
        QString updated; // ISO 8601 UTC
        friend bool operator==(const Decision&, const Decision&) = default;
    };

    explicit TriageStore(QObject* parent = nullptr);

    // <root>/.workbench/triage.json
    static QString fileFor(const QString& projectRoot);

    // Loads the project's decisions (none when the file is missing). Problems in the file are
    // reported located; the decisions that parse are kept. A file that had to be salvaged is
    // first copied to .workbench/triage.json.corrupt-<UTC stamp> (the diagnostic says where);
    // one that cannot be read at all is never overwritten.
    Diagnostics load(const QString& projectRoot);
    // Writes the file atomically through ProjectFile. Returns false with *error on failure.
    bool save(QString* error = nullptr) const;
    // Serialised form; parse() reads it back (path is for diagnostics).
    QByteArray toBytes() const;
    // A file that is not valid JSON (a merge conflict, a cut-off write) is read line by line:
    // every line holding a decision counts, both sides of a conflict (*salvaged set).
    static QMap<QString, Decision> parse(const QByteArray& bytes, const QString& path,
                                         Diagnostics* diagnostics, bool* salvaged = nullptr);

    QString root() const { return m_root; }
    bool contains(const QString& fingerprint) const { return m_decisions.contains(fingerprint); }
    Decision decision(const QString& fingerprint) const { return m_decisions.value(fingerprint); }
    Finding::Triage state(const QString& fingerprint) const
    {
        return m_decisions.value(fingerprint).state;
    }
    const QMap<QString, Decision>& decisions() const { return m_decisions; }

    // Records a decision and saves when a project root is set. Setting Open with no comment
    // removes the entry.
    bool setDecision(const Finding& finding, Finding::Triage state, const QString& comment = {},
                     QString* error = nullptr);
    void clear();

signals:
    void changed(const QString& fingerprint);
    void reset();

private:
    QString m_root;
    QMap<QString, Decision> m_decisions;
    QString m_saveBlocked; // why saving would lose someone's decisions
};

} // namespace pwb
