// SPDX-License-Identifier: MIT
// A run as JUnit XML, the format CI systems read.
#pragma once

#include "testevent.h"

#include <QByteArray>
#include <QList>

namespace pwb {

namespace JUnitExport {
QByteArray toXml(const QList<TestResult>& tests, const QString& suiteName, double seconds);
// Writes atomically; false with *error on failure.
bool write(const QString& path, const QList<TestResult>& tests, const QString& suiteName,
           double seconds, QString* error = nullptr);
} // namespace JUnitExport

} // namespace pwb
