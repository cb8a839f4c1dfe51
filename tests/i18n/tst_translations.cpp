// SPDX-License-Identifier: MIT
// Every translatable string of the sources must reach the user translated. lupdate reads
// the current sources into a temporary .ts (the tree is never written), and each committed
// i18n/*.ts must list exactly those strings, each with a finished, non-empty translation
// and every plural form of its language; lrelease then compiles the committed file and
// QTranslator must answer every string in the context the code asks with.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation: part of the key, like context and source
    bool numerus = false;
    QString type;          // translation type: empty when finished
    QStringList forms;     // the translation, or one entry per plural form
    QStringList locations; // "file:line", relative to the source tree (fresh runs only)

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path, const QString& locationBase = {})
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"location") {
            const auto a = xml.attributes();
            const QString file = QDir::cleanPath(
                QDir(locationBase).absoluteFilePath(a.value(QLatin1String("filename")).toString()));
            m.locations << QDir(QStringLiteral(PWB_SOURCE_DIR)).relativeFilePath(file) + u':' +
                               a.value(QLatin1String("line"));
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.forms << xml.readElementText();
                ts.messages << m;
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    m.forms << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString describe(const Message& m)
{
    QString s = m.context + QStringLiteral(" \"") + m.source + u'"';
    if (!m.comment.isEmpty())
        s += QStringLiteral(" (") + m.comment + u')';
    if (!m.locations.isEmpty())
        s += QStringLiteral("  at ") + m.locations.join(QStringLiteral(", "));
    return s.replace(u'\n', QStringLiteral("\\n"));
}

QString run(const QString& program, const QStringList& args, bool* ok)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromLocal8Bit(p.readAll());
}

const QString kHowTo = QStringLiteral(
    "run `cmake --build build/dev --target pwb_lupdate`, translate the new strings in "
    "i18n/*.ts (linguist, or by hand: remove type=\"unfinished\"), commit (HACKING.md)");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QDir i18n(QStringLiteral(PWB_SOURCE_DIR "/i18n"));
        for (const QString& name : i18n.entryList({QStringLiteral("*.ts")}, QDir::Files))
            m_tsFiles << i18n.absoluteFilePath(name);
        QVERIFY2(!m_tsFiles.isEmpty(), "no i18n/*.ts in the source tree");
        QVERIFY2(QFileInfo::exists(QStringLiteral(PWB_LUPDATE_INPUTS)),
                 "the lupdate input list is missing: configure the build first");
        QVERIFY(m_tmp.isValid());
    }

    void lupdateFindsTheSourceStrings_data() { tsData(); }
    // The committed file lists exactly the strings of the current sources.
    void lupdateFindsTheSourceStrings()
    {
        QFETCH(QString, tsPath);
        const TsFile committed = readTs(tsPath);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        const TsFile fresh = freshFor(tsPath, committed.language);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        // A source-tree test cannot pass on a lupdate that read nothing.
        QVERIFY2(
            fresh.messages.size() > 100,
            qPrintable(QStringLiteral("lupdate found only %1 strings").arg(fresh.messages.size())));

        QSet<QString> inCommitted;
        for (const Message& m : committed.messages)
            inCommitted.insert(m.key());
        QSet<QString> inSources;
        QStringList problems;
        for (const Message& m : fresh.messages) {
            inSources.insert(m.key());
            if (!inCommitted.contains(m.key()))
                problems << QStringLiteral("not in the .ts: ") + describe(m);
        }
        for (const Message& m : committed.messages) {
            if (!inSources.contains(m.key()))
                problems << QStringLiteral("no longer in the sources: ") + describe(m);
        }
        report(tsPath, problems);
    }

    void everyStringIsTranslated_data() { tsData(); }
    // Finished, non-empty, every plural form of the language, the same %1..%99 as the source.
    void everyStringIsTranslated()
    {
        QFETCH(QString, tsPath);
        const TsFile committed = readTs(tsPath);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        const TsFile fresh = freshFor(tsPath, committed.language);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QHash<QString, Message> byKey;
        for (const Message& m : committed.messages)
            byKey.insert(m.key(), m);

        static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2})"));
        QStringList problems;
        int plurals = 0;
        for (const Message& source : fresh.messages) {
            const auto it = byKey.constFind(source.key());
            if (it == byKey.constEnd())
                continue; // lupdateFindsTheSourceStrings names it
            const Message& t = *it;
            const QString where = describe(source);
            if (!t.type.isEmpty()) {
                problems << QStringLiteral("%1: ").arg(t.type) + where;
                continue;
            }
            if (source.numerus) {
                ++plurals;
                // lupdate writes as many empty forms as the language has plural forms.
                if (t.forms.size() != source.forms.size())
                    problems << QStringLiteral("%1 of %2 plural forms: ")
                                        .arg(t.forms.size())
                                        .arg(source.forms.size()) +
                                    where;
            }
            QSet<QString> wanted;
            for (const auto& m : placeholder.globalMatch(source.source))
                wanted.insert(m.captured(0));
            for (const QString& form : t.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation: ") + where;
                    break;
                }
                QSet<QString> got;
                for (const auto& m : placeholder.globalMatch(form))
                    got.insert(m.captured(0));
                if (got != wanted) {
                    problems << QStringLiteral("placeholders differ in \"%1\": ").arg(form) + where;
                    break;
                }
            }
        }
        qInfo("%s: %lld strings, %d with plural forms", qPrintable(QFileInfo(tsPath).fileName()),
              qlonglong(fresh.messages.size()), plurals);
        report(tsPath, problems);
    }

    void releasedCatalogueAnswersEveryString_data() { tsData(); }
    // What the app loads: lrelease's .qm must answer each string in the context the code
    // uses, so a translation filed under a context the code never asks for fails here.
    void releasedCatalogueAnswersEveryString()
    {
        QFETCH(QString, tsPath);
        const TsFile committed = readTs(tsPath);
        const TsFile fresh = freshFor(tsPath, committed.language);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        const QString qm = m_tmp.filePath(QFileInfo(tsPath).completeBaseName() + u".qm");
        bool ok = false;
        const QString out =
            run(QStringLiteral(PWB_LRELEASE), {tsPath, QStringLiteral("-qm"), qm}, &ok);
        QVERIFY2(ok, qPrintable(out));
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QStringList problems;
        for (const Message& m : fresh.messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            for (const int n : m.numerus ? QList<int>{1, 2} : QList<int>{-1}) {
                if (translator
                        .translate(context.constData(), source.constData(),
                                   m.comment.isEmpty() ? nullptr : comment.constData(), n)
                        .isEmpty()) {
                    problems << QStringLiteral("no answer from the .qm: ") + describe(m);
                    break;
                }
            }
        }
        report(tsPath, problems);
    }

private:
    void tsData()
    {
        QTest::addColumn<QString>("tsPath");
        for (const QString& ts : std::as_const(m_tsFiles))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    // lupdate on the current sources into a new temporary .ts of the committed language.
    TsFile freshFor(const QString& tsPath, const QString& language)
    {
        if (m_fresh.contains(tsPath))
            return m_fresh.value(tsPath);
        const QString out = m_tmp.filePath(u"fresh_" + QFileInfo(tsPath).fileName());
        bool ok = false;
        QStringList args{u'@' + QStringLiteral(PWB_LUPDATE_INPUTS), QStringLiteral("-ts"), out,
                         QStringLiteral("-locations"), QStringLiteral("absolute")};
        if (!language.isEmpty())
            args << QStringLiteral("-target-language") << language;
        const QString log = run(QStringLiteral(PWB_LUPDATE), args, &ok);
        TsFile fresh;
        if (!ok)
            fresh.error = QStringLiteral("lupdate failed:\n") + log;
        else
            fresh = readTs(out, m_tmp.path());
        // lupdate warns when it cannot tell a string's context (a tr() outside a QObject):
        // such a string would be filed under a context the code never asks for.
        for (const QString& line : log.split(u'\n')) {
            if (line.contains(QStringLiteral("lacks Q_OBJECT")) ||
                line.contains(QStringLiteral("Qualifying with unknown")) ||
                line.contains(QStringLiteral("Cannot invoke tr()")))
                fresh.error += QStringLiteral("lupdate: ") + line + u'\n';
        }
        if (!fresh.error.isEmpty())
            fresh.error += QStringLiteral("(outside a QObject, use a struct with "
                                          "Q_DECLARE_TR_FUNCTIONS and call Tr::tr())");
        m_fresh.insert(tsPath, fresh);
        return fresh;
    }

    static void report(const QString& tsPath, const QStringList& problems)
    {
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 string(s) listed above; %3")
                                                    .arg(QFileInfo(tsPath).fileName())
                                                    .arg(problems.size())
                                                    .arg(kHowTo)));
    }

    QStringList m_tsFiles;
    QTemporaryDir m_tmp;
    QHash<QString, TsFile> m_fresh;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
