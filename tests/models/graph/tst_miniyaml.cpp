// SPDX-License-Identifier: MIT
#include "graph/miniyaml.h"

#include <QTest>

class TestMiniYaml : public QObject
{
    Q_OBJECT
private slots:
    void mappingsSequencesAndScalars()
    {
        const QString text = QStringLiteral("name: backend-developer\n"
                                            "color: \"#FF5722\"   # quoted, not a comment\n"
                                            "tools: Read, Write\n"
                                            "list:\n"
                                            "  - one\n"
                                            "  - 'two'\n"
                                            "flow: [a, \"b c\", d]\n"
                                            "nested:\n"
                                            "  inner: value\n"
                                            "  items:\n"
                                            "  - agent: x\n"
                                            "    when: \"later\"\n"
                                            "  - y\n");
        Diagnostics d;
        const YamlNode root = MiniYaml::parse(text, QStringLiteral("f.yaml"), 10, &d);
        QVERIFY2(d.isEmpty(), qPrintable(d.value(0).toString()));
        QVERIFY(root.isMap());
        QCOMPARE(root.text(QStringLiteral("name")), QStringLiteral("backend-developer"));
        QCOMPARE(root.text(QStringLiteral("color")), QStringLiteral("#FF5722"));
        QCOMPARE(root.list(QStringLiteral("tools")),
                 (QStringList{QStringLiteral("Read"), QStringLiteral("Write")}));
        QCOMPARE(root.list(QStringLiteral("list")),
                 (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(root.list(QStringLiteral("flow")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")}));
        const YamlNode* nested = root.value(QStringLiteral("nested"));
        QVERIFY(nested && nested->isMap());
        QCOMPARE(nested->line, 18);
        QCOMPARE(nested->text(QStringLiteral("inner")), QStringLiteral("value"));
        const YamlNode* items = nested->value(QStringLiteral("items"));
        QVERIFY(items && items->isSeq());
        QCOMPARE(items->seq.size(), size_t(2));
        QCOMPARE(items->seq[0].text(QStringLiteral("agent")), QStringLiteral("x"));
        QCOMPARE(items->seq[0].text(QStringLiteral("when")), QStringLiteral("later"));
        QCOMPARE(items->seq[0].line, 20);
        QCOMPARE(items->seq[1].text(), QStringLiteral("y"));
    }

    void blockScalars()
    {
        const QString text =
            QStringLiteral("a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n"
                           "c: plain that\n  continues here\n");
        const YamlNode root = MiniYaml::parse(text, QStringLiteral("f"), 1, nullptr);
        QCOMPARE(root.text(QStringLiteral("a")), QStringLiteral("line one\nline two\n"));
        QCOMPARE(root.text(QStringLiteral("b")), QStringLiteral("folded text"));
        QCOMPARE(root.text(QStringLiteral("c")), QStringLiteral("plain that continues here"));
    }

    void brokenInputIsLocated()
    {
        const QString text = QStringLiteral("name: x\n\tdescription: tab\ncolor: \"#123\n"
                                            "no colon here\n  over: indented\n");
        Diagnostics d;
        const YamlNode root = MiniYaml::parse(text, QStringLiteral("bad.yaml"), 5, &d);
        QCOMPARE(root.text(QStringLiteral("name")), QStringLiteral("x"));
        QStringList codes;
        for (const Diagnostic& diag : d) {
            codes.append(diag.code);
            QCOMPARE(diag.path, QStringLiteral("bad.yaml"));
            QVERIFY(diag.line >= 5);
        }
        QVERIFY2(codes.contains(QStringLiteral("yaml-tab")), qPrintable(codes.join(u',')));
        QVERIFY(codes.contains(QStringLiteral("yaml-quote")));
        QVERIFY(codes.contains(QStringLiteral("yaml-key")));
        for (const Diagnostic& diag : d) {
            if (diag.code == u"yaml-tab")
                QCOMPARE(diag.line, 6);
            if (diag.code == u"yaml-key")
                QCOMPARE(diag.line, 8);
        }
    }

    void garbageNeverCrashes()
    {
        const QStringList inputs{QString(),
                                 QStringLiteral(":"),
                                 QStringLiteral("- - -"),
                                 QStringLiteral("a: [b, c"),
                                 QStringLiteral("'unclosed"),
                                 QStringLiteral("a:\n  - b\n c: d\n    e"),
                                 QStringLiteral("|\n|\n>")};
        for (const QString& in : inputs) {
            Diagnostics d;
            MiniYaml::parse(in, QStringLiteral("g"), 1, &d);
        }
    }
};

QTEST_GUILESS_MAIN(TestMiniYaml)
#include "tst_miniyaml.moc"
