// SPDX-License-Identifier: MIT
// A read-only zip archive from an untrusted project (libzip behind RAII): unsafe entry
// names are refused, and every read is capped in size and compression ratio.
#pragma once

#include "core/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct zip;

namespace pwb {

struct ZipLimits
{
    qint64 maxEntrySize = qint64(512) << 20; // bytes one entry may inflate to
    qint64 maxTotalSize = qint64(2) << 30;   // bytes all reads of one archive may inflate to
    double maxRatio = 200.0;                 // inflated / compressed, above ratioFloor
    qint64 ratioFloor = qint64(1) << 20;     // small entries may compress as well as they like
    int maxEntries = 200000;
};

class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        qint64 size = 0;
        qint64 compressedSize = 0;
        quint64 index = 0;
    };

    explicit ZipArchive(ZipLimits limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Opens `path`; false with *error for a missing, truncated or non-zip file.
    bool open(const QString& path, QString* error);
    // Opens an archive held in memory (kept alive by the archive).
    bool openData(const QByteArray& data, QString* error);
    bool isOpen() const { return bool(m_zip); }
    QString path() const { return m_path; }

    // The entries with safe names, in archive order.
    const QList<Entry>& entries() const { return m_entries; }
    const Entry* entry(const QString& name) const;
    bool contains(const QString& name) const { return entry(name) != nullptr; }
    // Entries that were refused when opening (unsafe names, absurd sizes).
    const Diagnostics& problems() const { return m_problems; }

    // Streams one entry to `sink` in chunks; `sink` returns false to stop early (not an
    // error). False with *error when the entry is missing, breaks a limit or is corrupt.
    using Sink = std::function<bool(const char* data, qsizetype size)>;
    bool read(const QString& name, const Sink& sink, QString* error);
    // The whole entry, or an empty array with *error set.
    QByteArray readAll(const QString& name, QString* error, bool* ok = nullptr);

    qint64 bytesInflated() const { return m_inflated; }
    const ZipLimits& limits() const { return m_limits; }

    // True when `name` may be used as a relative path: no `..`, not absolute, no drive.
    static bool isSafeName(const QString& name);

private:
    bool index(QString* error);
    void reset(const QString& path);

    struct Closer
    {
        void operator()(zip* z) const;
    };
    std::unique_ptr<zip, Closer> m_zip;
    ZipLimits m_limits;
    QString m_path;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byName;
    Diagnostics m_problems;
    QByteArray m_data;
    qint64 m_inflated = 0;
};

} // namespace pwb
