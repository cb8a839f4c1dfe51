// SPDX-License-Identifier: MIT
#include "vcscontext.h"
#include "core/logging.h"

#include "core/whendone.h"

#include "gitrepository.h"

#include <QtConcurrent>

namespace pwb {

namespace {

struct Snapshot
{
    RepositoryState state;
    ChangeSet changes;
};
} // namespace

VcsContext::VcsContext(QObject* parent)
    : QObject(parent)
{}

VcsContext::~VcsContext()
{
    if (m_cancel)
        m_cancel->store(true);
}

void VcsContext::setRoot(const QString& projectRoot)
{
    m_root = projectRoot;
    refresh();
}

void VcsContext::refresh()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_root.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_refreshing = true;
    const auto job = [root = m_root, cancel = m_cancel] {
        Snapshot s;
        const GitRepository repo(root);
        s.state = repo.state();
        if (s.state.isRepository())
            s.changes = repo.changes(cancel.get());
        return s;
    };
    whenDone(this, QtConcurrent::run(job), [this, generation](const Snapshot& s) {
        if (generation != m_generation)
            return;
        m_refreshing = false;
        m_ready = true;
        qCInfo(lcVcs) << "repository state refreshed; repository:" << s.state.isRepository();
        m_state = s.state;
        m_changes = s.changes;
        m_blames.clear();
        m_blamePending.clear();
        emit refreshed();
    });
}

void VcsContext::clear()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_root.clear();
    m_state = RepositoryState();
    m_changes = ChangeSet();
    m_blames.clear();
    m_blamePending.clear();
    m_refreshing = false;
    m_ready = false;
    emit refreshed();
}

const FileBlame* VcsContext::blame(const QString& relativePath) const
{
    const auto it = m_blames.constFind(relativePath);
    return it == m_blames.cend() ? nullptr : &*it;
}

void VcsContext::requestBlame(const QString& relativePath)
{
    if (m_root.isEmpty() || m_blames.contains(relativePath) ||
        m_blamePending.contains(relativePath))
        return;
    startBlame(relativePath, std::nullopt);
}

void VcsContext::requestBlame(const QString& relativePath, const QByteArray& buffer)
{
    if (m_root.isEmpty())
        return;
    startBlame(relativePath, buffer);
}

void VcsContext::startBlame(const QString& relativePath, std::optional<QByteArray> buffer)
{
    m_blamePending.insert(relativePath);
    const quint64 generation = m_generation;
    const quint64 serial = ++m_blameSerial[relativePath];
    const auto job = [root = m_root, relativePath, buffer = std::move(buffer)] {
        return GitRepository(root).blame(relativePath, buffer ? &*buffer : nullptr);
    };
    whenDone(this, QtConcurrent::run(job), [this, generation, serial](const FileBlame& b) {
        if (generation != m_generation || serial != m_blameSerial.value(b.path))
            return;
        m_blamePending.remove(b.path);
        m_blames.insert(b.path, b);
        emit blameReady(b.path);
    });
}

} // namespace pwb
