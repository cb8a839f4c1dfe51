// SPDX-License-Identifier: MIT
// pwb::yaml::parse on arbitrary bytes: aliases refused, depth and node count capped, broken
// YAML a located diagnostic.
#include "core/yaml.h"

#include <QByteArray>

using namespace pwb;

namespace {

int depth(const yaml::Node& n)
{
    int d = 0;
    for (const yaml::Node& c : n.seq)
        d = std::max(d, depth(c));
    for (const yaml::Entry& e : n.map)
        d = std::max(d, depth(e.value));
    return d + 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    Diagnostics diags;
    yaml::Options o;
    const yaml::Node root = yaml::parse(bytes, QStringLiteral("fuzz.yaml"), &diags, o);
    if (depth(root) > o.maxDepth + 2)
        __builtin_trap(); // the depth cap did not hold
    o.plainColonValues = true;
    (void)yaml::parse(bytes, QStringLiteral("fuzz.yaml"), &diags, o);
    return 0;
}
