// SPDX-License-Identifier: MIT
// Reads the delegation a YAML tree states (a whole agent .yaml, its front matter, or a yaml
// block in a markdown agent): role keys (handoffTo / handoffFrom / whenToDelegate /
// delegates_to / receives_from / collaboratesWith) with `agent:` items, from:/to: blocks,
// `to_x:` keys, workflow steps naming agents, and the prose of every string.
#pragma once

#include "agentparser.h"
#include "core/yaml.h"

namespace pwb::AgentYaml {

struct Source
{
    QStringList lines; // the text the tree was read from, split at '\n'
    int firstLine = 1; // file line of lines[0]
};

// `selfAllowed`: the file defines an agent, so subject-less phrases and to_x: keys refer
// to it.
void read(const yaml::Node& root, const Source& source, bool selfAllowed, AgentFile& file);

} // namespace pwb::AgentYaml
