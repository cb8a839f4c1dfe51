// SPDX-License-Identifier: MIT
#include "mixlock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MixLock)
};
} // namespace

MixLock MixLock::parse(const QString& text, const QString& path)
{
    MixLock lock;
    static const QRegularExpression hexRe(QStringLiteral(
        "^\\s*\"([\\w]+)\"\\s*:\\s*\\{\\s*:hex\\s*,\\s*:[\\w]+\\s*,\\s*\"([^\"]+)\""));
    static const QRegularExpression gitRe(QStringLiteral(
        "^\\s*\"([\\w]+)\"\\s*:\\s*\\{\\s*:git\\s*,\\s*\"[^\"]*\"\\s*,\\s*\"([0-9a-f]{7,40})\""));
    static const QRegularExpression anyEntry(QStringLiteral("^\\s*\"([\\w]+)\"\\s*:"));

    const QStringList lines = text.split(u'\n');
    bool sawOpen = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& l = lines[i];
        const QString t = l.trimmed();
        if (t.isEmpty())
            continue;
        if (t == u"%{") {
            sawOpen = true;
            continue;
        }
        if (t == u"}")
            continue;
        if (const auto m = hexRe.match(l); m.hasMatch()) {
            lock.entries.insert(m.captured(1), {m.captured(2), QStringLiteral("hex"), i + 1});
        } else if (const auto g = gitRe.match(l); g.hasMatch()) {
            lock.entries.insert(g.captured(1), {QStringLiteral("git ") + g.captured(2).left(7),
                                                QStringLiteral("git"), i + 1});
        } else if (const auto a = anyEntry.match(l); a.hasMatch()) {
            lock.entries.insert(a.captured(1), {QString(), QStringLiteral("other"), i + 1});
        } else {
            lock.diagnostics.append({path, i + 1, 0, QStringLiteral("lock-entry"),
                                     Tr::tr("not a mix.lock entry: %1").arg(t.left(60)),
                                     Diagnostic::Severity::Warning});
        }
    }
    if (!sawOpen && !lines.isEmpty() && !text.trimmed().isEmpty())
        lock.diagnostics.prepend({path, 1, 0, QStringLiteral("lock-format"),
                                  Tr::tr("mix.lock does not start with '%{'"),
                                  Diagnostic::Severity::Warning});
    return lock;
}

} // namespace pwb
