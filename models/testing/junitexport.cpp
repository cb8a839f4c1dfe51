// SPDX-License-Identifier: MIT
#include "junitexport.h"

#include "failurecategory.h"

#include <QMap>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace pwb {

namespace JUnitExport {

namespace {
QString seconds(qint64 us)
{
    return QString::number(double(us) / 1e6, 'f', 6);
}
} // namespace

QByteArray toXml(const QList<TestResult>& tests, const QString& suiteName, double totalSeconds)
{
    QMap<QString, QList<const TestResult*>> byModule;
    int failures = 0, skipped = 0, errors = 0;
    for (const TestResult& t : tests) {
        byModule[t.module] << &t;
        failures += t.state == TestState::Failed;
        errors += t.state == TestState::Invalid;
        skipped += t.state == TestState::Skipped || t.state == TestState::Excluded;
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), suiteName);
    w.writeAttribute(QStringLiteral("tests"), QString::number(tests.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    w.writeAttribute(QStringLiteral("time"), QString::number(totalSeconds, 'f', 6));
    for (auto it = byModule.cbegin(); it != byModule.cend(); ++it) {
        int mf = 0, ms = 0, me = 0;
        qint64 us = 0;
        for (const TestResult* t : it.value()) {
            mf += t->state == TestState::Failed;
            me += t->state == TestState::Invalid;
            ms += t->state == TestState::Skipped || t->state == TestState::Excluded;
            us += t->timeUs;
        }
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), it.key());
        w.writeAttribute(QStringLiteral("tests"), QString::number(it.value().size()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(mf));
        w.writeAttribute(QStringLiteral("errors"), QString::number(me));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(ms));
        w.writeAttribute(QStringLiteral("time"), seconds(us));
        if (!it.value().isEmpty() && !it.value().first()->file.isEmpty())
            w.writeAttribute(QStringLiteral("file"), it.value().first()->file);
        for (const TestResult* t : it.value()) {
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("classname"), t->module);
            w.writeAttribute(QStringLiteral("name"), t->name);
            w.writeAttribute(QStringLiteral("file"), t->file);
            w.writeAttribute(QStringLiteral("line"), QString::number(t->line));
            w.writeAttribute(QStringLiteral("time"), seconds(t->timeUs));
            if (t->state == TestState::Failed || t->state == TestState::Invalid) {
                const bool isError = t->state == TestState::Invalid;
                w.writeStartElement(isError ? QStringLiteral("error") : QStringLiteral("failure"));
                const TestError first = t->failure.errors.value(0);
                w.writeAttribute(QStringLiteral("message"),
                                 first.message.isEmpty() ? t->reason : first.message);
                w.writeAttribute(QStringLiteral("type"),
                                 first.exception.isEmpty()
                                     ? FailureCategories::id(FailureCategories::categorise(*t))
                                     : first.exception);
                w.writeCharacters(t->failure.formatted.isEmpty() ? t->reason
                                                                 : t->failure.formatted);
                w.writeEndElement();
            } else if (t->state == TestState::Skipped || t->state == TestState::Excluded) {
                w.writeStartElement(QStringLiteral("skipped"));
                if (!t->reason.isEmpty())
                    w.writeAttribute(QStringLiteral("message"), t->reason);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

bool write(const QString& path, const QList<TestResult>& tests, const QString& suiteName,
           double totalSeconds, QString* error)
{
    QSaveFile f(path);
    const QByteArray xml = toXml(tests, suiteName, totalSeconds);
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace JUnitExport

} // namespace pwb
