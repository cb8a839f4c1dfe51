// SPDX-License-Identifier: MIT
// The agent reader (markdown front matter, fenced YAML, agent .yaml files) on arbitrary text.
#include "graph/agentparser.h"

#include <QByteArray>

using namespace pwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    (void)AgentParser::parse(text, QStringLiteral("agents/fuzz.md"), true);
    (void)AgentParser::parse(text, QStringLiteral("docs/fuzz.md"), false);
    (void)AgentParser::parse(text, QStringLiteral("agents/fuzz.yaml"), true);
    return 0;
}
