// SPDX-License-Identifier: MIT
// RAII for libgit2: one owning pointer type per git_* handle, and the library's one-time
// initialisation. Only models/vcs sources include this (libgit2 is a private dependency).
#pragma once

#include <git2.h>

#include <QString>

#include <memory>

namespace pwb {

namespace Git {

// Calls git_libgit2_init() on first use and git_libgit2_shutdown() at exit, once per process.
void ensureInitialized();

// The last libgit2 error as text, or `fallback` when libgit2 set none.
QString lastError(const QString& fallback = {});

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const noexcept
    {
        if (p)
            Free(p);
    }
};

template <typename T, void (*Free)(T*)> using Handle = std::unique_ptr<T, Deleter<T, Free>>;

using Repository = Handle<git_repository, git_repository_free>;
using Reference = Handle<git_reference, git_reference_free>;
using Commit = Handle<git_commit, git_commit_free>;
using Tree = Handle<git_tree, git_tree_free>;
using Object = Handle<git_object, git_object_free>;
using Diff = Handle<git_diff, git_diff_free>;
using Patch = Handle<git_patch, git_patch_free>;
using Blame = Handle<git_blame, git_blame_free>;
using Index = Handle<git_index, git_index_free>;
using Signature = Handle<git_signature, git_signature_free>;
using RevWalk = Handle<git_revwalk, git_revwalk_free>;

// A git_buf that frees itself.
struct Buf
{
    git_buf buf = GIT_BUF_INIT;
    Buf() = default;
    Buf(const Buf&) = delete;
    Buf& operator=(const Buf&) = delete;
    ~Buf() { git_buf_dispose(&buf); }
    QString toString() const { return QString::fromUtf8(buf.ptr, qsizetype(buf.size)); }
};

// Fills an owning handle through a libgit2 out-parameter: `Git::out(ptr)` gives `T**`.
// The handle is set when the full expression ends: use it in the next statement.
template <typename H> class OutParam
{
public:
    explicit OutParam(H& h)
        : m_h(h)
    {}
    ~OutParam() { m_h.reset(m_raw); }
    operator typename H::pointer *() { return &m_raw; }

private:
    H& m_h;
    typename H::pointer m_raw = nullptr;
};

template <typename H> OutParam<H> out(H& h)
{
    return OutParam<H>(h);
}

QString oidToString(const git_oid* oid, int length = GIT_OID_HEXSZ);

} // namespace Git

} // namespace pwb
