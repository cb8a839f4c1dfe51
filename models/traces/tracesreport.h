// SPDX-License-Identifier: MIT
// The traces section of `--report` and the headless `--trace FILE` output.
#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace pwb {

namespace TracesReport {
// Every trace in the project: [{path, title, status, actions, errors, duration_ms,
// liveview_events, browser}], paths relative to root.
QJsonArray toJson(const QString& root);
// Lines for the text report (empty when there are no traces).
QString toText(const QJsonArray& traces);
// One trace's actions (`--trace FILE`); *ok is false when it could not be read.
QJsonObject traceJson(const QString& path, bool* ok);
QString traceText(const QJsonObject& trace);
} // namespace TracesReport

} // namespace pwb
