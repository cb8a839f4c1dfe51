// SPDX-License-Identifier: MIT
#include "core/yaml.h"

#include <QTest>

using namespace pwb;

class TestYaml : public QObject
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
                                            "  - y\n"
                                            "empty:\n");
        Diagnostics d;
        const yaml::Node root = yaml::parse(text, QStringLiteral("f.yaml"), &d, {.firstLine = 10});
        QVERIFY2(d.isEmpty(), qPrintable(d.value(0).toString()));
        QVERIFY(root.isMap());
        QCOMPARE(root.text(u"name"), QStringLiteral("backend-developer"));
        QCOMPARE(root.text(u"color"), QStringLiteral("#FF5722"));
        QCOMPARE(root.list(u"tools"),
                 (QStringList{QStringLiteral("Read"), QStringLiteral("Write")}));
        QCOMPARE(root.list(u"list"), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(root.list(u"flow"),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")}));
        const yaml::Node* nested = root.value(u"nested");
        QVERIFY(nested && nested->isMap());
        QCOMPARE(nested->line, 18);
        QCOMPARE(nested->text(u"inner"), QStringLiteral("value"));
        const yaml::Node* items = nested->value(u"items");
        QVERIFY(items && items->isSeq());
        QCOMPARE(items->seq.size(), size_t(2));
        QCOMPARE(items->seq[0].text(u"agent"), QStringLiteral("x"));
        QCOMPARE(items->seq[0].text(u"when"), QStringLiteral("later"));
        QCOMPARE(items->seq[0].line, 20);
        QCOMPARE(items->seq[1].text(), QStringLiteral("y"));
        QVERIFY(root.value(u"empty") && root.value(u"empty")->isNull());
        QVERIFY(root[u"missing"].isNull());
        QCOMPARE(root.map.front().line, 10);
    }

    // The forms the code-reviewer response uses: doubled quotes, flow lists, folded text, ~.
    void reviewerForms()
    {
        Diagnostics d;
        const yaml::Node n =
            yaml::parse(QByteArrayView("a: 1\nb:\n  - x\n  - 'y''s'\nc: [p, \"q\"]\n"
                                       "d: >\n  folded\n  text\ne: ~\n"),
                        QStringLiteral("t.yaml"), &d);
        QVERIFY(d.isEmpty());
        QCOMPARE(n[u"a"].toString(), QStringLiteral("1"));
        QCOMPARE(n[u"b"].seq.size(), size_t(2));
        QCOMPARE(n[u"b"].seq.at(1).toString(), QStringLiteral("y's"));
        QCOMPARE(n[u"c"].seq.at(1).toString(), QStringLiteral("q"));
        QCOMPARE(n[u"d"].toString(), QStringLiteral("folded text\n"));
        QVERIFY(n[u"e"].isNull());
    }

    void blockScalars()
    {
        const QString text =
            QStringLiteral("a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n"
                           "c: plain that\n  continues here\n");
        const yaml::Node root = yaml::parse(text, QStringLiteral("f"));
        QCOMPARE(root.text(u"a"), QStringLiteral("line one\nline two\n"));
        QCOMPARE(root.text(u"b"), QStringLiteral("folded text"));
        QCOMPARE(root.text(u"c"), QStringLiteral("plain that continues here"));
    }

    // libyaml stops at the first error: what came before it is still read, and the error
    // names the file, line and column, with a code saying what kind of mistake it is.
    void brokenInputIsLocated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("tab") << QStringLiteral("name: x\n\tdescription: tab\n")
                             << QStringLiteral("yaml-tab") << 6;
        QTest::newRow("quote") << QStringLiteral("name: x\ncolor: \"#123\n")
                               << QStringLiteral("yaml-quote") << 6;
        QTest::newRow("key") << QStringLiteral("name: x\nno colon here\n  over: indented\n")
                             << QStringLiteral("yaml-key") << 7;
    }
    void brokenInputIsLocated()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(int, line);
        Diagnostics d;
        const yaml::Node root = yaml::parse(text, QStringLiteral("bad.yaml"), &d, {.firstLine = 5});
        QCOMPARE(root.text(u"name"), QStringLiteral("x"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].path, QStringLiteral("bad.yaml"));
        QCOMPARE(d[0].code, code);
        QVERIFY2(d[0].line >= 5 && d[0].line <= line, qPrintable(d[0].toString()));
        QVERIFY(d[0].column > 0);
    }

    // Agent front matter writes descriptions with ": " in a plain value; the lenient mode
    // reads the line as text and says so, the strict mode reports it.
    void plainColonValues()
    {
        const QString text = QStringLiteral("name: reviewer\n"
                                            "description: Use this agent when: code changed. "
                                            "Example: a PR\n"
                                            "tools: Read\n");
        Diagnostics strict;
        yaml::parse(text, QStringLiteral("a.md"), &strict, {.firstLine = 2});
        QCOMPARE(strict.size(), 1);
        QCOMPARE(strict[0].code, QStringLiteral("yaml-key"));

        Diagnostics lenient;
        const yaml::Node root = yaml::parse(text, QStringLiteral("a.md"), &lenient,
                                            {.firstLine = 2, .plainColonValues = true});
        QCOMPARE(root.text(u"description"),
                 QStringLiteral("Use this agent when: code changed. Example: a PR"));
        QCOMPARE(root.text(u"tools"), QStringLiteral("Read"));
        QCOMPARE(lenient.size(), 1);
        QCOMPARE(lenient[0].code, QStringLiteral("yaml-plain-colon"));
        QCOMPARE(lenient[0].line, 3);
        QCOMPARE(lenient[0].severity, Diagnostic::Severity::Info);
    }

    // The limits hold without expanding anything: an alias bomb reads as empty values,
    // deep nesting and huge lists stop with a diagnostic.
    void limits()
    {
        QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'k'; ++c)
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + "]\n";
        Diagnostics d;
        const yaml::Node root = yaml::parse(QByteArrayView(bomb), QStringLiteral("bomb.yaml"), &d);
        QVERIFY(root.isMap());
        QCOMPARE(root.value(u"k")->seq.size(), size_t(3));
        QVERIFY(root.value(u"k")->seq[0].isNull());
        QVERIFY(!d.isEmpty());
        QCOMPARE(d[0].code, QStringLiteral("yaml-alias"));

        Diagnostics deep;
        const QByteArray nested = QByteArray(100'000, '[') + QByteArray(100'000, ']');
        yaml::parse(QByteArrayView(nested), QStringLiteral("deep.yaml"), &deep);
        QCOMPARE(deep.size(), 1);
        QCOMPARE(deep[0].code, QStringLiteral("yaml-depth"));

        Diagnostics many;
        QByteArray list = "[";
        for (int i = 0; i < 1000; ++i)
            list += "1,";
        list += "1]";
        yaml::parse(QByteArrayView(list), QStringLiteral("many.yaml"), &many, {.maxNodes = 100});
        QCOMPARE(many.size(), 1);
        QCOMPARE(many[0].code, QStringLiteral("yaml-size"));
    }

    void garbageNeverCrashes()
    {
        const QStringList inputs{QString(),
                                 QStringLiteral(":"),
                                 QStringLiteral("- - -"),
                                 QStringLiteral("a: [b, c"),
                                 QStringLiteral("'unclosed"),
                                 QStringLiteral("a:\n  - b\n c: d\n    e"),
                                 QStringLiteral("|\n|\n>"),
                                 QStringLiteral("? [a]\n: b\n"),
                                 QStringLiteral("--- a\n--- b\n"),
                                 QStringLiteral("\xff\xfe")};
        for (const QString& in : inputs) {
            Diagnostics d;
            yaml::parse(in, QStringLiteral("g"), &d, {.plainColonValues = true});
        }
        const QByteArray invalidUtf8("a: \xc3\x28\n");
        Diagnostics d;
        yaml::parse(QByteArrayView(invalidUtf8), QStringLiteral("bytes.yaml"), &d);
        QCOMPARE(d.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestYaml)
#include "tst_yaml.moc"
