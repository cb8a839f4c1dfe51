// SPDX-License-Identifier: MIT
#include "ansitext.h"

#include <QRegularExpression>

#include <array>

namespace pwb {

namespace AnsiText {

namespace {
const QRegularExpression& escapes()
{
    // CSI sequences (colours, cursor moves) and the two-byte ones.
    static const QRegularExpression re(QStringLiteral("\x1b(\\[[0-9;?]*[ -/]*[@-~]|[@-Z\\\\-_])"));
    return re;
}

QString colour(int code, bool dark)
{
    static constexpr std::array<const char*, 8> light = {
        "#000000", "#b00020", "#1b7f2a", "#8a6d00", "#1f4fbf", "#8e24aa", "#00796b", "#606060"};
    static constexpr std::array<const char*, 8> darkc = {
        "#9e9e9e", "#ff6b6b", "#6bd96b", "#e6c94d", "#7aa7ff", "#d08aff", "#4dd0c4", "#e0e0e0"};
    // An unsigned index: GCC's UBSan build warned (falsely) on the signed modulo.
    const auto index = static_cast<unsigned>(code) % 8u;
    return QString::fromLatin1(dark ? darkc[index] : light[index]);
}
} // namespace

QString strip(const QString& text)
{
    QString out = text;
    out.remove(escapes());
    return out;
}

QList<Segment> segments(const QString& text)
{
    QList<Segment> out;
    Segment cur;
    qsizetype pos = 0;
    auto flush = [&](qsizetype upto) {
        if (upto > pos) {
            cur.text = text.mid(pos, upto - pos);
            out << cur;
        }
    };
    auto it = escapes().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        flush(m.capturedStart());
        pos = m.capturedEnd();
        const QString seq = m.captured(1);
        if (!seq.startsWith(u'[') || !seq.endsWith(u'm'))
            continue;
        const QStringList parts = seq.mid(1, seq.size() - 2).split(u';');
        for (const QString& p : parts) {
            const int code = p.toInt();
            if (code == 0) {
                cur.color = -1;
                cur.bold = false;
            } else if (code == 1) {
                cur.bold = true;
            } else if (code == 22) {
                cur.bold = false;
            } else if (code == 39) {
                cur.color = -1;
            } else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
                cur.color = code % 10;
            }
        }
    }
    flush(text.size());
    return out;
}

QString toHtml(const QString& text, bool dark)
{
    QString html;
    html.reserve(text.size() + 64);
    bool open = false;
    qsizetype pos = 0;
    auto it = escapes().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        html += text.mid(pos, m.capturedStart() - pos).toHtmlEscaped();
        pos = m.capturedEnd();
        const QString seq = m.captured(1);
        if (!seq.startsWith(u'[') || !seq.endsWith(u'm'))
            continue;
        if (open) {
            html += QStringLiteral("</span>");
            open = false;
        }
        QString style;
        const QStringList parts = seq.mid(1, seq.size() - 2).split(u';');
        for (const QString& p : parts) {
            const int code = p.toInt();
            if (code == 1)
                style += QStringLiteral("font-weight:bold;");
            else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97))
                style += QStringLiteral("color:") + colour(code % 10, dark) + u';';
        }
        if (!style.isEmpty()) {
            html += QStringLiteral("<span style=\"") + style + QStringLiteral("\">");
            open = true;
        }
    }
    html += text.mid(pos).toHtmlEscaped();
    if (open)
        html += QStringLiteral("</span>");
    return html;
}

} // namespace AnsiText

} // namespace pwb
