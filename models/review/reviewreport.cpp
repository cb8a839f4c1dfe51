// SPDX-License-Identifier: MIT
#include "reviewreport.h"

#include "analyzer.h"
#include "project/fileindex.h"
#include "reportimporter.h"
#include "sarifexporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace pwb {

namespace ReviewReport {

Result run(const QString& root, const Options& options)
{
    Result r;
    ProjectAnalysis analysis =
        Analyzer::analyzeProject(root, FileIndex::scan(root), nullptr, options.rules);
    for (const QString& file : options.imports) {
        ReportImporter::Result imported = ReportImporter::importFile(file, root);
        r.diagnostics.append(imported.diagnostics);
        analysis.findings.append(imported.findings);
    }
    r.findings = analysis.findings;
    r.json = analysis.toJson();
    if (!options.sarif.isEmpty())
        SarifExporter::write(options.sarif, r.findings, root, &r.error);
    return r;
}

QString toText(const QJsonObject& f)
{
    QString s;
    QTextStream t(&s);
    const QJsonObject sev = f.value(QStringLiteral("by_severity")).toObject();
    t << "  findings:    " << f.value(QStringLiteral("total")).toInt() << " (high "
      << sev.value(QStringLiteral("high")).toInt() << ", medium "
      << sev.value(QStringLiteral("medium")).toInt() << ", low "
      << sev.value(QStringLiteral("low")).toInt() << ") in "
      << f.value(QStringLiteral("files_analyzed")).toInt() << " files, "
      << qint64(f.value(QStringLiteral("lines_analyzed")).toDouble()) << " lines, "
      << qint64(f.value(QStringLiteral("ms")).toDouble()) << " ms\n";
    t << "  doc coverage: " << f.value(QStringLiteral("doc_coverage")).toDouble()
      << "% (the TRD targets 95%)\n";
    for (const QJsonValue& d : f.value(QStringLiteral("diagnostics")).toArray()) {
        const QJsonObject o = d.toObject();
        t << "  syntax:      " << o.value(QStringLiteral("path")).toString() << ':'
          << o.value(QStringLiteral("line")).toInt() << ": "
          << o.value(QStringLiteral("message")).toString() << '\n';
    }
    const QJsonObject rules = f.value(QStringLiteral("by_rule")).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it)
        t << "    " << qSetFieldWidth(44) << Qt::left << it.key() << qSetFieldWidth(0)
          << it.value().toInt() << '\n';
    return s;
}

} // namespace ReviewReport

} // namespace pwb
