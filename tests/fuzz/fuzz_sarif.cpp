// SPDX-License-Identifier: MIT
// The sarif importer on arbitrary bytes: it must report, never crash or hang.
#include "review/reportimporter.h"

#include <QByteArray>

using namespace pwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto r = ReportImporter::parseAs(ReportImporter::Format::Sarif, bytes,
                                           QStringLiteral("fuzz"), QStringLiteral("/nonexistent"));
    for (const Finding& f : r.findings) {
        if (f.path.startsWith(u'/') || f.path == u".." || f.path.startsWith(u"../"))
            __builtin_trap(); // nothing outside the project gets through
    }
    return 0;
}
