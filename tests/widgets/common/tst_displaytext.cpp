// SPDX-License-Identifier: MIT
#include "common/displaytext.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

using namespace pwb;

class TestDisplayText : public QObject
{
    Q_OBJECT
private slots:
    void stripsInlineMarkdown()
    {
        QCOMPARE(DisplayText::stripMarkdown(QStringLiteral("Done: marked **COMPLETED**")),
                 QStringLiteral("Done: marked COMPLETED"));
        QCOMPARE(DisplayText::stripMarkdown(
                     QStringLiteral("see [the plan](docs/plan.md) and `mix test` __now__ ~~x~~")),
                 QStringLiteral("see the plan and mix test now x"));
    }

    void everyCharacterIsDrawable()
    {
        const QFont font = QApplication::font();
        const QFontMetrics fm(font);
        const QString in = QStringLiteral("Done: marked ✅ **COMPLETED** ⚠️ 🚧 🦄 · é");
        const QString out = DisplayText::plain(in, font);
        QVERIFY(out.startsWith(QStringLiteral("Done: marked ")));
        QVERIFY(out.contains(QStringLiteral("COMPLETED")));
        QVERIFY(!out.contains(QStringLiteral("  ")));
        for (uint cp : out.toUcs4())
            QVERIFY2(cp < 0x80 || fm.inFontUcs4(cp), qPrintable(QString::number(cp, 16)));
        // Drawable text is left alone.
        QCOMPARE(DisplayText::drawable(QStringLiteral("a · b é"), font), QStringLiteral("a · b é"));
        // a drawable check mark survives when the font has one
        if (fm.inFontUcs4(0x2705))
            QVERIFY(out.contains(QStringLiteral("✅")));
        else if (fm.inFontUcs4(0x2714))
            QVERIFY(out.contains(QStringLiteral("✔")));
    }
};

QTEST_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
