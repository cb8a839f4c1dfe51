// SPDX-License-Identifier: MIT
#include "ziparchive.h"

#include "core/projectfile.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>
#include <zip.h>

namespace pwb {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
};

QString libzipError(int code)
{
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    const QString s = QString::fromUtf8(zip_error_strerror(&e));
    zip_error_fini(&e);
    return s;
}

struct FileCloser
{
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

} // namespace

void ZipArchive::Closer::operator()(zip* z) const
{
    zip_discard(z);
}

ZipArchive::ZipArchive(ZipLimits limits)
    : m_limits(limits)
{}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::isSafeName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\'))
        return false;
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return false;
    if (name.contains(QChar(0)))
        return false;
    QString normal = name;
    normal.replace(u'\\', u'/');
    for (const QStringView part : QStringView(normal).split(u'/')) {
        if (part == u"..")
            return false;
    }
    return true;
}

void ZipArchive::reset(const QString& path)
{
    m_zip.reset();
    m_entries.clear();
    m_byName.clear();
    m_problems.clear();
    m_data.clear();
    m_inflated = 0;
    m_path = path;
}

bool ZipArchive::openData(const QByteArray& data, QString* error)
{
    reset(QStringLiteral("<memory>"));
    m_data = data;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* src =
        zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &ze);
    if (!src) {
        if (error)
            *error = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return false;
    }
    zip* z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!z) {
        zip_source_free(src);
        if (error)
            *error = Tr::tr("not a zip archive or truncated (%1)")
                         .arg(QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    zip_error_fini(&ze);
    m_zip.reset(z);
    return index(error);
}

bool ZipArchive::open(const QString& path, QString* error)
{
    reset(path);
    // A FIFO or a device named *.zip would block libzip's open or stream forever: only a
    // regular file, opened without blocking, reaches it (--trace, the Traces view, the server).
    ProjectFile::Result why;
    const int fd = ProjectFile::openRegular({}, path, &why);
    if (fd < 0) {
        if (error)
            *error = Tr::tr("cannot open %1: %2").arg(path, why.error);
        return false;
    }
    int code = 0;
    zip* z = zip_fdopen(fd, ZIP_CHECKCONS, &code);
    if (!z) {
        ::close(fd); // zip_fdopen owns the descriptor only on success
        if (error) {
            if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS)
                *error = Tr::tr("%1 is not a zip archive or is truncated (%2)")
                             .arg(path, libzipError(code));
            else
                *error = Tr::tr("cannot open %1: %2").arg(path, libzipError(code));
        }
        return false;
    }
    m_zip.reset(z);
    return index(error);
}

bool ZipArchive::index(QString* error)
{
    zip* z = m_zip.get();
    const QString& path = m_path;
    const zip_int64_t count = zip_get_num_entries(z, 0);
    if (count < 0 || count > m_limits.maxEntries) {
        if (error)
            *error = Tr::tr("%1 holds %2 entries, more than the %3 a trace may have")
                         .arg(path)
                         .arg(count)
                         .arg(m_limits.maxEntries);
        m_zip.reset();
        return false;
    }
    m_entries.reserve(count);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        const QString name = QString::fromUtf8(st.name);
        Diagnostic d;
        d.path = path;
        d.severity = Diagnostic::Severity::Warning;
        if (!isSafeName(name)) {
            d.code = QStringLiteral("zip-unsafe-name");
            d.message =
                Tr::tr("entry '%1' was refused: its name leaves the archive's folder").arg(name);
            m_problems.append(d);
            continue;
        }
        if (name.endsWith(u'/'))
            continue;
        Entry e;
        e.name = name;
        e.index = quint64(i);
        e.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : -1;
        e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : -1;
        if (e.size > m_limits.maxEntrySize) {
            d.code = QStringLiteral("zip-entry-too-large");
            d.message = Tr::tr("entry '%1' was refused: it inflates to %2 bytes, more than the "
                               "limit of %3")
                            .arg(name)
                            .arg(e.size)
                            .arg(m_limits.maxEntrySize);
            m_problems.append(d);
            continue;
        }
        if (e.size > m_limits.ratioFloor && e.compressedSize > 0 &&
            double(e.size) / double(e.compressedSize) > m_limits.maxRatio) {
            d.code = QStringLiteral("zip-ratio");
            d.message = Tr::tr("entry '%1' was refused: it claims a compression ratio of %2:1, "
                               "more than %3:1")
                            .arg(name)
                            .arg(qint64(double(e.size) / double(e.compressedSize)))
                            .arg(m_limits.maxRatio);
            m_problems.append(d);
            continue;
        }
        if (m_byName.contains(name))
            continue; // a duplicate name: the first one wins, as unzip does
        m_byName.insert(name, m_entries.size());
        m_entries.append(e);
    }
    return true;
}

const ZipArchive::Entry* ZipArchive::entry(const QString& name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_entries.at(*it);
}

bool ZipArchive::read(const QString& name, const Sink& sink, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_zip)
        return fail(Tr::tr("the archive is not open"));
    const Entry* e = entry(name);
    if (!e)
        return fail(Tr::tr("%1 has no entry '%2'").arg(m_path, name));
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_zip.get(), e->index, 0));
    if (!file)
        return fail(Tr::tr("cannot read '%1' in %2: %3")
                        .arg(name, m_path, QString::fromUtf8(zip_strerror(m_zip.get()))));
    // The header's sizes may lie: the caps hold on the bytes actually inflated.
    const qint64 entryCap =
        std::min(m_limits.maxEntrySize, e->size >= 0 ? e->size : m_limits.maxEntrySize);
    qint64 got = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer.data(), zip_uint64_t(buffer.size()));
        if (n < 0)
            return fail(Tr::tr("'%1' in %2 is corrupt or truncated: %3")
                            .arg(name, m_path, QString::fromUtf8(zip_file_strerror(file.get()))));
        if (n == 0)
            break;
        got += n;
        m_inflated += n;
        if (got > entryCap)
            return fail(Tr::tr("'%1' in %2 inflates to more than %3 bytes")
                            .arg(name, m_path)
                            .arg(entryCap));
        if (m_inflated > m_limits.maxTotalSize)
            return fail(Tr::tr("%1 inflates to more than %2 bytes in total")
                            .arg(m_path)
                            .arg(m_limits.maxTotalSize));
        if (got > m_limits.ratioFloor && e->compressedSize > 0 &&
            double(got) / double(e->compressedSize) > m_limits.maxRatio)
            return fail(
                Tr::tr("'%1' in %2 inflates more than %3 times its size: refused as a zip bomb")
                    .arg(name, m_path)
                    .arg(m_limits.maxRatio));
        if (!sink(buffer.constData(), qsizetype(n)))
            return true;
    }
    return true;
}

QByteArray ZipArchive::readAll(const QString& name, QString* error, bool* ok)
{
    QByteArray out;
    if (const Entry* e = entry(name); e && e->size > 0)
        out.reserve(qsizetype(std::min(e->size, m_limits.maxEntrySize)));
    const bool done = read(
        name,
        [&out](const char* d, qsizetype n) {
            out.append(d, n);
            return true;
        },
        error);
    if (ok)
        *ok = done;
    if (!done)
        out.clear();
    return out;
}

} // namespace pwb
