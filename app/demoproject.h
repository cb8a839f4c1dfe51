// SPDX-License-Identifier: MIT
// Where the bundled demo project is: installed beside the binary, or in the source tree.
#pragma once

#include <QString>

namespace pwb {

namespace DemoProject {
// Empty when no copy can be found.
QString path();
} // namespace DemoProject

} // namespace pwb
