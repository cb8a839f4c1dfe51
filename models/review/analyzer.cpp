// SPDX-License-Identifier: MIT
#include "analyzer.h"

#include "core/projectfile.h"
#include "elixirlexer.h"
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
    return ElixirLexer::isSourcePath(relativePath);
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

FileAnalysis Analyzer::analyzeFile(const QString& root, const QString& relativePath)
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
    return RuleEngine::analyze(relativePath, f.bytes);
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
    for (const FileAnalysis* f : files) {
        for (const auto& u : f->uniqueIndexes)
            uniqueByTable[u.table].append(u);
    }
    for (const FileAnalysis* f : files) {
        for (const FileAnalysis::Schema& s : f->schemas) {
            QSet<QString> done;
            for (const auto& u : uniqueByTable.value(s.table)) {
                if (s.uniqueConstraints.contains(u.column) || done.contains(u.column))
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
                                         const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QStringList files = analyzableFiles(relativePaths);
    const QList<FileAnalysis> results =
        QtConcurrent::blockingMapped(files, [root, cancel](const QString& p) {
            if (cancel && cancel->load())
                return FileAnalysis{};
            return analyzeFile(root, p);
        });
    QList<const FileAnalysis*> ptrs;
    ptrs.reserve(results.size());
    for (const FileAnalysis& f : results)
        ptrs.append(&f);
    ProjectAnalysis r = combine(ptrs);
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
    return QJsonObject{{QStringLiteral("total"), int(findings.size())},
                       {QStringLiteral("by_severity"), bySeverity},
                       {QStringLiteral("by_rule"), rules},
                       {QStringLiteral("files_analyzed"), filesAnalyzed},
                       {QStringLiteral("lines_analyzed"), double(linesAnalyzed)},
                       {QStringLiteral("ms"), double(ms)},
                       {QStringLiteral("doc_coverage"), std::round(docs.coverage() * 10) / 10}};
}

} // namespace pwb
