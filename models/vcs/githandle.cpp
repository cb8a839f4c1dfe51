// SPDX-License-Identifier: MIT
#include "githandle.h"

namespace pwb {

namespace Git {

namespace {
struct Library
{
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
};
} // namespace

void ensureInitialized()
{
    static Library library; // thread-safe initialisation, shut down at exit
}

QString lastError(const QString& fallback)
{
    const git_error* e = git_error_last();
    if (e && e->message && *e->message)
        return QString::fromUtf8(e->message);
    return fallback;
}

QString oidToString(const git_oid* oid, int length)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex, qMin(length, int(GIT_OID_HEXSZ)));
}

} // namespace Git

} // namespace pwb
