// SPDX-License-Identifier: MIT
#include "repositorystate.h"

#include <QCoreApplication>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryState)
};
} // namespace

QString RepositoryState::statusText() const
{
    switch (kind) {
    case Kind::NotARepository:
        return Tr::tr("Not a git repository");
    case Kind::Error:
        return Tr::tr("Git: %1").arg(message);
    case Kind::Bare:
        return Tr::tr("Bare repository (no working tree)");
    case Kind::Unborn:
        return Tr::tr("%1 (no commits yet)").arg(branch);
    case Kind::Detached:
        return Tr::tr("detached HEAD at %1 %2").arg(headId, headSummary);
    case Kind::Branch:
        break;
    }
    QString text = branch + QStringLiteral(" · ") + headId + u' ' + headSummary;
    if (shallow)
        text += Tr::tr(" (shallow clone)");
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
