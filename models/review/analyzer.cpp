// SPDX-License-Identifier: MIT
#include "analyzer.h"

#include "core/logging.h"
#include "core/projectfile.h"
#include "elixirlexer.h"
#include "fixverifier.h"
#include "rulecatalog.h"
#include "ruleengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>

namespace pwb {

namespace {

// "apps/shop/lib/shop/cart.ex" -> {"apps/shop/", "shop/cart"}; false when not under lib/.
bool splitApp(const QString& path, const QString& dir, const QString& suffix, QString* app,
              QString* stem)
{
    const QString marker = dir + u'/';
    qsizetype at = path.startsWith(marker) ? 0 : path.lastIndexOf(u'/' + marker);
    if (at < 0 || !path.endsWith(suffix))
        return false;
    const qsizetype start = at == 0 && path.startsWith(marker) ? 0 : at + 1;
    *app = path.left(start);
    *stem = path.mid(start + marker.size());
    stem->chop(suffix.size());
    return true;
}

} // namespace

bool Analyzer::isAnalyzable(const QString& relativePath)
{
    return ElixirLexer::isSourcePath(relativePath) || relativePath == u"mix.lock" ||
           relativePath.endsWith(u"/mix.lock");
}

QStringList Analyzer::analyzableFiles(const QStringList& relativePaths)
{
    QStringList out;
    for (const QString& p : relativePaths) {
        if (isAnalyzable(p))
            out.append(p);
    }
    return out;
}

FileAnalysis Analyzer::analyzeFile(const QString& root, const QString& relativePath,
                                   const RuleOptions& options)
{
    const ProjectFile::Result f = ProjectFile::read(root, relativePath);
    if (!f.ok()) {
        FileAnalysis out;
        out.path = relativePath;
        Diagnostic d = ProjectFile::diagnostic(f, relativePath);
        d.code = QStringLiteral("review-unreadable");
        out.diagnostics.append(d);
        return out;
    }
    return analyzeText(relativePath, f.bytes, options);
}

FileAnalysis Analyzer::analyzeText(const QString& relativePath, const QByteArray& text,
                                   const RuleOptions& options)
{
    FileAnalysis out = RuleEngine::analyze(relativePath, text, options);
    const FixVerifier::Outcome o = FixVerifier::verify(relativePath, text, &out, options);
    if (o.checked > 0)
        qCDebug(lcReview) << relativePath << "fixes re-checked:" << o.checked
                          << "withheld:" << o.withheld << "unverified:" << o.unverified;
    return out;
}

Findings Analyzer::crossFileFindings(const QList<const FileAnalysis*>& files)
{
    Findings out;
    // Tests: modules no test file refers to, by name or by file name.
    QSet<QString> referenced;
    QSet<QString> testStems;
    bool anyTests = false;
    for (const FileAnalysis* f : files) {
        QString app, stem;
        if (splitApp(f->path, QStringLiteral("test"), QStringLiteral("_test.exs"), &app, &stem)) {
            anyTests = true;
            testStems.insert(app + stem);
        }
        for (const QString& m : f->referencedModules)
            referenced.insert(m);
    }
    for (const FileAnalysis* f : files) {
        QString app, stem;
        if (f->modules.isEmpty() ||
            !splitApp(f->path, QStringLiteral("lib"), QStringLiteral(".ex"), &app, &stem))
            continue;
        const QString parent = stem.contains(u'/') ? stem.section(u'/', 0, -2) : QString();
        if (testStems.contains(app + stem) ||
            (!parent.isEmpty() && testStems.contains(app + parent)))
            continue;
        for (const FileAnalysis::ModuleDef& m : f->modules) {
            if (referenced.contains(m.name))
                continue;
            Finding x = RuleEngine::make(
                QStringLiteral("tests/untested-module"), f->path, m.line, m.column,
                anyTests
                    ? QCoreApplication::translate("Analyzer", "no test refers to %1").arg(m.name)
                    : QCoreApplication::translate("Analyzer", "%1 has no tests (the project "
                                                              "has no test files)")
                          .arg(m.name));
            x.fingerprint = x.id = Fingerprint::compute(x.rule, x.path, m.lineText, m.name);
            out.append(x);
        }
    }
    // Ecto: unique indexes without unique_constraint in the table's schema.
    QHash<QString, QList<FileAnalysis::UniqueIndex>> uniqueByTable;
    QSet<QString> facts;
    for (const FileAnalysis* f : files)
        facts.unite(f->facts);
    {
        // Migrations in version order: a later `drop index(...)` removes an earlier index
        // on the same columns, and only what is left is the schema's.
        QList<FileAnalysis::UniqueIndex> all;
        for (const FileAnalysis* f : files)
            all.append(f->uniqueIndexes);
        std::stable_sort(all.begin(), all.end(),
                         [](const auto& a, const auto& b) { return a.version < b.version; });
        for (const auto& u : std::as_const(all)) {
            QList<FileAnalysis::UniqueIndex>& list = uniqueByTable[u.table];
            list.removeIf([&u](const auto& x) { return x.columns == u.columns; });
            if (!u.dropped)
                list.append(u);
        }
    }
    // Tables that more than one schema maps (an owner's view and a read model of "orgs").
    QHash<QString, int> schemasPerTable;
    for (const FileAnalysis* f : files) {
        for (const FileAnalysis::Schema& s : f->schemas)
            ++schemasPerTable[s.table];
    }
    for (const FileAnalysis* f : files) {
        for (const FileAnalysis::Schema& s : f->schemas) {
            // A schema that never casts input (a store's table written by a library, rows
            // made by the code) has no changeset for a unique_constraint to act on.
            if (!s.casts)
                continue;
            QSet<QString> done;
            for (const auto& u : uniqueByTable.value(s.table)) {
                // A composite index is covered by a unique_constraint on any of its columns
                // (Ecto names the constraint after the fields, or the code names it).
                bool covered = false;
                for (const QString& c : u.columns)
                    covered = covered || s.uniqueConstraints.contains(c);
                // An upsert on the index (conflict_target) handles the duplicate itself.
                for (const QString& c : u.columns)
                    covered = covered || facts.contains(u"conflict:" + c);
                // Values the code makes itself never collide: the primary key, generated
                // UUIDs, random tokens.
                for (const QString& c : u.columns)
                    covered = covered || c == u"id" || s.generated.contains(c) ||
                              facts.contains(u"generated:" + u.table + u'.' + c) || c == u"token" ||
                              c.endsWith(u"_token") || c.endsWith(u"_secret");
                // A second schema on the same table (a read model, an admin view) that
                // never writes any of the index's columns: its changesets cannot collide.
                // (With one schema, columns set through associations still count.)
                if (s.castKnown && schemasPerTable.value(s.table) > 1) {
                    bool written = false;
                    for (const QString& c : u.columns)
                        written = written || s.castFields.contains(c);
                    covered = covered || !written;
                }
                if (covered || done.contains(u.column))
                    continue;
                done.insert(u.column);
                Finding x = RuleEngine::make(
                    QStringLiteral("ecto/unique-without-constraint"), f->path, s.line, s.column,
                    QCoreApplication::translate("Analyzer",
                                                "%1.%2 has a unique index but the schema never "
                                                "calls unique_constraint(:%2)")
                        .arg(s.table, u.column));
                x.fingerprint = x.id =
                    Fingerprint::compute(x.rule, x.path, s.lineText, s.table + u'.' + u.column);
                out.append(x);
            }
        }
    }
    // Preloads: template reads of associations where the module building the list is visible
    // and never preloads.
    QHash<QString, const FileAnalysis*> byPath;
    for (const FileAnalysis* f : files)
        byPath.insert(f->path, f);
    for (const FileAnalysis* f : files) {
        if (f->preloadCandidates.isEmpty())
            continue;
        QList<const FileAnalysis*> owners;
        if (f->path.endsWith(u".ex")) {
            owners.append(f);
        } else {
            const QFileInfo fi(f->path);
            const QString dir = fi.path() == u"." ? QString() : fi.path() + u'/';
            const QString base = fi.fileName().section(u'.', 0, 0);
            if (auto* o = byPath.value(dir + base + QStringLiteral(".ex")))
                owners.append(o);
            const QString folder = QFileInfo(fi.path()).fileName();
            const QString parent = QFileInfo(fi.path()).path();
            if (folder.endsWith(u"_html")) {
                const QString ctrl = (parent == u"." ? QString() : parent + u'/') +
                                     folder.chopped(5) + QStringLiteral("_controller.ex");
                if (auto* o = byPath.value(ctrl))
                    owners.append(o);
            }
            if (folder.endsWith(u"_live")) {
                const QString lv =
                    (parent == u"." ? QString() : parent + u'/') + folder + QStringLiteral(".ex");
                if (auto* o = byPath.value(lv))
                    owners.append(o);
            }
        }
        for (const FileAnalysis* o : owners) {
            if (o->callsRepo && !o->mentionsPreload) {
                out.append(f->preloadCandidates);
                break;
            }
        }
    }
    out.append(resolveCandidates(files));
    return out;
}

Findings Analyzer::resolveCandidates(const QList<const FileAnalysis*>& files)
{
    QSet<QString> facts;
    for (const FileAnalysis* f : files)
        facts.unite(f->facts);
    // Applications whose config a project may read: its own (every mix.exs of an umbrella),
    // its dependencies (mix.exs and mix.lock), and those of Erlang/OTP and Elixir.
    static const QSet<QString> builtin = {
        QStringLiteral("kernel"), QStringLiteral("stdlib"),      QStringLiteral("elixir"),
        QStringLiteral("logger"), QStringLiteral("mix"),         QStringLiteral("ex_unit"),
        QStringLiteral("iex"),    QStringLiteral("eex"),         QStringLiteral("ssl"),
        QStringLiteral("crypto"), QStringLiteral("inets"),       QStringLiteral("public_key"),
        QStringLiteral("sasl"),   QStringLiteral("os_mon"),      QStringLiteral("runtime_tools"),
        QStringLiteral("mnesia"), QStringLiteral("observer"),    QStringLiteral("tools"),
        QStringLiteral("xmerl"),  QStringLiteral("syntax_tools")};
    bool knowsApps = false;
    for (const QString& f : facts)
        knowsApps = knowsApps || f.startsWith(u"app:");
    Findings out;
    for (const FileAnalysis* f : files) {
        for (const FileAnalysis::Candidate& c : f->candidates) {
            const QString& rule = c.finding.rule;
            Finding x = c.finding;
            if (rule == u"warning/foreign-app-env") {
                if (!knowsApps || builtin.contains(c.key) || facts.contains(u"app:" + c.key) ||
                    facts.contains(u"dep:" + c.key))
                    continue;
            } else if (rule == u"performance/reference-without-index") {
                if (facts.contains(u"index:" + c.key))
                    continue;
            } else if (rule == u"security/csp") {
                if (facts.contains(QStringLiteral("csp")))
                    continue;
            } else if (rule == u"security/force-ssl") {
                if (facts.contains(QStringLiteral("force_ssl")))
                    continue;
            } else if (rule == u"security/oauth-state") {
                if (facts.contains(QStringLiteral("oauth-state-verified")))
                    continue;
            } else if (rule == u"security/hardcoded-secret") {
                // A shared-config secret that runtime.exs sets again: dev/test keep the
                // literal, production does not. Worth cleaning up, not an exposure.
                if (facts.contains(u"runtime-key:" + c.key)) {
                    QString where = QStringLiteral("runtime.exs");
                    for (const char* file : {"runtime.exs", "releases.exs", "prod.exs"}) {
                        if (facts.contains(u"runtime-key:" + c.key + u'@' +
                                           QLatin1StringView(file))) {
                            where = QLatin1StringView(file);
                            break;
                        }
                    }
                    x.severity = Finding::Severity::Low;
                    x.message += QCoreApplication::translate(
                                     "Analyzer", " (config/%1 sets it again, so production "
                                                 "overrides it)")
                                     .arg(where);
                }
            }
            out.append(x);
        }
    }
    return out;
}

ProjectAnalysis Analyzer::combine(const QList<const FileAnalysis*>& files)
{
    ProjectAnalysis r;
    for (const FileAnalysis* f : files) {
        r.findings.append(f->findings);
        r.diagnostics.append(f->diagnostics);
        ++r.filesAnalyzed;
        r.linesAnalyzed += f->lines;
        r.bytesAnalyzed += f->bytes;
        r.docs += f->docs;
    }
    r.findings.append(crossFileFindings(files));

    std::stable_sort(r.findings.begin(), r.findings.end(), [](const Finding& a, const Finding& b) {
        if (a.path != b.path)
            return a.path < b.path;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    return r;
}

ProjectAnalysis Analyzer::analyzeProject(const QString& root, const QStringList& relativePaths,
                                         const std::atomic_bool* cancel, const RuleOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    const QStringList files = analyzableFiles(relativePaths);
    const QList<FileAnalysis> results =
        QtConcurrent::blockingMapped(files, [root, cancel, options](const QString& p) {
            if (cancel && cancel->load())
                return FileAnalysis{};
            return analyzeFile(root, p, options);
        });
    QList<const FileAnalysis*> ptrs;
    ptrs.reserve(results.size());
    for (const FileAnalysis& f : results)
        ptrs.append(&f);
    ProjectAnalysis r = combine(ptrs);
    for (const RuleInfo& info : RuleCatalog::rules()) {
        if (options.runs(info.id, info.onByDefault))
            r.rulesRun.append(info.id);
    }
    r.cancelled = cancel && cancel->load();
    r.ms = timer.elapsed();
    return r;
}

QJsonObject ProjectAnalysis::toJson() const
{
    QJsonObject bySeverity{
        {QStringLiteral("high"), 0}, {QStringLiteral("medium"), 0}, {QStringLiteral("low"), 0}};
    QMap<QString, int> byRule;
    for (const Finding& f : findings) {
        const QString s = Finding::severityName(f.severity);
        bySeverity.insert(s, bySeverity.value(s).toInt() + 1);
        ++byRule[f.rule];
    }
    QJsonObject rules;
    for (auto it = byRule.begin(); it != byRule.end(); ++it)
        rules.insert(it.key(), it.value());
    // Lexer and structure diagnostics: a file with a syntax error is reported, not skipped.
    QJsonArray diags;
    for (const Diagnostic& d : diagnostics) {
        if (diags.size() >= 500)
            break;
        diags.append(d.toJson());
    }
    QJsonArray run;
    for (const QString& r : rulesRun)
        run.append(r);
    return QJsonObject{{QStringLiteral("total"), int(findings.size())},
                       {QStringLiteral("diagnostics"), diags},
                       {QStringLiteral("rules"), run},
                       {QStringLiteral("by_severity"), bySeverity},
                       {QStringLiteral("by_rule"), rules},
                       {QStringLiteral("files_analyzed"), filesAnalyzed},
                       {QStringLiteral("lines_analyzed"), double(linesAnalyzed)},
                       {QStringLiteral("ms"), double(ms)},
                       {QStringLiteral("doc_coverage"), std::round(docs.coverage() * 10) / 10}};
}

} // namespace pwb
