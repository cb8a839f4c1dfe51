// SPDX-License-Identifier: MIT
// The coverage readers (lcov, ExCoveralls JSON, the mix test --cover table) on arbitrary bytes.
#include "testing/coveragedata.h"

#include <QByteArray>

using namespace pwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    for (const CoverageData& c :
         {CoverageParsers::parseLcov(text, QStringLiteral("lcov.info"), QStringLiteral("/p")),
          CoverageParsers::parseExCoveralls(bytes, QStringLiteral("cover/excoveralls.json")),
          CoverageParsers::parseCoverTable(text, QStringLiteral("mix test --cover"))}) {
        for (const ModuleCoverage& m : c.modules) {
            if (m.covered < 0 || m.relevant < 0)
                __builtin_trap();
        }
    }
    return 0;
}
