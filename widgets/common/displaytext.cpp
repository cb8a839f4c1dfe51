// SPDX-License-Identifier: MIT
#include "displaytext.h"

#include <QFont>
#include <QFontMetrics>
#include <QRegularExpression>

namespace pwb::DisplayText {

QString stripMarkdown(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]\n]*)\]\([^)\n]*\))"));
    QString s = text;
    s.replace(link, QStringLiteral("\\1"));
    s.remove(QStringLiteral("**"));
    s.remove(QStringLiteral("__"));
    s.remove(QStringLiteral("~~"));
    s.remove(u'`');
    return s;
}

QString drawable(const QString& text, const QFont& font)
{
    const QFontMetrics fm(font);
    // Simpler signs from the Dingbats and Miscellaneous Symbols blocks, which common text
    // fonts (DejaVu, Noto Sans Symbols) carry, for the emoji TRDs use as status markers.
    static const QHash<char32_t, char32_t> kInstead{
        {0x2705, 0x2714},  // ✅ -> ✔
        {0x2714, 0x2713},  // ✔ -> ✓
        {0x274C, 0x2718},  // ❌ -> ✘
        {0x2718, 0x00D7},  // ✘ -> ×
        {0x26A0, 0x0021},  // ⚠ -> !
        {0x1F6A7, 0x26A0}, // 🚧 -> ⚠
        {0x23F3, 0x231B},  // ⏳ -> ⌛
        {0x1F504, 0x21BB}, // 🔄 -> ↻
        {0x1F534, 0x25CF}, // 🔴 -> ●
        {0x1F7E1, 0x25CF}, // 🟡 -> ●
        {0x1F7E2, 0x25CF}, // 🟢 -> ●
        {0x2B50, 0x2605},  // ⭐ -> ★
    };
    QString out;
    out.reserve(text.size());
    const QList<uint> points = text.toUcs4();
    for (uint cp : points) {
        // Variation selectors and joiners draw nothing by themselves.
        if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D)
            continue;
        char32_t c = cp;
        // Follow the chain of simpler signs until one is drawable (bounded: no cycles above).
        for (int step = 0; step < 4 && c >= 0x80 && !fm.inFontUcs4(c); ++step)
            c = kInstead.value(c, 0);
        if (c == 0 || (c >= 0x80 && !fm.inFontUcs4(c)))
            continue;
        out += QString::fromUcs4(&c, 1);
    }
    // A dropped sign leaves its spaces behind.
    static const QRegularExpression spaces(QStringLiteral("  +"));
    return out.replace(spaces, QStringLiteral(" ")).trimmed();
}

QString plain(const QString& text, const QFont& font)
{
    return drawable(stripMarkdown(text), font);
}

} // namespace pwb::DisplayText
