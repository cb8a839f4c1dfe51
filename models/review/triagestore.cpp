// SPDX-License-Identifier: MIT
#include "triagestore.h"

#include "core/projectfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pwb {

namespace {

// Turns decision objects into entries; a fingerprint seen twice (both sides of a conflict)
// keeps the later decision.
template <typename Report>
void addDecisions(const QList<QJsonObject>& objects, QMap<QString, TriageStore::Decision>& out,
                  Report report)
{
    for (const QJsonObject& o : objects) {
        const QString fp = o.value(QStringLiteral("fingerprint")).toString();
        if (fp.isEmpty())
            continue; // the end marker, or junk
        TriageStore::Decision d;
        const QString state = o.value(QStringLiteral("state")).toString();
        d.state = Finding::triageFromName(state);
        if (d.state == Finding::Triage::Open && state != u"open")
            report(
                0, QStringLiteral("triage-state"),
                TriageStore::tr("unknown triage state '%1' for %2; read as open").arg(state, fp));
        d.comment = o.value(QStringLiteral("comment")).toString();
        d.rule = o.value(QStringLiteral("rule")).toString();
        d.path = o.value(QStringLiteral("path")).toString();
        d.updated = o.value(QStringLiteral("updated")).toString();
        const auto it = out.constFind(fp);
        if (it != out.cend() && it->updated > d.updated)
            continue;
        out.insert(fp, d);
    }
}

// Triage files are a few hundred KB at most; far more is not ours.
constexpr qint64 kMaxTriageBytes = qint64(32) << 20;

} // namespace

TriageStore::TriageStore(QObject* parent)
    : QObject(parent)
{}

QString TriageStore::fileFor(const QString& projectRoot)
{
    return QDir(projectRoot).filePath(QStringLiteral(".workbench/triage.json"));
}

Diagnostics TriageStore::load(const QString& projectRoot)
{
    m_root = projectRoot;
    m_decisions.clear();
    m_saveBlocked.clear();
    Diagnostics diags;
    const QString shown = QStringLiteral(".workbench/triage.json");
    const ProjectFile::Result r = ProjectFile::read(projectRoot, shown, kMaxTriageBytes);
    if (r.status == ProjectFile::Status::Missing) {
        emit reset();
        return diags;
    }
    if (!r.ok()) {
        // Not ours to overwrite: a link out of the project, a FIFO, a file too large to read.
        Diagnostic d = ProjectFile::diagnostic(r, shown);
        d.code = QStringLiteral("triage-unreadable");
        d.message += tr("; triage decisions are not saved until this is fixed");
        diags.append(d);
        m_saveBlocked = d.message;
        emit reset();
        return diags;
    }
    bool salvaged = false;
    m_decisions = parse(r.bytes, shown, &diags, &salvaged);
    if (salvaged) {
        // The next decision rewrites the file: keep what was found first, as the store does
        // with a broken database.
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString aside = shown + QStringLiteral(".corrupt-") + stamp;
        for (int i = 1; QFileInfo::exists(QDir(projectRoot).filePath(aside)); ++i)
            aside = shown + QStringLiteral(".corrupt-") + stamp + u'-' + QString::number(i);
        const ProjectFile::Result kept = ProjectFile::write(projectRoot, aside, r.bytes);
        Diagnostic d{shown,     0,
                     0,         QStringLiteral("triage-kept-aside"),
                     QString(), Diagnostic::Severity::Warning};
        if (kept.ok()) {
            d.message = tr("%n decision(s) read line by line (both sides of a merge conflict "
                           "where there is one); the file as found is kept at %1",
                           nullptr, int(m_decisions.size()))
                            .arg(aside);
        } else {
            d.severity = Diagnostic::Severity::Error;
            d.message = tr("it could not be kept aside (%1); triage decisions are not saved "
                           "until it is fixed")
                            .arg(kept.error);
            m_saveBlocked = d.message;
        }
        diags.append(d);
    }
    emit reset();
    return diags;
}

QMap<QString, TriageStore::Decision> TriageStore::parse(const QByteArray& bytes,
                                                        const QString& path,
                                                        Diagnostics* diagnostics, bool* salvaged)
{
    if (salvaged)
        *salvaged = false;
    QMap<QString, Decision> out;
    auto report = [&](int line, const QString& code, const QString& message) {
        if (diagnostics)
            diagnostics->append(
                Diagnostic{path, line, 0, code, message, Diagnostic::Severity::Warning});
    };
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(err.offset).count('\n')) + 1;
        const bool conflict = bytes.startsWith("<<<<<<< ") || bytes.contains("\n<<<<<<< ");
        report(line, QStringLiteral("triage-malformed"),
               conflict ? tr("triage file has merge conflict markers; both sides are read")
                        : tr("triage file is not valid JSON (%1); the decisions on lines that "
                             "still parse are read")
                              .arg(err.errorString()));
        if (salvaged)
            *salvaged = true;
        // One decision per line is what we write, so each line that is a JSON object is a
        // decision whatever surrounds it: conflict markers, a cut-off end. A fingerprint on
        // both sides keeps the later decision (the union of both sides).
        QList<QJsonObject> objects;
        for (qsizetype at = 0; at < bytes.size();) {
            qsizetype nl = bytes.indexOf('\n', at);
            if (nl < 0)
                nl = bytes.size();
            QByteArrayView line = QByteArrayView(bytes).sliced(at, nl - at).trimmed();
            at = nl + 1;
            if (line.endsWith(','))
                line.chop(1);
            if (!line.startsWith('{') || !line.endsWith('}'))
                continue;
            const QJsonDocument one = QJsonDocument::fromJson(line.toByteArray());
            if (one.isObject())
                objects.append(one.object());
        }
        addDecisions(objects, out, report);
        return out;
    }
    QList<QJsonObject> objects;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("decisions")).toArray())
        objects.append(v.toObject());
    addDecisions(objects, out, report);
    return out;
}

QByteArray TriageStore::toBytes() const
{
    // One decision per line, sorted by fingerprint, each ending with a comma and closed by an
    // end marker: adding or changing a decision touches only its own line.
    QByteArray out = "{\n\"version\": 1,\n\"decisions\": [\n";
    for (auto it = m_decisions.begin(); it != m_decisions.end(); ++it) {
        const Decision& d = it.value();
        QJsonObject o{{QStringLiteral("fingerprint"), it.key()},
                      {QStringLiteral("state"), Finding::triageName(d.state)},
                      {QStringLiteral("rule"), d.rule},
                      {QStringLiteral("path"), d.path}};
        if (!d.comment.isEmpty())
            o.insert(QStringLiteral("comment"), d.comment);
        if (!d.updated.isEmpty())
            o.insert(QStringLiteral("updated"), d.updated);
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += ",\n";
    }
    out += "{\"end\": true}\n]\n}\n";
    return out;
}

bool TriageStore::save(QString* error) const
{
    if (m_root.isEmpty())
        return true;
    if (!m_saveBlocked.isEmpty()) {
        if (error)
            *error = QStringLiteral(".workbench/triage.json: ") + m_saveBlocked;
        return false;
    }
    // Refuses .workbench or triage.json linked out of the project, and read-only files.
    const ProjectFile::Result w =
        ProjectFile::write(m_root, QStringLiteral(".workbench/triage.json"), toBytes());
    if (!w.ok()) {
        if (error)
            *error = QStringLiteral(".workbench/triage.json ") + w.error;
        return false;
    }
    return true;
}

bool TriageStore::setDecision(const Finding& finding, Finding::Triage state, const QString& comment,
                              QString* error)
{
    if (finding.fingerprint.isEmpty())
        return false;
    if (state == Finding::Triage::Open && comment.isEmpty()) {
        m_decisions.remove(finding.fingerprint);
    } else {
        Decision d;
        d.state = state;
        d.comment = comment;
        d.rule = finding.rule;
        d.path = finding.path;
        d.updated = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        m_decisions.insert(finding.fingerprint, d);
    }
    emit changed(finding.fingerprint);
    return save(error);
}

void TriageStore::clear()
{
    m_root.clear();
    m_decisions.clear();
    m_saveBlocked.clear();
    emit reset();
}

} // namespace pwb
