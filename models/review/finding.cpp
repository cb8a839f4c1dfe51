// SPDX-License-Identifier: MIT
#include "finding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>

namespace pwb {

QJsonObject Replacement::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("column"), column},
                  {QStringLiteral("end_line"), endLine},
                  {QStringLiteral("end_column"), endColumn},
                  {QStringLiteral("new_text"), newText}};
    if (begin >= 0) {
        o.insert(QStringLiteral("begin"), double(begin));
        o.insert(QStringLiteral("end"), double(end));
    }
    return o;
}

Replacement Replacement::fromJson(const QJsonObject& o)
{
    Replacement r;
    r.path = o.value(QStringLiteral("path")).toString();
    r.line = o.value(QStringLiteral("line")).toInt();
    r.column = o.value(QStringLiteral("column")).toInt();
    r.endLine = o.value(QStringLiteral("end_line")).toInt();
    r.endColumn = o.value(QStringLiteral("end_column")).toInt();
    r.begin = qsizetype(o.value(QStringLiteral("begin")).toDouble(-1));
    r.end = qsizetype(o.value(QStringLiteral("end")).toDouble(-1));
    r.newText = o.value(QStringLiteral("new_text")).toString();
    return r;
}

QString Finding::severityName(Severity s)
{
    switch (s) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    }
    return {};
}

Finding::Severity Finding::severityFromName(const QString& name, Severity fallback)
{
    const QString n = name.trimmed().toLower();
    if (n == u"high" || n == u"error" || n == u"critical" || n == u"blocker")
        return Severity::High;
    if (n == u"medium" || n == u"warning" || n == u"moderate" || n == u"normal")
        return Severity::Medium;
    if (n == u"low" || n == u"note" || n == u"info" || n == u"none" || n == u"minor")
        return Severity::Low;
    return fallback;
}

QString Finding::triageName(Triage t)
{
    switch (t) {
    case Triage::Open:
        return QStringLiteral("open");
    case Triage::Confirmed:
        return QStringLiteral("confirmed");
    case Triage::WontFix:
        return QStringLiteral("wontfix");
    case Triage::FalsePositive:
        return QStringLiteral("false_positive");
    case Triage::Fixed:
        return QStringLiteral("fixed");
    }
    return {};
}

Finding::Triage Finding::triageFromName(const QString& name)
{
    for (Triage t :
         {Triage::Open, Triage::Confirmed, Triage::WontFix, Triage::FalsePositive, Triage::Fixed}) {
        if (triageName(t) == name)
            return t;
    }
    return Triage::Open;
}

QString Finding::triageLabel(Triage t)
{
    switch (t) {
    case Triage::Open:
        return QCoreApplication::translate("Finding", "Open");
    case Triage::Confirmed:
        return QCoreApplication::translate("Finding", "Confirmed");
    case Triage::WontFix:
        return QCoreApplication::translate("Finding", "Won't fix");
    case Triage::FalsePositive:
        return QCoreApplication::translate("Finding", "False positive");
    case Triage::Fixed:
        return QCoreApplication::translate("Finding", "Fixed");
    }
    return {};
}

QString Finding::severityLabel(Severity s)
{
    switch (s) {
    case Severity::High:
        return QCoreApplication::translate("Finding", "High");
    case Severity::Medium:
        return QCoreApplication::translate("Finding", "Medium");
    case Severity::Low:
        return QCoreApplication::translate("Finding", "Low");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("rule"), rule},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("category"), category},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("tool"), tool},
                  {QStringLiteral("fingerprint"), fingerprint}};
    if (column > 0)
        o.insert(QStringLiteral("column"), column);
    if (!why.isEmpty())
        o.insert(QStringLiteral("why"), why);
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"), fix);
    if (!replacements.isEmpty()) {
        QJsonArray a;
        for (const Replacement& r : replacements)
            a.append(r.toJson());
        o.insert(QStringLiteral("replacements"), a);
    }
    return o;
}

namespace Fingerprint {

QString normalizedLine(QByteArrayView line)
{
    return QString::fromUtf8(line).simplified();
}

QList<QByteArrayView> splitLines(const QByteArray& text)
{
    QList<QByteArrayView> lines;
    lines.reserve(text.size() / 32 + 1);
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype nl = text.indexOf('\n', start);
        if (nl < 0)
            nl = n;
        qsizetype e = nl;
        if (e > start && text.at(e - 1) == '\r')
            --e;
        lines.append(QByteArrayView(text.constData() + start, e - start));
        start = nl + 1;
        if (nl == n)
            break;
    }
    return lines;
}

QString enclosingDefinition(const QList<QByteArrayView>& lines, int line)
{
    static const char* const kDefs[] = {"defmodule ", "defmacrop ", "defmacro ", "defp ", "def "};
    for (int i = std::min(line, int(lines.size())) - 1; i >= 0; --i) {
        QByteArrayView l = lines.at(i).trimmed();
        for (const char* d : kDefs) {
            if (l.startsWith(d)) {
                l = l.sliced(qstrlen(d)).trimmed();
                qsizetype e = 0;
                while (e < l.size() && (std::isalnum(static_cast<unsigned char>(l[e])) ||
                                        l[e] == '_' || l[e] == '.' || l[e] == '?' || l[e] == '!'))
                    ++e;
                return QString::fromUtf8(l.first(e));
            }
        }
    }
    return {};
}

QString compute(const QString& rule, const QString& path, const QString& normalizedLine,
                const QString& context)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(rule.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(path.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(normalizedLine.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(context.toUtf8());
    return QString::fromLatin1(h.result().toHex().left(20));
}

namespace {

// For every line, the index of the nearest definition line at or above it (-1: none), in
// one pass: enclosingDefinition() per finding walked up the file each time.
QList<int> definitionLines(const QList<QByteArrayView>& lines)
{
    static const char* const kDefs[] = {"defmodule ", "defmacrop ", "defmacro ", "defp ", "def "};
    QList<int> out(lines.size(), -1);
    int last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArrayView l = lines.at(i).trimmed();
        for (const char* d : kDefs) {
            if (l.startsWith(d)) {
                last = int(i);
                break;
            }
        }
        out[i] = last;
    }
    return out;
}

} // namespace

void assign(Findings& findings, const QByteArray& text, const QString& path)
{
    if (findings.isEmpty())
        return;
    const QList<QByteArrayView> lines = splitLines(text);
    QList<int> defLines;
    // A line is normalised, and hashed per rule, once however many findings it carries: one
    // long line with thousands of findings stays linear in its length.
    QHash<int, QString> normalized;
    QHash<QPair<QString, int>, QString> perRuleAndLine;
    QHash<QString, int> seen;
    for (Finding& f : findings) {
        if (f.path != path)
            continue;
        QString fp;
        if (f.line > 0 && f.line <= lines.size()) {
            const auto key = qMakePair(f.rule, f.line);
            auto it = perRuleAndLine.constFind(key);
            if (it == perRuleAndLine.constEnd()) {
                if (defLines.isEmpty())
                    defLines = definitionLines(lines);
                auto n = normalized.constFind(f.line);
                if (n == normalized.constEnd())
                    n = normalized.insert(f.line, normalizedLine(lines.at(f.line - 1)));
                const int def = defLines.at(f.line - 1);
                const QString context = def < 0 ? QString() : enclosingDefinition(lines, def + 1);
                it = perRuleAndLine.insert(key, compute(f.rule, f.path, *n, context));
            }
            fp = *it;
        } else {
            fp = compute(f.rule, f.path, f.message.simplified(), {});
        }
        const int n = ++seen[fp];
        if (n > 1)
            fp += u'#' + QString::number(n);
        f.fingerprint = fp;
        f.id = fp;
    }
}

} // namespace Fingerprint

} // namespace pwb
