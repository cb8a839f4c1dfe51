// SPDX-License-Identifier: MIT
// Writes small zip archives for the hostile-input tests (libzip, RAII).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

#include <zip.h>

namespace ZipTestUtil {

struct Entry
{
    QString name;
    QByteArray data;
    bool store = false; // no compression
};

inline bool write(const QString& path, const QList<Entry>& entries)
{
    int err = 0;
    zip_t* raw = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!raw)
        return false;
    struct Discard
    {
        void operator()(zip_t* z) const { zip_discard(z); }
    };
    std::unique_ptr<zip_t, Discard> z(raw);
    for (const Entry& e : entries) {
        // libzip copies nothing: keep the bytes alive until zip_close. An empty entry gets
        // no buffer: libzip never frees one of length 0 (found by fuzz_tracendjson).
        void* copy = e.data.isEmpty() ? nullptr : malloc(size_t(e.data.size()));
        if (copy)
            memcpy(copy, e.data.constData(), size_t(e.data.size()));
        zip_source_t* src =
            zip_source_buffer(z.get(), copy, zip_uint64_t(e.data.size()), copy ? 1 : 0);
        if (!src) {
            free(copy);
            return false;
        }
        const zip_int64_t idx = zip_file_add(z.get(), e.name.toUtf8().constData(), src,
                                             ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (idx < 0) {
            zip_source_free(src);
            return false;
        }
        if (e.store)
            zip_set_file_compression(z.get(), zip_uint64_t(idx), ZIP_CM_STORE, 0);
    }
    const bool ok = zip_close(z.get()) == 0;
    if (ok)
        (void)z.release();
    return ok;
}

} // namespace ZipTestUtil
