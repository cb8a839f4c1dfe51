// SPDX-License-Identifier: MIT
#include "repositorystate.h"

#include <QCoreApplication>

namespace pwb {

QString RepositoryState::statusText() const
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("RepositoryState", s); };
    switch (kind) {
    case Kind::NotARepository:
        return tr("Not a git repository");
    case Kind::Error:
        return tr("Git: %1").arg(message);
    case Kind::Bare:
        return tr("Bare repository (no working tree)");
    case Kind::Unborn:
        return tr("%1 (no commits yet)").arg(branch);
    case Kind::Detached:
        return tr("detached HEAD at %1 %2").arg(headId, headSummary);
    case Kind::Branch:
        break;
    }
    QString text = branch + QStringLiteral(" · ") + headId + u' ' + headSummary;
    if (shallow)
        text += tr(" (shallow clone)");
    return text;
}

QString RepositoryState::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotARepository:
        return QStringLiteral("not-a-repository");
    case Kind::Branch:
        return QStringLiteral("branch");
    case Kind::Detached:
        return QStringLiteral("detached");
    case Kind::Unborn:
        return QStringLiteral("unborn");
    case Kind::Bare:
        return QStringLiteral("bare");
    case Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject RepositoryState::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), kindName(kind)}};
    if (!isRepository()) {
        o.insert(QStringLiteral("message"), message.isEmpty() ? statusText() : message);
        return o;
    }
    o.insert(QStringLiteral("branch"), branch);
    o.insert(QStringLiteral("head"), headId);
    o.insert(QStringLiteral("summary"), headSummary);
    o.insert(QStringLiteral("shallow"), shallow);
    o.insert(QStringLiteral("defaultBranch"), defaultBranch);
    o.insert(QStringLiteral("mergeBase"), mergeBaseId);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

} // namespace pwb
