// SPDX-License-Identifier: MIT
#include "reportreader.h"

#include "core/projectfile.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pwb {

namespace ReportReader {

ReportSummary read(const QString& indexHtml)
{
    ReportSummary s;
    s.path = indexHtml;
    auto fail = [&](const QString& message) {
        Diagnostic d;
        d.path = indexHtml;
        d.code = QStringLiteral("report-unreadable");
        d.message = message;
        s.diagnostics.append(d);
        return s;
    };
    const ProjectFile::Result f = ProjectFile::readUserFile(indexHtml, qint64(256) << 20);
    if (!f.ok())
        return fail(f.error);
    const QByteArray& html = f.bytes;
    static constexpr QByteArrayView kMarker("data:application/zip;base64,");
    const qsizetype at = html.indexOf(kMarker);
    if (at < 0)
        return fail(QCoreApplication::translate(
            "ReportReader", "no embedded report data: not a Playwright HTML report"));
    qsizetype end = at + kMarker.size();
    while (end < html.size()) {
        const char c = html.at(end);
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '='))
            break;
        ++end;
    }
    const QByteArray zipData =
        QByteArray::fromBase64(html.mid(at + kMarker.size(), end - at - kMarker.size()));
    ZipArchive zip;
    QString error;
    if (!zip.openData(zipData, &error))
        return fail(error);
    bool ok = false;
    const QByteArray json = zip.readAll(QStringLiteral("report.json"), &error, &ok);
    if (!ok)
        return fail(error);
    QJsonParseError pe;
    const QJsonObject report = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("ReportReader", "report.json is not JSON: %1")
                        .arg(pe.errorString()));
    s.durationMs = report.value(u"duration").toDouble();
    s.started =
        QDateTime::fromMSecsSinceEpoch(qint64(report.value(u"startTime").toDouble()), Qt::UTC);
    for (const QJsonValue& file : report.value(u"files").toArray()) {
        for (const QJsonValue& tv : file.toObject().value(u"tests").toArray()) {
            const QJsonObject t = tv.toObject();
            ++s.tests;
            const QString outcome = t.value(u"outcome").toString();
            if (outcome == u"expected") {
                ++s.passed;
            } else if (outcome == u"skipped") {
                ++s.skipped;
            } else if (outcome == u"flaky") {
                ++s.flaky;
            } else {
                ++s.failed;
                QStringList path;
                for (const QJsonValue& p : t.value(u"path").toArray())
                    path.append(p.toString());
                path.append(t.value(u"title").toString());
                s.failedTitles.append(path.join(QStringLiteral(" › ")));
            }
        }
    }
    s.ok = true;
    return s;
}

} // namespace ReportReader

} // namespace pwb
