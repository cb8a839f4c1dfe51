// SPDX-License-Identifier: MIT
#include "tracesreport.h"

#include "tracelistmodel.h"
#include "tracereader.h"

#include <QTextStream>

namespace pwb {

namespace TracesReport {

QJsonArray toJson(const QString& root)
{
    QJsonArray out;
    for (const TraceListItem& it : TraceListModel::scan(root)) {
        if (it.kind == TraceListItem::Kind::Trace)
            out.append(it.toJson());
    }
    return out;
}

QString toText(const QJsonArray& traces)
{
    if (traces.isEmpty())
        return {};
    QString s;
    QTextStream t(&s);
    t << "  traces:\n";
    for (const QJsonValue& v : traces) {
        const QJsonObject o = v.toObject();
        t << "    " << qSetFieldWidth(8) << Qt::left << o.value(u"status").toString()
          << qSetFieldWidth(0) << o.value(u"title").toString() << "  ("
          << o.value(u"actions").toInt() << " actions, " << o.value(u"errors").toInt()
          << " errors, " << o.value(u"duration_ms").toInteger() << " ms, "
          << o.value(u"liveview_events").toInt() << " LiveView events, "
          << o.value(u"browser").toString() << ")\n      " << o.value(u"path").toString() << '\n';
    }
    return s;
}

QJsonObject traceJson(const QString& path, bool* ok)
{
    const Trace t = TraceReader::read(path, {}, ok);
    return t.toJson();
}

QString traceText(const QJsonObject& trace)
{
    QString s;
    QTextStream t(&s);
    t << trace.value(u"title").toString() << "  [" << trace.value(u"status").toString() << ", "
      << trace.value(u"duration_ms").toInteger() << " ms, " << trace.value(u"browser").toString()
      << "]\n";
    t << trace.value(u"liveview").toString() << '\n';
    for (const QJsonValue& v : trace.value(u"action_list").toArray()) {
        const QJsonObject a = v.toObject();
        t << qSetFieldWidth(9) << Qt::right
          << QString::number(a.value(u"start_ms").toDouble(), 'f', 0) << qSetFieldWidth(0)
          << " ms  " << QString(a.value(u"depth").toInt() * 2, u' ')
          << a.value(u"title").toString();
        if (a.contains(u"selector"))
            t << "  " << a.value(u"selector").toString();
        if (a.contains(u"liveview")) {
            QStringList lv;
            for (const QJsonValue& e : a.value(u"liveview").toArray())
                lv.append(e.toString());
            t << "  [LiveView: " << lv.join(QStringLiteral(", ")) << ']';
        }
        if (a.contains(u"error"))
            t << "\n             ERROR: " << a.value(u"error").toString().section(u'\n', 0, 0);
        t << '\n';
    }
    for (const QJsonValue& d : trace.value(u"diagnostics").toArray())
        t << "problem: " << d.toObject().value(u"message").toString() << '\n';
    return s;
}

} // namespace TracesReport

} // namespace pwb
