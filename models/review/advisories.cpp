// SPDX-License-Identifier: MIT
#include "advisories.h"

#include <QStringList>

namespace pwb {

const QList<Advisory>& Advisories::table()
{
    // From the Erlang Ecosystem Foundation CNA's published advisories, as reported by
    // `mix hex.audit` up to kDate. Only entries whose fixed version was published are here.
    static const QList<Advisory> t = {
        {"phoenix", "0", "1.7.24", "EEF-CVE-2026-32689", "high",
         "Phoenix before 1.7.24 (advisory fixed in the 1.7 line)"},
        {"phoenix", "1.8.0", "1.8.9", "EEF-CVE-2026-56811", "high",
         "channel joins are not limited per connection (process exhaustion)"},
        {"plug", "0", "1.18.5", "EEF-CVE-2026-54892", "high", "Plug before 1.18.5"},
        {"plug", "1.19.0", "1.20.3", "EEF-CVE-2026-56814", "medium",
         "multipart :length limit does not count part headers (unbounded temp files)"},
        {"plug_cowboy", "0", "2.8.1", "EEF-CVE-2026-32688", "high", "plug_cowboy before 2.8.1"},
        {"cowboy", "0", "2.15.0", "EEF-CVE-2026-8466", "high",
         "unbounded buffering while parsing multipart headers (DoS)"},
        {"mint", "0", "1.9.3", "EEF-CVE-2026-49754", "high", "Mint before 1.9.3 (several)"},
        {"hpax", "0", "1.0.4", "EEF-CVE-2026-58226", "high", "HPAX before 1.0.4"},
        {"req", "0", "0.6.3", "EEF-CVE-2026-49755", "high", "Req before 0.6.3"},
        {"phoenix_live_view", "1.0.0", "1.0.19", "EEF-CVE-2026-64941", "medium",
         "Phoenix LiveView 1.0 before 1.0.19"},
        {"postgrex", "0", "0.22.3", "EEF-CVE-2026-58225", "low", "Postgrex before 0.22.3"},
        {"swoosh", "0", "1.26.3", "EEF-CVE-2026-54893", "low", "Swoosh before 1.26.3"},
    };
    return t;
}

int Advisories::compareVersions(const QString& a, const QString& b)
{
    auto split = [](const QString& v, QString* pre) {
        const qsizetype dash = v.indexOf(u'-');
        *pre = dash >= 0 ? v.mid(dash + 1) : QString();
        QList<int> parts;
        for (const QString& p : v.left(dash >= 0 ? dash : v.size()).split(u'.'))
            parts.append(p.toInt());
        while (parts.size() < 3)
            parts.append(0);
        return parts;
    };
    QString preA, preB;
    const QList<int> x = split(a, &preA);
    const QList<int> y = split(b, &preB);
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const int p = i < x.size() ? x[i] : 0;
        const int q = i < y.size() ? y[i] : 0;
        if (p != q)
            return p < q ? -1 : 1;
    }
    if (preA.isEmpty() != preB.isEmpty())
        return preA.isEmpty() ? 1 : -1;
    return preA.compare(preB) < 0 ? -1 : (preA == preB ? 0 : 1);
}

QList<const Advisory*> Advisories::affecting(const QString& package, const QString& version)
{
    QList<const Advisory*> out;
    for (const Advisory& a : table()) {
        if (package != QLatin1StringView(a.package))
            continue;
        if (compareVersions(version, QLatin1StringView(a.introduced)) >= 0 &&
            compareVersions(version, QLatin1StringView(a.fixed)) < 0)
            out.append(&a);
    }
    return out;
}

QList<LockedPackage> Advisories::readLock(QByteArrayView text)
{
    QList<LockedPackage> out;
    static constexpr QByteArrayView marker = "{:hex, :";
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype scanned = 0;
    for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
        for (; scanned < at; ++scanned) {
            if (text[scanned] == '\n') {
                ++line;
                lineStart = scanned + 1;
            }
        }
        qsizetype p = at + marker.size();
        const qsizetype nameBegin = p;
        while (p < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[p])) || text[p] == '_'))
            ++p;
        const QByteArrayView name = text.sliced(nameBegin, p - nameBegin);
        if (name.isEmpty() || p + 3 >= text.size() || text[p] != ',' || text[p + 1] != ' ' ||
            text[p + 2] != '"')
            continue;
        const qsizetype vBegin = p + 3;
        qsizetype q = vBegin;
        while (q < text.size() && q - vBegin < 64 && text[q] != '"' && text[q] != '\n')
            ++q;
        if (q >= text.size() || text[q] != '"')
            continue;
        LockedPackage pkg;
        pkg.name = QString::fromUtf8(name);
        pkg.version = QString::fromUtf8(text.sliced(vBegin, q - vBegin));
        pkg.line = line;
        pkg.column = int(at - lineStart) + 1;
        out.append(pkg);
    }
    return out;
}

} // namespace pwb
