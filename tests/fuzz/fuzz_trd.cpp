// SPDX-License-Identifier: MIT
// The TRD parser and lint on arbitrary bytes: located diagnostics, never a crash or a hang;
// every task's span (when it has one) stays inside the input.
#include "tasks/trdlint.h"
#include "tasks/trdparser.h"

#include <QByteArray>

using namespace pwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const TrdDocument doc =
        TrdParser::parse(bytes, QStringLiteral("docs/TRD/fuzz.md"), TrdParser::Threads::Single);
    for (const TrdTask& t : doc.tasks) {
        // Table rows carry no span; a span that is set lies inside the input.
        if ((t.span.isValid() && t.span.end > bytes.size()) || t.line < 1)
            __builtin_trap();
    }
    (void)TrdLint::all(doc);
    return 0;
}
