// SPDX-License-Identifier: MIT
#include "coveragedata.h"

#include "core/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace pwb {

double ModuleCoverage::effectivePercent() const
{
    if (relevant > 0)
        return 100.0 * covered / relevant;
    return percent;
}

bool CoverageData::hasLineData() const
{
    return std::any_of(modules.cbegin(), modules.cend(),
                       [](const ModuleCoverage& m) { return !m.lines.isEmpty(); });
}

QStringList CoverageData::origins() const
{
    QStringList out;
    for (const ModuleCoverage& m : modules)
        if (!m.origin.isEmpty() && !out.contains(m.origin))
            out << m.origin;
    return out;
}

namespace CoverageParsers {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CoverageParsers)
};

Diagnostic problem(const QString& source, int line, const QString& message)
{
    Diagnostic d;
    d.path = source;
    d.line = line;
    d.code = QStringLiteral("coverage");
    d.message = message;
    d.severity = Diagnostic::Severity::Warning;
    return d;
}

void fillFromLines(ModuleCoverage& m)
{
    m.relevant = int(m.lines.size());
    m.covered = 0;
    for (auto it = m.lines.cbegin(); it != m.lines.cend(); ++it)
        m.covered += it.value() > 0;
    m.percent = m.relevant > 0 ? 100.0 * m.covered / m.relevant : 100.0;
}

// "defmodule Shop.Cart do" names the module of an Elixir source; else the file stem.
QString moduleOf(const QString& source, const QString& file)
{
    static const QRegularExpression def(QStringLiteral("^\\s*defmodule\\s+([A-Z][\\w.]*)"),
                                        QRegularExpression::MultilineOption);
    if (const auto m = def.match(source); m.hasMatch())
        return m.captured(1);
    return QFileInfo(file).completeBaseName();
}

} // namespace

CoverageData parseCoverTable(const QString& text, const QString& sourceName)
{
    CoverageData data;
    data.source = QStringLiteral("cover-table");
    static const QRegularExpression row(QStringLiteral("^\\s*([^|\\s]+)\\s*\\|\\s*(\\S.*?)\\s*$"));
    const QStringList lines = text.split(u'\n');
    bool inTable = false;
    bool sawHeader = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString t = line.trimmed();
        if (t.startsWith(QStringLiteral("Percentage")) && t.contains(u'|') &&
            t.contains(QStringLiteral("Module"))) {
            inTable = sawHeader = true;
            continue;
        }
        if (!inTable)
            continue;
        if (t.startsWith(QStringLiteral("---")))
            continue;
        if (t.isEmpty()) {
            inTable = false;
            continue;
        }
        const auto m = row.match(line);
        if (!m.hasMatch()) {
            data.diagnostics << problem(sourceName, i + 1,
                                        Tr::tr("not a coverage table row: %1").arg(t));
            inTable = false;
            continue;
        }
        QString pct = m.captured(1);
        bool ok = pct.endsWith(u'%');
        pct.chop(ok ? 1 : 0);
        const double value = ok ? pct.toDouble(&ok) : 0;
        if (!ok || value < 0 || value > 100) {
            data.diagnostics << problem(sourceName, i + 1,
                                        Tr::tr("not a percentage: '%1'").arg(m.captured(1)));
            continue;
        }
        if (m.captured(2) == u"Total") {
            data.reportedTotal = value;
            inTable = false;
            continue;
        }
        ModuleCoverage mc;
        mc.module = m.captured(2);
        mc.percent = value;
        mc.origin = sourceName.isEmpty() ? QStringLiteral("mix test --cover") : sourceName;
        data.modules << mc;
    }
    if (sawHeader && data.reportedTotal < 0)
        data.diagnostics << problem(sourceName, 0, Tr::tr("the coverage table has no Total line"));
    return data;
}

CoverageData parseExCoveralls(const QByteArray& json, const QString& sourceName)
{
    CoverageData data;
    data.source = QStringLiteral("excoveralls");
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        Diagnostic d = problem(sourceName, 0, Tr::tr("not JSON: %1").arg(err.errorString()));
        d.column = err.offset + 1;
        data.diagnostics << d;
        return data;
    }
    const QJsonValue files = doc.object().value(QLatin1StringView("source_files"));
    if (!files.isArray()) {
        data.diagnostics << problem(sourceName, 0, Tr::tr("no \"source_files\" array"));
        return data;
    }
    int index = 0;
    for (const QJsonValue& fv : files.toArray()) {
        ++index;
        const QJsonObject f = fv.toObject();
        const QString name = f.value(QLatin1StringView("name")).toString();
        const QJsonValue cov = f.value(QLatin1StringView("coverage"));
        if (name.isEmpty() || !cov.isArray()) {
            data.diagnostics << problem(
                sourceName, 0,
                Tr::tr("source file #%1 has no name or no coverage array").arg(index));
            continue;
        }
        ModuleCoverage m;
        m.file = name;
        m.module = moduleOf(f.value(QLatin1StringView("source")).toString(), name);
        m.origin = sourceName.isEmpty() ? QStringLiteral("excoveralls.json") : sourceName;
        const QJsonArray arr = cov.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonValue v = arr.at(i);
            if (v.isDouble() && v.toDouble() >= 0)
                m.lines.insert(int(i) + 1, int(v.toDouble()));
        }
        fillFromLines(m);
        data.modules << m;
    }
    return data;
}

CoverageData parseLcov(const QString& text, const QString& sourceName, const QString& root)
{
    CoverageData data;
    data.source = QStringLiteral("lcov");
    const QStringList lines = text.split(u'\n');
    ModuleCoverage current;
    bool open = false;
    auto close = [&] {
        if (!open)
            return;
        fillFromLines(current);
        data.modules << current;
        current = {};
        open = false;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t.isEmpty() || t.startsWith(QStringLiteral("TN:")))
            continue;
        if (t.startsWith(QStringLiteral("SF:"))) {
            close();
            QString file = t.mid(3);
            if (!root.isEmpty() && file.startsWith(root + u'/'))
                file = file.mid(root.size() + 1);
            current.file = file;
            current.module = QFileInfo(file).completeBaseName();
            current.origin = sourceName.isEmpty() ? QStringLiteral("lcov.info") : sourceName;
            open = true;
        } else if (t.startsWith(QStringLiteral("DA:"))) {
            const QStringList parts = t.mid(3).split(u',');
            bool okLine = false, okHits = false;
            const int line = parts.value(0).toInt(&okLine);
            const qlonglong hits = parts.value(1).toLongLong(&okHits);
            if (!open || parts.size() < 2 || !okLine || !okHits || line <= 0 || hits < 0) {
                data.diagnostics << problem(sourceName, i + 1,
                                            open ? Tr::tr("bad DA record: %1").arg(t)
                                                 : Tr::tr("DA record outside a SF section"));
                continue;
            }
            current.lines.insert(line, int(std::min<qlonglong>(hits, INT_MAX)));
        } else if (t == u"end_of_record") {
            if (!open)
                data.diagnostics << problem(sourceName, i + 1, Tr::tr("end_of_record without SF"));
            close();
        } else if (!t.contains(u':')) {
            data.diagnostics << problem(sourceName, i + 1,
                                        Tr::tr("not an lcov record: %1").arg(t.left(60)));
        }
        // FN, FNDA, BRDA, LF, LH...: not needed, line data says it all.
    }
    if (open) {
        data.diagnostics << problem(
            sourceName, int(lines.size()),
            Tr::tr("the last record has no end_of_record (file cut short?)"));
        close();
    }
    return data;
}

CoverageData fromEvent(const QList<ModuleCoverageLines>& modules, const QString& appPath)
{
    CoverageData data;
    data.source = QStringLiteral("events");
    for (const ModuleCoverageLines& l : modules) {
        ModuleCoverage m;
        m.module = l.module;
        m.origin = QStringLiteral("mix test --cover");
        m.file = (appPath.isEmpty() || l.file.startsWith(u'/')) ? l.file : appPath + u'/' + l.file;
        for (const auto& [line, hits] : l.lines)
            m.lines.insert(line, hits);
        fillFromLines(m);
        data.modules << m;
    }
    return data;
}

CoverageData loadProjectFiles(const QString& root)
{
    // Coverage of a large umbrella runs to tens of MB; more is not coverage.
    constexpr qint64 kMaxCoverBytes = qint64(128) << 20;
    QStringList bases{QString()};
    const QDir apps(root + QStringLiteral("/apps"));
    for (const QString& a : apps.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        bases << QStringLiteral("apps/") + a;
    CoverageData all;
    for (const QString& base : bases) {
        const QString dir = base.isEmpty() ? root : root + u'/' + base;
        const QString prefix = base.isEmpty() ? QString() : base + u'/';
        CoverageData part;
        // The first of these that is there is read, through the safe reader: a FIFO or a
        // link to /dev/zero named lcov.info is reported, not waited on.
        for (const QString& name :
             {QStringLiteral("cover/excoveralls.json"), QStringLiteral("lcov.info"),
              QStringLiteral("cover/lcov.info")}) {
            const ProjectFile::Result r = ProjectFile::read(root, prefix + name, kMaxCoverBytes);
            if (r.status == ProjectFile::Status::Missing)
                continue;
            if (!r.ok()) {
                all.diagnostics << ProjectFile::diagnostic(r, prefix + name);
                continue;
            }
            part = name.endsWith(u".json")
                       ? parseExCoveralls(r.bytes, prefix + name)
                       : parseLcov(QString::fromUtf8(r.bytes), prefix + name, dir);
            break;
        }
        if (part.source.isEmpty())
            continue;
        all.source = part.source;
        for (ModuleCoverage& m : part.modules) {
            if (!m.file.startsWith(u'/'))
                m.file = prefix + m.file;
            all.modules << m;
        }
        all.diagnostics << part.diagnostics;
    }
    return all;
}

} // namespace CoverageParsers

} // namespace pwb
