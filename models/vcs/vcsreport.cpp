// SPDX-License-Identifier: MIT
#include "vcsreport.h"

#include "gitrepository.h"

#include <QJsonArray>

namespace pwb {

namespace VcsReport {

QJsonObject toJson(const QString& projectRoot)
{
    const GitRepository repo(projectRoot);
    const RepositoryState state = repo.state();
    QJsonObject o = state.toJson();
    if (!state.isRepository())
        return o;
    const ChangeSet cs = repo.changes();
    QJsonArray files;
    int lines = 0;
    for (const QString& path : cs.paths()) {
        const FileChanges* f = cs.file(path);
        lines += f->changedLineCount();
        files.append(QJsonObject{{QStringLiteral("path"), path},
                                 {QStringLiteral("status"), FileChanges::statusName(f->status)},
                                 {QStringLiteral("changedLines"), f->changedLineCount()}});
    }
    o.insert(QStringLiteral("base"), cs.baseId);
    o.insert(QStringLiteral("baseLabel"), cs.baseLabel);
    o.insert(QStringLiteral("changedFiles"), files);
    o.insert(QStringLiteral("changedLines"), lines);
    return o;
}

QString toText(const QJsonObject& vcs)
{
    const auto str = [&](const char* key) { return vcs.value(QLatin1String(key)).toString(); };
    QString s = QStringLiteral("  git:         ");
    const QString state = str("state");
    if (state == u"branch" || state == u"detached" || state == u"unborn") {
        s += (state == u"detached" ? QStringLiteral("detached HEAD") : str("branch")) + u' ' +
             str("head") + u' ' + str("summary");
        if (!str("defaultBranch").isEmpty())
            s += QStringLiteral("\n  changes:     %1 file(s), %2 line(s) against %3 %4")
                     .arg(vcs.value(QStringLiteral("changedFiles")).toArray().size())
                     .arg(vcs.value(QStringLiteral("changedLines")).toInt())
                     .arg(str("baseLabel"), str("base"));
    } else {
        s += state;
    }
    if (!str("message").isEmpty())
        s += QStringLiteral("\n  git note:    ") + str("message");
    return s + u'\n';
}

} // namespace VcsReport

} // namespace pwb
