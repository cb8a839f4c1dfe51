// SPDX-License-Identifier: MIT
// The lexer and every rule on arbitrary bytes, as Elixir and as both template flavours.
#include "review/elixirlexer.h"
#include "review/ruleengine.h"

#include <QByteArray>

using namespace pwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (auto mode : {ElixirLexer::Mode::Elixir, ElixirLexer::Mode::HEEx, ElixirLexer::Mode::EEx}) {
        const auto r = ElixirLexer::tokenize(bytes, mode);
        qsizetype last = 0;
        for (const Token& t : r.tokens) {
            // Tokens are in order, inside the input, on one line each.
            if (t.begin < last || t.end < t.begin || t.end > bytes.size() || t.line < 1 ||
                t.column < 1)
                __builtin_trap();
            last = t.begin;
        }
    }
    RuleEngine::analyze(QStringLiteral("lib/app_web/live/fuzz_live.ex"), bytes);
    RuleEngine::analyze(QStringLiteral("lib/app_web/fuzz.html.heex"), bytes);
    RuleEngine::analyze(QStringLiteral("priv/repo/migrations/1_fuzz.exs"), bytes);
    return 0;
}
