// SPDX-License-Identifier: MIT
#include "testsreport.h"

#include "coveragemodel.h"
#include "failurecategory.h"
#include "testrunmodel.h"

#include <QJsonArray>
#include <QTextStream>

namespace pwb {

namespace TestsReport {

QJsonObject toJson(const TestRunModel& run, const CoverageModel& coverage, double seconds)
{
    const TestCounts& c = run.counts();
    QJsonObject o;
    o.insert(QStringLiteral("app"), run.appName());
    o.insert(QStringLiteral("total"), c.total);
    o.insert(QStringLiteral("passed"), c.passed);
    o.insert(QStringLiteral("failed"), c.failed);
    o.insert(QStringLiteral("skipped"), c.skipped);
    o.insert(QStringLiteral("excluded"), c.excluded);
    o.insert(QStringLiteral("invalid"), c.invalid);
    o.insert(QStringLiteral("seconds"), qRound64(seconds * 1000) / 1000.0);
    QJsonArray failures;
    for (const TestResult& t : run.failures()) {
        QJsonObject f;
        f.insert(QStringLiteral("test"), t.name);
        f.insert(QStringLiteral("module"), t.module);
        f.insert(QStringLiteral("file"), t.file);
        f.insert(QStringLiteral("line"), t.line);
        f.insert(QStringLiteral("category"),
                 FailureCategories::id(FailureCategories::categorise(t)));
        failures.append(f);
    }
    o.insert(QStringLiteral("failures"), failures);
    QJsonObject cov;
    const double total = coverage.totalPercent();
    cov.insert(QStringLiteral("total"),
               total >= 0 ? QJsonValue(qRound(total * 100) / 100.0) : QJsonValue());
    QJsonArray modules;
    for (int r = 0; r < coverage.rowCount(); ++r) {
        const QModelIndex i = coverage.index(r, 0);
        QJsonObject m;
        m.insert(QStringLiteral("module"), i.data().toString());
        m.insert(QStringLiteral("file"), i.data(CoverageModel::FileRole).toString());
        m.insert(QStringLiteral("percent"),
                 qRound(i.data(CoverageModel::PercentRole).toDouble() * 100) / 100.0);
        m.insert(QStringLiteral("threshold"), i.data(CoverageModel::ThresholdRole).toDouble());
        m.insert(QStringLiteral("business_logic"), i.data(CoverageModel::BusinessRole).toBool());
        m.insert(QStringLiteral("meets"), i.data(CoverageModel::MeetsRole).toBool());
        modules.append(m);
    }
    cov.insert(QStringLiteral("modules"), modules);
    o.insert(QStringLiteral("coverage"), cov);
    return o;
}

QString toText(const QJsonObject& tests)
{
    if (tests.isEmpty())
        return {};
    QString s;
    QTextStream t(&s);
    t << "  tests (" << tests.value(QStringLiteral("app")).toString() << "):\n";
    t << "    " << tests.value(QStringLiteral("total")).toInt() << " total, "
      << tests.value(QStringLiteral("passed")).toInt() << " passed, "
      << tests.value(QStringLiteral("failed")).toInt() << " failed, "
      << tests.value(QStringLiteral("skipped")).toInt() << " skipped, "
      << tests.value(QStringLiteral("excluded")).toInt() << " excluded, "
      << tests.value(QStringLiteral("invalid")).toInt() << " invalid in "
      << tests.value(QStringLiteral("seconds")).toDouble() << " s\n";
    for (const QJsonValue& v : tests.value(QStringLiteral("failures")).toArray()) {
        const QJsonObject f = v.toObject();
        t << "    FAIL " << f.value(QStringLiteral("file")).toString() << ':'
          << f.value(QStringLiteral("line")).toInt() << "  "
          << f.value(QStringLiteral("test")).toString() << " ["
          << f.value(QStringLiteral("category")).toString() << "]\n";
    }
    const QJsonValue total =
        tests.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("total"));
    if (total.isDouble())
        t << "    coverage: " << total.toDouble() << "%\n";
    return s;
}

} // namespace TestsReport

} // namespace pwb
