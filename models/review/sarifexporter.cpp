// SPDX-License-Identifier: MIT
#include "sarifexporter.h"

#include "pwb_config.h"
#include "rulecatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QUrl>

namespace pwb {

namespace {

QJsonObject textObject(const QString& s)
{
    return QJsonObject{{QStringLiteral("text"), s}};
}

QString uriFor(const QString& path)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(path, "/"));
}

QJsonObject region(int line, int column, int endLine, int endColumn)
{
    QJsonObject r{{QStringLiteral("startLine"), std::max(1, line)}};
    if (column > 0)
        r.insert(QStringLiteral("startColumn"), column);
    if (endLine >= line && endLine > 0)
        r.insert(QStringLiteral("endLine"), endLine);
    if (endColumn > 0 && (endLine > line || endColumn >= column))
        r.insert(QStringLiteral("endColumn"), endColumn);
    return r;
}

// security-severity lets GitHub rank security alerts.
QString securitySeverity(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::High:
        return QStringLiteral("8.0");
    case Finding::Severity::Medium:
        return QStringLiteral("5.0");
    case Finding::Severity::Low:
        return QStringLiteral("2.0");
    }
    return {};
}

} // namespace

QString SarifExporter::level(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::High:
        return QStringLiteral("error");
    case Finding::Severity::Medium:
        return QStringLiteral("warning");
    case Finding::Severity::Low:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QJsonObject SarifExporter::toJson(const Findings& findings)
{
    QMap<QString, Findings> byTool;
    for (const Finding& f : findings)
        byTool[f.tool.isEmpty() ? QStringLiteral("workbench") : f.tool].append(f);
    if (byTool.isEmpty())
        byTool.insert(QStringLiteral("workbench"), {});
    QJsonArray runs;
    for (auto it = byTool.begin(); it != byTool.end(); ++it) {
        const bool ours = it.key() == u"workbench";
        // Rules in first-seen order, with their index for results.
        QMap<QString, int> index;
        QJsonArray rules;
        auto ruleIndex = [&](const Finding& f) {
            const auto found = index.constFind(f.rule);
            if (found != index.constEnd())
                return found.value();
            const RuleInfo* info = ours ? RuleCatalog::find(f.rule) : nullptr;
            const QString category = info ? info->category : f.category;
            QJsonObject props{{QStringLiteral("tags"), QJsonArray{category}}};
            if (category == u"security")
                props.insert(QStringLiteral("security-severity"), securitySeverity(f.severity));
            QJsonObject rule{
                {QStringLiteral("id"), f.rule},
                {QStringLiteral("name"), QString(f.rule).replace(u'/', u'.')},
                {QStringLiteral("shortDescription"), textObject(info ? info->title : f.rule)},
                {QStringLiteral("fullDescription"),
                 textObject(info ? info->why : (f.why.isEmpty() ? f.message : f.why))},
                {QStringLiteral("defaultConfiguration"),
                 QJsonObject{{QStringLiteral("level"), level(info ? info->severity : f.severity)}}},
                {QStringLiteral("properties"), props}};
            const QString help = info ? info->fix : f.fix;
            if (!help.isEmpty())
                rule.insert(QStringLiteral("help"), textObject(help));
            const int i = int(rules.size());
            rules.append(rule);
            index.insert(f.rule, i);
            return i;
        };
        QJsonArray results;
        for (const Finding& f : it.value()) {
            const int ri = ruleIndex(f);
            QJsonObject phys{
                {QStringLiteral("artifactLocation"),
                 QJsonObject{{QStringLiteral("uri"), uriFor(f.path)},
                             {QStringLiteral("uriBaseId"), QStringLiteral("%SRCROOT%")}}},
                {QStringLiteral("region"), region(f.line, f.column, f.endLine, f.endColumn)}};
            QJsonObject props{{QStringLiteral("category"), f.category},
                              {QStringLiteral("severity"), Finding::severityName(f.severity)}};
            if (!f.why.isEmpty())
                props.insert(QStringLiteral("why"), f.why);
            if (!f.fix.isEmpty())
                props.insert(QStringLiteral("fix"), f.fix);
            QJsonObject res{
                {QStringLiteral("ruleId"), f.rule},
                {QStringLiteral("ruleIndex"), ri},
                {QStringLiteral("level"), level(f.severity)},
                {QStringLiteral("message"), textObject(f.message.isEmpty() ? f.rule : f.message)},
                {QStringLiteral("locations"),
                 QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), phys}}}},
                {QStringLiteral("partialFingerprints"),
                 QJsonObject{{QStringLiteral("primaryLocationLineHash"), f.fingerprint},
                             {QStringLiteral("workbench/v1"), f.fingerprint}}},
                {QStringLiteral("properties"), props}};
            if (f.hasMechanicalFix()) {
                QMap<QString, QJsonArray> byFile;
                for (const Replacement& r : f.replacements) {
                    QJsonObject del = region(r.line, r.column, r.endLine, r.endColumn);
                    if (r.begin >= 0) {
                        del.insert(QStringLiteral("byteOffset"), double(r.begin));
                        del.insert(QStringLiteral("byteLength"), double(r.end - r.begin));
                    }
                    byFile[r.path].append(
                        QJsonObject{{QStringLiteral("deletedRegion"), del},
                                    {QStringLiteral("insertedContent"), textObject(r.newText)}});
                }
                QJsonArray changes;
                for (auto c = byFile.begin(); c != byFile.end(); ++c)
                    changes.append(QJsonObject{
                        {QStringLiteral("artifactLocation"),
                         QJsonObject{{QStringLiteral("uri"), uriFor(c.key())},
                                     {QStringLiteral("uriBaseId"), QStringLiteral("%SRCROOT%")}}},
                        {QStringLiteral("replacements"), c.value()}});
                res.insert(QStringLiteral("fixes"),
                           QJsonArray{QJsonObject{{QStringLiteral("description"),
                                                   textObject(f.fix.isEmpty() ? f.message : f.fix)},
                                                  {QStringLiteral("artifactChanges"), changes}}});
            }
            results.append(res);
        }
        QJsonObject driver{{QStringLiteral("name"), it.key()}, {QStringLiteral("rules"), rules}};
        if (ours) {
            driver.insert(QStringLiteral("version"), QStringLiteral(PWB_VERSION));
            driver.insert(QStringLiteral("informationUri"),
                          QStringLiteral("https://example.invalid/phoenix-workbench"));
        }
        runs.append(
            QJsonObject{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                        {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
                        {QStringLiteral("results"), results}});
    }
    return QJsonObject{{QStringLiteral("$schema"),
                        QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                       {QStringLiteral("version"), QStringLiteral("2.1.0")},
                       {QStringLiteral("runs"), runs}};
}

bool SarifExporter::write(const QString& file, const Findings& findings, const QString& projectRoot,
                          QString* error)
{
    QJsonObject doc = toJson(findings);
    if (!projectRoot.isEmpty()) {
        QJsonArray runs = doc.value(QStringLiteral("runs")).toArray();
        for (qsizetype i = 0; i < runs.size(); ++i) {
            QJsonObject run = runs.at(i).toObject();
            run.insert(
                QStringLiteral("originalUriBaseIds"),
                QJsonObject{{QStringLiteral("%SRCROOT%"),
                             QJsonObject{{QStringLiteral("uri"),
                                          QUrl::fromLocalFile(projectRoot + u'/').toString()}}}});
            runs.replace(i, run);
        }
        doc.insert(QStringLiteral("runs"), runs);
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("SarifExporter", "cannot write %1: %2")
                         .arg(file, f.errorString());
        return false;
    }
    return true;
}

} // namespace pwb
