// SPDX-License-Identifier: MIT
// The trace reader's NDJSON on arbitrary bytes: the input becomes trace.trace inside a zip
// (stored, so the bytes reach the parser as they are) and the whole reader runs on it.
#include "traces/tracereader.h"
#include "ziptestutil.h"

#include <QDir>
#include <QTemporaryDir>

using namespace pwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.zip"));
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first line may also be read as test.trace, the runner's layout.
    if (!ZipTestUtil::write(path, {{QStringLiteral("trace.trace"), bytes, true},
                                   {QStringLiteral("test.trace"), bytes, true}}))
        return 0;
    bool ok = false;
    const Trace t = TraceReader::read(path, {}, &ok);
    if (t.endTime < t.startTime)
        __builtin_trap(); // the span is worked out from what was read
    return 0;
}
