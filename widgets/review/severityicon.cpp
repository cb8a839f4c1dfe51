// SPDX-License-Identifier: MIT
#include "severityicon.h"

#include "editor/editorcolors.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace pwb {

namespace SeverityIcon {

QIcon icon(Finding::Severity severity)
{
    const EditorColors colors = EditorColors::fromPalette(QGuiApplication::palette());
    const auto s = EditorAnnotation::Severity(int(severity));
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colors.severity(s));
    const QRect r(5, 5, 22, 22);
    switch (severity) {
    case Finding::Severity::High:
        p.drawEllipse(r);
        break;
    case Finding::Severity::Medium:
        p.drawPolygon(QPolygon({QPoint(16, 4), QPoint(28, 27), QPoint(4, 27)}));
        break;
    case Finding::Severity::Low:
        p.drawRect(r.adjusted(2, 2, -2, -2));
        break;
    }
    return QIcon(pm);
}

QString glyph(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::High:
        return QStringLiteral("●");
    case Finding::Severity::Medium:
        return QStringLiteral("▲");
    case Finding::Severity::Low:
        return QStringLiteral("■");
    }
    return {};
}

} // namespace SeverityIcon

} // namespace pwb
