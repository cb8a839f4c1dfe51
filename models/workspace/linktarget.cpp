// SPDX-License-Identifier: MIT
#include "linktarget.h"

#include <QFileInfo>

namespace pwb {

namespace {
const char* const kKindNames[] = {"none", "task", "agent", "file", "finding", "test", "trace"};
} // namespace

QString LinkTarget::kindName(Kind kind)
{
    return QString::fromLatin1(kKindNames[int(kind)]);
}

LinkTarget::Kind LinkTarget::kindFromName(const QString& name)
{
    for (int i = 0; i < int(std::size(kKindNames)); ++i) {
        if (name == QLatin1String(kKindNames[i]))
            return Kind(i);
    }
    return Kind::None;
}

QString LinkTarget::view() const
{
    switch (kind) {
    case Kind::None:
        return id;
    case Kind::Task:
        return QStringLiteral("board");
    case Kind::Agent:
        return QStringLiteral("graph");
    case Kind::File:
    case Kind::Finding:
        return QStringLiteral("review");
    case Kind::Test:
        return QStringLiteral("tests");
    case Kind::Trace:
        return QStringLiteral("traces");
    }
    return {};
}

QString LinkTarget::key() const
{
    QString k = kindName(kind) + u':' + id;
    if (!path.isEmpty() && path != id)
        k += u'@' + path;
    if (line > 0)
        k += u':' + QString::number(line);
    if (!detail.isEmpty())
        k += u'#' + detail;
    return k;
}

QString LinkTarget::displayText() const
{
    if (!label.isEmpty())
        return label;
    switch (kind) {
    case Kind::None:
        return id;
    case Kind::File:
        return line > 0 ? id + u':' + QString::number(line) : id;
    case Kind::Finding:
        return detail.isEmpty() ? path + u':' + QString::number(line) : detail;
    case Kind::Test:
        return id.isEmpty() ? path : id;
    case Kind::Trace:
        return QFileInfo(id).path().section(u'/', -1) + u'/' + QFileInfo(id).fileName();
    default:
        return id;
    }
}

LinkTarget LinkTarget::task(const QString& id, const QString& document, int line)
{
    return {Kind::Task, id, document, line, {}, {}};
}

LinkTarget LinkTarget::agent(const QString& name, const QString& file, int line)
{
    return {Kind::Agent, name, file, line, {}, {}};
}

LinkTarget LinkTarget::file(const QString& path, int line)
{
    return {Kind::File, path, path, line, {}, {}};
}

LinkTarget LinkTarget::finding(const QString& id, const QString& path, int line,
                               const QString& rule)
{
    return {Kind::Finding, id, path, line, rule, {}};
}

LinkTarget LinkTarget::test(const QString& file, int line, const QString& name,
                            const QString& module)
{
    return {Kind::Test, name.isEmpty() ? file : name, file, line, module, {}};
}

LinkTarget LinkTarget::trace(const QString& path, const QString& callId)
{
    return {Kind::Trace, path, path, 0, callId, {}};
}

LinkTarget LinkTarget::viewOnly(const QString& view)
{
    return {Kind::None, view, {}, 0, {}, {}};
}

} // namespace pwb
