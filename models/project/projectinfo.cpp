// SPDX-License-Identifier: MIT
#include "projectinfo.h"

#include <QJsonArray>

namespace pwb {

bool ProjectInfo::hasPhoenix() const
{
    return versions.contains(QStringLiteral("phoenix"));
}

QString ProjectInfo::kindName(ProjectKind kind)
{
    switch (kind) {
    case ProjectKind::Unknown:
        return QStringLiteral("unknown");
    case ProjectKind::Mix:
        return QStringLiteral("mix");
    case ProjectKind::Phoenix:
        return QStringLiteral("phoenix");
    case ProjectKind::Umbrella:
        return QStringLiteral("umbrella");
    }
    return {};
}

const QStringList& ProjectInfo::trackedPackages()
{
    static const QStringList names{QStringLiteral("phoenix"), QStringLiteral("phoenix_live_view"),
                                   QStringLiteral("ecto"),    QStringLiteral("ecto_sql"),
                                   QStringLiteral("oban"),    QStringLiteral("credo"),
                                   QStringLiteral("sobelow"), QStringLiteral("excoveralls")};
    return names;
}

QJsonObject ProjectInfo::toJson(const QString& highlighter) const
{
    QJsonArray appArray;
    for (const AppInfo& app : apps) {
        appArray.append(QJsonObject{{QStringLiteral("name"), app.name},
                                    {QStringLiteral("path"), app.path},
                                    {QStringLiteral("phoenix"), app.phoenix}});
    }
    QJsonObject versionObject;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        versionObject.insert(it.key(), it.value().display());
    if (!elixirRequirement.isEmpty())
        versionObject.insert(QStringLiteral("elixir"), elixirRequirement);

    QJsonArray diagArray;
    for (const Diagnostic& d : diagnostics)
        diagArray.append(d.toJson());

    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("root"), root},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("apps"), appArray},
                       {QStringLiteral("versions"), versionObject},
                       {QStringLiteral("highlighter"), highlighter},
                       {QStringLiteral("diagnostics"), diagArray}};
}

} // namespace pwb
