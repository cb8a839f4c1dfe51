// SPDX-License-Identifier: MIT
// Help > Keyboard Shortcuts lists what the window's keys really do: known ones are there,
// and every action, QShortcut and button with a shortcut has a row.
#include "common/shortcutsdialog.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pwb;

namespace {
bool listed(const QList<ShortcutEntry>& entries, const QKeySequence& keys, const QString& text,
            const QString& where = {})
{
    return std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutEntry& e) {
        return e.keys == keys && e.text == text && (where.isEmpty() || e.where == where);
    });
}
} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void everyShortcutOfTheWindowIsListed()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));

        const QList<ShortcutEntry> entries = ShortcutsDialog::collect(&w, w.views());
        QVERIFY(listed(entries, QKeySequence::Open, QStringLiteral("Open Project"),
                       QStringLiteral("File")));
        QVERIFY(listed(entries, QKeySequence(Qt::Key_F11), QStringLiteral("Presentation Mode"),
                       QStringLiteral("View")));
        QVERIFY(listed(entries, QKeySequence(Qt::CTRL | Qt::Key_F1),
                       QStringLiteral("Keyboard Shortcuts"), QStringLiteral("Help")));
        QVERIFY(listed(entries, QKeySequence(Qt::Key_F8), QStringLiteral("Next Finding"),
                       QStringLiteral("Review")));
        QVERIFY(listed(entries, QKeySequence(Qt::Key_F5), QStringLiteral("Run all"),
                       QStringLiteral("Tests")));
        QVERIFY(listed(entries, QKeySequence(Qt::Key_F5), QStringLiteral("Look for new traces"),
                       QStringLiteral("Traces")));
        QVERIFY(listed(entries, QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("Graph")));

        // Every source of a shortcut under the window has its rows, none without a text.
        int sources = 0;
        const auto covered = [&](QObject* source, const QList<QKeySequence>& keys) {
            for (const QKeySequence& k : keys) {
                if (k.isEmpty())
                    continue;
                ++sources;
                const bool found =
                    std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutEntry& e) {
                        return e.source == source && e.keys == k && !e.text.isEmpty();
                    });
                QVERIFY2(found, qPrintable(source->objectName() + u' ' + k.toString()));
            }
        };
        for (QAction* a : w.findChildren<QAction*>())
            covered(a, a->shortcuts());
        for (QShortcut* s : w.findChildren<QShortcut*>())
            covered(s, s->keys());
        for (QAbstractButton* b : w.findChildren<QAbstractButton*>())
            covered(b, {b->shortcut()});
        QCOMPARE(entries.size(), sources);
        QVERIFY(sources > 20);

        // The dialog, from the Help menu, shows them all and filters.
        QAction* open = w.findChild<QAction*>(QStringLiteral("keyboardShortcuts"));
        QVERIFY(open);
        open->trigger();
        auto* dialog = w.findChild<ShortcutsDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->list()->topLevelItemCount(), int(entries.size()));
        dialog->filter()->setText(QStringLiteral("presentation"));
        int shown = 0;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            shown += dialog->list()->topLevelItem(i)->isHidden() ? 0 : 1;
        QVERIFY(shown >= 1 && shown < entries.size());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
