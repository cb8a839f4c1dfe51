// SPDX-License-Identifier: MIT
#include "reportimporter.h"

#include "core/projectfile.h"
#include "core/yaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace pwb {

namespace {

// SARIF of a large project runs to tens of MB; far more is not a report.
constexpr qint64 kMaxReportBytes = qint64(256) << 20;

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)
};

Diagnostic problem(const QString& name, int line, int column, const QString& code,
                   const QString& message, Diagnostic::Severity sev = Diagnostic::Severity::Warning)
{
    return Diagnostic{name, line, column, code, message, sev};
}

// Line and column of a byte offset, for JSON errors.
void locate(const QByteArray& bytes, qsizetype offset, int* line, int* column)
{
    *line = 1;
    qsizetype ls = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++*line;
            ls = i + 1;
        }
    }
    *column = int(offset - ls) + 1;
}

QString text(const QJsonValue& v)
{
    // SARIF messages are {"text": ...} (or markdown); plain strings elsewhere.
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("text")))
            return o.value(QStringLiteral("text")).toString();
        return o.value(QStringLiteral("markdown")).toString();
    }
    return v.toString();
}

// Adds a finding if its path is inside the project; reports it otherwise.
void accept(ReportImporter::Result& r, Finding f, const QString& rawPath, const QString& root,
            const QString& name, const QString& where)
{
    QString why;
    f.path = ReportImporter::relativePath(rawPath, root, &why);
    if (f.path.isEmpty()) {
        r.diagnostics.append(problem(name, 0, 0, QStringLiteral("import-path"),
                                     Tr::tr("%1: %2; finding skipped").arg(where, why)));
        return;
    }
    for (Replacement& rep : f.replacements)
        rep.path =
            ReportImporter::relativePath(rep.path.isEmpty() ? rawPath : rep.path, root, &why);
    f.replacements.removeIf([](const Replacement& rep) { return rep.path.isEmpty(); });
    r.findings.append(f);
}

Finding::Severity sarifLevel(const QString& level, Finding::Severity fallback)
{
    if (level == u"error")
        return Finding::Severity::High;
    if (level == u"warning")
        return Finding::Severity::Medium;
    if (level == u"note" || level == u"none")
        return Finding::Severity::Low;
    return fallback;
}

void parseSarif(const QJsonObject& root, ReportImporter::Result& r, const QString& name,
                const QString& projectRoot)
{
    const QString version = root.value(QStringLiteral("version")).toString();
    if (version != u"2.1.0")
        r.diagnostics.append(problem(name, 0, 0, QStringLiteral("sarif-version"),
                                     Tr::tr("SARIF version '%1' read as 2.1.0").arg(version)));
    const QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
    for (int ri = 0; ri < runs.size(); ++ri) {
        const QJsonObject run = runs.at(ri).toObject();
        const QJsonObject driver =
            run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
        const QString tool = driver.value(QStringLiteral("name")).toString(QStringLiteral("sarif"));
        if (r.tool.isEmpty())
            r.tool = tool;
        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        QHash<QString, QJsonObject> ruleById;
        for (const QJsonValue& v : rules)
            ruleById.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        // %SRCROOT% and friends.
        QHash<QString, QString> bases;
        const QJsonObject baseIds = run.value(QStringLiteral("originalUriBaseIds")).toObject();
        for (auto it = baseIds.begin(); it != baseIds.end(); ++it)
            bases.insert(it.key(), it.value().toObject().value(QStringLiteral("uri")).toString());
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject res = results.at(i).toObject();
            const QString where = QStringLiteral("runs[%1].results[%2]").arg(ri).arg(i);
            Finding f;
            f.tool = tool;
            f.rule = res.value(QStringLiteral("ruleId")).toString();
            const int ruleIndex = res.value(QStringLiteral("ruleIndex")).toInt(-1);
            if (f.rule.isEmpty() && ruleIndex >= 0 && ruleIndex < rules.size())
                f.rule = rules.at(ruleIndex).toObject().value(QStringLiteral("id")).toString();
            const QJsonObject rule = ruleById.value(f.rule);
            const QString defaultLevel = rule.value(QStringLiteral("defaultConfiguration"))
                                             .toObject()
                                             .value(QStringLiteral("level"))
                                             .toString(QStringLiteral("warning"));
            f.severity = sarifLevel(res.value(QStringLiteral("level")).toString(defaultLevel),
                                    Finding::Severity::Medium);
            const QJsonObject props = res.value(QStringLiteral("properties")).toObject();
            const QJsonObject ruleProps = rule.value(QStringLiteral("properties")).toObject();
            if (props.contains(QStringLiteral("severity")))
                f.severity = Finding::severityFromName(
                    props.value(QStringLiteral("severity")).toString(), f.severity);
            f.message = text(res.value(QStringLiteral("message")));
            f.category = props.value(QStringLiteral("category")).toString();
            if (f.category.isEmpty())
                f.category = ruleProps.value(QStringLiteral("category")).toString();
            if (f.category.isEmpty()) {
                const QJsonArray tags = ruleProps.value(QStringLiteral("tags")).toArray();
                f.category = tags.isEmpty() ? tool.toLower() : tags.first().toString();
            }
            f.why = props.value(QStringLiteral("why"))
                        .toString(text(rule.value(QStringLiteral("fullDescription"))));
            f.fix = props.value(QStringLiteral("fix"))
                        .toString(text(rule.value(QStringLiteral("help"))));
            const QJsonArray locs = res.value(QStringLiteral("locations")).toArray();
            if (locs.isEmpty()) {
                r.diagnostics.append(problem(name, 0, 0, QStringLiteral("import-location"),
                                             Tr::tr("%1 has no location; skipped").arg(where)));
                continue;
            }
            const QJsonObject phys =
                locs.first().toObject().value(QStringLiteral("physicalLocation")).toObject();
            const QJsonObject art = phys.value(QStringLiteral("artifactLocation")).toObject();
            QString uri = art.value(QStringLiteral("uri")).toString();
            const QString base = bases.value(art.value(QStringLiteral("uriBaseId")).toString());
            if (!base.isEmpty() && !uri.contains(QStringLiteral("://")))
                uri = base + uri;
            const QJsonObject region = phys.value(QStringLiteral("region")).toObject();
            f.line = region.value(QStringLiteral("startLine")).toInt();
            f.column = region.value(QStringLiteral("startColumn")).toInt();
            f.endLine = region.value(QStringLiteral("endLine")).toInt();
            f.endColumn = region.value(QStringLiteral("endColumn")).toInt();
            // Fixes: the first fix's replacements.
            const QJsonArray fixes = res.value(QStringLiteral("fixes")).toArray();
            if (!fixes.isEmpty()) {
                const QJsonObject fix = fixes.first().toObject();
                if (f.fix.isEmpty())
                    f.fix = text(fix.value(QStringLiteral("description")));
                for (const QJsonValue& ch :
                     fix.value(QStringLiteral("artifactChanges")).toArray()) {
                    const QJsonObject change = ch.toObject();
                    const QString changeUri = change.value(QStringLiteral("artifactLocation"))
                                                  .toObject()
                                                  .value(QStringLiteral("uri"))
                                                  .toString();
                    for (const QJsonValue& rv :
                         change.value(QStringLiteral("replacements")).toArray()) {
                        const QJsonObject rep = rv.toObject();
                        const QJsonObject del =
                            rep.value(QStringLiteral("deletedRegion")).toObject();
                        Replacement x;
                        x.path = changeUri.isEmpty()
                                     ? uri
                                     : (base.isEmpty() || changeUri.contains(QStringLiteral("://"))
                                            ? changeUri
                                            : base + changeUri);
                        x.line = del.value(QStringLiteral("startLine")).toInt();
                        x.column = del.value(QStringLiteral("startColumn")).toInt();
                        x.endLine = del.value(QStringLiteral("endLine")).toInt(x.line);
                        x.endColumn = del.value(QStringLiteral("endColumn")).toInt(x.column);
                        if (del.contains(QStringLiteral("byteOffset"))) {
                            x.begin = del.value(QStringLiteral("byteOffset")).toInteger();
                            x.end = x.begin + del.value(QStringLiteral("byteLength")).toInteger();
                        }
                        x.newText = rep.value(QStringLiteral("insertedContent"))
                                        .toObject()
                                        .value(QStringLiteral("text"))
                                        .toString();
                        if (x.line > 0)
                            f.replacements.append(x);
                    }
                }
            }
            const QString fp = res.value(QStringLiteral("partialFingerprints"))
                                   .toObject()
                                   .value(QStringLiteral("workbench/v1"))
                                   .toString();
            f.fingerprint = fp;
            accept(r, f, uri, projectRoot, name, where);
        }
    }
}

void parseCredo(const QJsonObject& root, ReportImporter::Result& r, const QString& name,
                const QString& projectRoot)
{
    r.tool = QStringLiteral("credo");
    const QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    for (int i = 0; i < issues.size(); ++i) {
        const QJsonObject o = issues.at(i).toObject();
        Finding f;
        f.tool = r.tool;
        f.rule = o.value(QStringLiteral("check")).toString();
        f.category = o.value(QStringLiteral("category")).toString(QStringLiteral("style"));
        f.message = o.value(QStringLiteral("message")).toString();
        f.line = o.value(QStringLiteral("line_no")).toInt();
        f.column = o.value(QStringLiteral("column")).toInt();
        f.endColumn = o.value(QStringLiteral("column_end")).toInt();
        const int priority = o.value(QStringLiteral("priority")).toInt();
        f.severity = priority >= 20   ? Finding::Severity::High
                     : priority >= 10 ? Finding::Severity::Medium
                                      : Finding::Severity::Low;
        if (f.category == u"warning" && f.severity == Finding::Severity::Low)
            f.severity = Finding::Severity::Medium;
        const QString trigger = o.value(QStringLiteral("trigger")).toString();
        if (!trigger.isEmpty())
            f.why = Tr::tr("Credo flagged `%1`.").arg(trigger);
        accept(r, f, o.value(QStringLiteral("filename")).toString(), projectRoot, name,
               QStringLiteral("issues[%1]").arg(i));
    }
}

void parseSobelow(const QJsonObject& root, ReportImporter::Result& r, const QString& name,
                  const QString& projectRoot)
{
    r.tool = QStringLiteral("sobelow");
    const QJsonObject groups = root.value(QStringLiteral("findings")).toObject();
    const std::pair<const char*, Finding::Severity> levels[] = {
        {"high_confidence", Finding::Severity::High},
        {"medium_confidence", Finding::Severity::Medium},
        {"low_confidence", Finding::Severity::Low}};
    for (const auto& [key, sev] : levels) {
        const QJsonArray list = groups.value(QLatin1StringView(key)).toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            Finding f;
            f.tool = r.tool;
            const QString type = o.value(QStringLiteral("type")).toString();
            f.rule = type.section(u':', 0, 0).trimmed();
            f.message = type.section(u':', 1).trimmed();
            if (f.message.isEmpty())
                f.message = type;
            const QString variable = o.value(QStringLiteral("variable")).toString();
            if (!variable.isEmpty())
                f.message += QStringLiteral(" (%1)").arg(variable);
            f.category = QStringLiteral("security");
            f.severity = sev;
            f.line = o.value(QStringLiteral("line")).toInt();
            accept(r, f, o.value(QStringLiteral("file")).toString(), projectRoot, name,
                   QStringLiteral("findings.%1[%2]").arg(QLatin1StringView(key)).arg(i));
        }
    }
}

// The TRD's response: status + issues[], as a map or as the TRD's list of one-key items.
void parseCodeReviewer(const QByteArray& bytes, ReportImporter::Result& r, const QString& name,
                       const QString& projectRoot)
{
    r.tool = QStringLiteral("code-reviewer");
    const yaml::Node doc = yaml::parse(QByteArrayView(bytes), name, &r.diagnostics);
    // Flatten a list of one-key maps into one map.
    auto asMap = [](const yaml::Node& n) {
        if (!n.isSeq())
            return n;
        yaml::Node m;
        m.type = yaml::Node::Type::Map;
        m.line = n.line;
        for (const yaml::Node& item : n.seq) {
            for (const auto& kv : item.map)
                m.map.push_back(kv);
        }
        return m;
    };
    yaml::Node top = asMap(doc);
    for (const char* wrapper : {"response", "review_response", "code_review"}) {
        const yaml::Node& w = top[QString::fromLatin1(wrapper)];
        if (!w.isNull()) {
            top = asMap(w);
            break;
        }
    }
    const QString status = top[QStringLiteral("status")].toString();
    const yaml::Node& issues = top[QStringLiteral("issues")];
    if (status.isEmpty() && issues.isNull()) {
        r.diagnostics.append(problem(name, doc.line, 0, QStringLiteral("import-format"),
                                     Tr::tr("no status or issues: not a code-reviewer response")));
        return;
    }
    // Issues: maps, or one-key items where a repeated key starts the next issue.
    std::vector<yaml::Node> list;
    if (issues.isSeq()) {
        yaml::Node current;
        current.type = yaml::Node::Type::Map;
        for (const yaml::Node& item : issues.seq) {
            if (item.map.size() > 1) {
                if (!current.map.empty())
                    list.push_back(current);
                current = yaml::Node{};
                current.type = yaml::Node::Type::Map;
                list.push_back(item);
                continue;
            }
            for (const auto& kv : item.map) {
                if (!current[kv.key].isNull() ||
                    (current.map.size() > 0 && kv.key == u"severity")) {
                    list.push_back(current);
                    current = yaml::Node{};
                    current.type = yaml::Node::Type::Map;
                }
                if (current.map.empty())
                    current.line = item.line;
                current.map.push_back(kv);
            }
        }
        if (!current.map.empty())
            list.push_back(current);
    } else if (!issues.isNull()) {
        r.diagnostics.append(problem(name, issues.line, 0, QStringLiteral("import-format"),
                                     Tr::tr("issues must be a list")));
    }
    // Block scalars (| and >) end with a newline the reviewer did not mean as content.
    auto field = [](const yaml::Node& o, const QString& key) {
        QString s = o[key].toString();
        while (!s.isEmpty() && s.back().isSpace())
            s.chop(1);
        return s;
    };
    for (size_t i = 0; i < list.size(); ++i) {
        const yaml::Node& o = list.at(i);
        Finding f;
        f.tool = r.tool;
        f.severity = Finding::severityFromName(field(o, QStringLiteral("severity")));
        f.message = field(o, QStringLiteral("description"));
        f.fix = field(o, QStringLiteral("fix_proposal"));
        f.line = field(o, QStringLiteral("line")).toInt();
        f.rule = field(o, QStringLiteral("rule"));
        if (f.rule.isEmpty())
            f.rule = QStringLiteral("code-reviewer");
        f.category = field(o, QStringLiteral("category"));
        if (f.category.isEmpty())
            f.category = QStringLiteral("review");
        const QString file = field(o, QStringLiteral("file"));
        if (file.isEmpty()) {
            r.diagnostics.append(problem(name, o.line, 0, QStringLiteral("import-location"),
                                         Tr::tr("issue %1 has no file; skipped").arg(i + 1)));
            continue;
        }
        QString why;
        f.path = ReportImporter::relativePath(file, projectRoot, &why);
        if (f.path.isEmpty()) {
            r.diagnostics.append(problem(name, o.line, 0, QStringLiteral("import-path"),
                                         Tr::tr("issue %1: %2; skipped").arg(i + 1).arg(why)));
            continue;
        }
        r.findings.append(f);
    }
}

} // namespace

ReportImporter::Format ReportImporter::detect(const QByteArray& bytes, const QString& fileName)
{
    const QByteArray head = bytes.left(4096);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        if (head.contains("\"runs\"") || head.contains("sarif"))
            return Format::Sarif;
        if (head.contains("\"issues\""))
            return Format::CredoJson;
        if (head.contains("\"findings\"") || head.contains("sobelow"))
            return Format::SobelowJson;
        // Keys may come late in a big file: look at the whole document.
        if (bytes.contains("\"runs\""))
            return Format::Sarif;
        if (bytes.contains("\"issues\""))
            return Format::CredoJson;
        if (bytes.contains("\"findings\""))
            return Format::SobelowJson;
        return Format::Unknown;
    }
    if (fileName.endsWith(u".yaml") || fileName.endsWith(u".yml") || head.contains("status:") ||
        head.contains("issues:"))
        return Format::CodeReviewerYaml;
    return Format::Unknown;
}

QString ReportImporter::formatName(Format f)
{
    switch (f) {
    case Format::Sarif:
        return QStringLiteral("SARIF 2.1.0");
    case Format::CredoJson:
        return QStringLiteral("Credo JSON");
    case Format::SobelowJson:
        return QStringLiteral("Sobelow JSON");
    case Format::CodeReviewerYaml:
        return QStringLiteral("code-reviewer YAML");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ReportImporter::relativePath(const QString& raw, const QString& projectRoot, QString* why)
{
    QString p = raw.trimmed();
    if (p.startsWith(u"file:")) {
        const QUrl url(p);
        p = url.isLocalFile() ? url.toLocalFile() : url.path();
    } else if (p.contains(QStringLiteral("://"))) {
        if (why)
            *why = Tr::tr("'%1' is not a local file").arg(raw);
        return {};
    } else if (p.contains(u'%')) {
        p = QUrl::fromPercentEncoding(p.toUtf8());
    }
    if (p.isEmpty()) {
        if (why)
            *why = Tr::tr("empty path");
        return {};
    }
    const QDir root(projectRoot.isEmpty() ? QDir::currentPath() : projectRoot);
    const QString absolute = QDir::cleanPath(QDir::isAbsolutePath(p) ? p : root.filePath(p));
    const QString base = QDir::cleanPath(root.absolutePath());
    if (absolute != base && !absolute.startsWith(base + u'/')) {
        if (why)
            *why = Tr::tr("'%1' points outside the project").arg(raw);
        return {};
    }
    // Symlinks may lead out too.
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    const QString canonicalBase = QFileInfo(base).canonicalFilePath();
    if (!canonical.isEmpty() && !canonicalBase.isEmpty() && canonical != canonicalBase &&
        !canonical.startsWith(canonicalBase + u'/')) {
        if (why)
            *why = Tr::tr("'%1' leads outside the project through a link").arg(raw);
        return {};
    }
    return absolute.mid(base.size() + 1);
}

void ReportImporter::fingerprint(Findings& findings, const QString& projectRoot)
{
    QHash<QString, QList<int>> byPath;
    for (int i = 0; i < findings.size(); ++i)
        byPath[findings.at(i).path].append(i);
    for (auto it = byPath.begin(); it != byPath.end(); ++it) {
        QByteArray text;
        if (!projectRoot.isEmpty())
            text = ProjectFile::read(projectRoot, it.key()).bytes;
        Findings group;
        for (int i : it.value())
            group.append(findings.at(i));
        // A fingerprint carried by the report (our own SARIF) wins.
        QStringList carried;
        for (const Finding& g : group)
            carried.append(g.fingerprint);
        Fingerprint::assign(group, text, it.key());
        for (int k = 0; k < group.size(); ++k) {
            Finding& target = findings[it.value().at(k)];
            target.fingerprint = carried.at(k).isEmpty() ? group.at(k).fingerprint : carried.at(k);
            target.id = target.fingerprint;
        }
    }
}

ReportImporter::Result ReportImporter::parse(const QByteArray& bytes, const QString& name,
                                             const QString& projectRoot)
{
    return parseAs(detect(bytes, name), bytes, name, projectRoot);
}

ReportImporter::Result ReportImporter::parseAs(Format format, const QByteArray& bytes,
                                               const QString& name, const QString& projectRoot)
{
    Result r;
    r.format = format;
    if (r.format == Format::Unknown) {
        r.diagnostics.append(
            problem(name, 0, 0, QStringLiteral("import-format"),
                    Tr::tr("not SARIF, Credo JSON, Sobelow JSON or a code-reviewer "
                           "YAML response"),
                    Diagnostic::Severity::Error));
        return r;
    }
    if (r.format == Format::CodeReviewerYaml) {
        parseCodeReviewer(bytes, r, name, projectRoot);
    } else {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            int line = 0, column = 0;
            locate(bytes, err.offset, &line, &column);
            r.diagnostics.append(problem(
                name, line, column, QStringLiteral("import-malformed"),
                err.error != QJsonParseError::NoError
                    ? Tr::tr("malformed %1: %2").arg(formatName(r.format), err.errorString())
                    : Tr::tr("malformed %1: the top level is not an object")
                          .arg(formatName(r.format)),
                Diagnostic::Severity::Error));
            return r;
        }
        const QJsonObject root = doc.object();
        if (r.format == Format::Sarif)
            parseSarif(root, r, name, projectRoot);
        else if (r.format == Format::CredoJson)
            parseCredo(root, r, name, projectRoot);
        else
            parseSobelow(root, r, name, projectRoot);
    }
    r.ok = true;
    return r;
}

ReportImporter::Result ReportImporter::importFile(const QString& file, const QString& projectRoot)
{
    // A file the user named: still a regular file only (a FIFO would hang, /dev/zero stream
    // forever) and capped.
    const ProjectFile::Result f = ProjectFile::readUserFile(file, kMaxReportBytes);
    if (!f.ok()) {
        Result r;
        r.diagnostics.append(problem(file, 0, 0, QStringLiteral("import-unreadable"), f.error,
                                     Diagnostic::Severity::Error));
        return r;
    }
    Result r = parse(f.bytes, file, projectRoot);
    fingerprint(r.findings, projectRoot);
    return r;
}

} // namespace pwb
