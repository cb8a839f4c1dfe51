// SPDX-License-Identifier: MIT
// The open project's git context for the views: repository state, changed lines and blame,
// all read on worker threads; a newer refresh drops an older one's result.
#pragma once

#include "blameinfo.h"
#include "changeset.h"
#include "repositorystate.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

namespace pwb {

class VcsContext : public QObject
{
    Q_OBJECT
public:
    explicit VcsContext(QObject* parent = nullptr);
    ~VcsContext() override;

    // Starts reading the repository holding `projectRoot`; `refreshed` follows.
    void setRoot(const QString& projectRoot);
    void refresh();
    void clear();

    QString root() const { return m_root; }
    bool isRefreshing() const { return m_refreshing; }
    bool isReady() const { return m_ready; }
    const RepositoryState& state() const { return m_state; }
    const ChangeSet& changes() const { return m_changes; }

    // The cached blame of a project-relative file, or nullptr; requestBlame() loads it.
    const FileBlame* blame(const QString& relativePath) const;
    void requestBlame(const QString& relativePath);
    // Blames an editor's text instead of the file (edited lines are not committed yet);
    // always recomputed, the latest request wins.
    void requestBlame(const QString& relativePath, const QByteArray& buffer);

signals:
    void refreshed();
    void blameReady(const QString& relativePath);

private:
    void startBlame(const QString& relativePath, std::optional<QByteArray> buffer);

    QString m_root;
    RepositoryState m_state;
    ChangeSet m_changes;
    QHash<QString, FileBlame> m_blames;
    QSet<QString> m_blamePending;
    QHash<QString, quint64> m_blameSerial; // the latest request per path
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_refreshing = false;
    bool m_ready = false;
};

} // namespace pwb
