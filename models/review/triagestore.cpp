// SPDX-License-Identifier: MIT
#include "triagestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pwb {

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
    Diagnostics diags;
    QFile f(fileFor(projectRoot));
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            diags.append(Diagnostic{QStringLiteral(".workbench/triage.json"), 0, 0,
                                    QStringLiteral("triage-unreadable"), f.errorString(),
                                    Diagnostic::Severity::Error});
        } else {
            m_decisions = parse(f.readAll(), QStringLiteral(".workbench/triage.json"), &diags);
        }
    }
    emit reset();
    return diags;
}

QMap<QString, TriageStore::Decision>
TriageStore::parse(const QByteArray& bytes, const QString& path, Diagnostics* diagnostics)
{
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
        report(line, QStringLiteral("triage-malformed"),
               tr("triage file is not valid JSON (%1); its decisions are ignored until fixed")
                   .arg(err.errorString()));
        return out;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("decisions")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        const QString fp = o.value(QStringLiteral("fingerprint")).toString();
        if (fp.isEmpty())
            continue; // the end marker, or junk
        Decision d;
        const QString state = o.value(QStringLiteral("state")).toString();
        d.state = Finding::triageFromName(state);
        if (d.state == Finding::Triage::Open && state != u"open")
            report(0, QStringLiteral("triage-state"),
                   tr("unknown triage state '%1' for %2; read as open").arg(state, fp));
        d.comment = o.value(QStringLiteral("comment")).toString();
        d.rule = o.value(QStringLiteral("rule")).toString();
        d.path = o.value(QStringLiteral("path")).toString();
        d.updated = o.value(QStringLiteral("updated")).toString();
        out.insert(fp, d);
    }
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
    const QString file = fileFor(m_root);
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error)
            *error = tr("cannot create %1").arg(QFileInfo(file).absolutePath());
        return false;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(toBytes()) < 0 || !f.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(file, f.errorString());
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
    emit reset();
}

} // namespace pwb
