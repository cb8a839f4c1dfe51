// SPDX-License-Identifier: MIT
#include "common/navigator.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace pwb;

// Five stand-in pages: each "shows" a target by remembering it, as a view selects it.
class TestNavigator : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        QTabWidget tabs;
        QHash<QString, QLabel*> pages;
        QHash<QString, LinkTarget> shown;
        QStringList refuse; // ids a view cannot show
        Navigator* nav = nullptr;

        Fixture()
        {
            nav = new Navigator(&tabs, &tabs);
            for (const char* name : {"board", "graph", "review", "tests", "traces"}) {
                const QString v = QString::fromLatin1(name);
                auto* page = new QLabel(v);
                pages.insert(v, page);
                tabs.addTab(page, v);
                nav->registerView(v, page, [this, v](const LinkTarget& t) {
                    if (refuse.contains(t.id))
                        return false;
                    shown.insert(v, t);
                    // the view reports its selection, as the real ones do
                    LinkTarget s = t;
                    s.label = QStringLiteral("shown ") + t.id;
                    nav->setSelection(v, s);
                    return true;
                });
            }
        }
        QString currentView() const { return tabs.tabText(tabs.currentIndex()); }
    };

private slots:
    void navigatesBackAndForwardAcrossViews()
    {
        Fixture f;
        QSignalSpy history(f.nav, &Navigator::historyChanged);
        f.nav->setSelection(QStringLiteral("board"), LinkTarget::task(QStringLiteral("TRD-001")));
        QCOMPARE(f.nav->current().id, QStringLiteral("TRD-001"));
        QVERIFY(!f.nav->canGoBack());

        QVERIFY(f.nav->navigateTo(LinkTarget::agent(QStringLiteral("backend"))));
        QCOMPARE(f.currentView(), QStringLiteral("graph"));
        QCOMPARE(f.shown.value("graph").id, QStringLiteral("backend"));
        QVERIFY(f.nav->navigateTo(LinkTarget::file(QStringLiteral("lib/cart.ex"), 12)));
        QCOMPARE(f.currentView(), QStringLiteral("review"));
        QCOMPARE(f.nav->current().line, 12);
        QCOMPARE(f.nav->current().label, QStringLiteral("shown lib/cart.ex"));
        QCOMPARE(f.nav->backHistory().size(), 2);
        QVERIFY(history.count() >= 2);

        QVERIFY(f.nav->back());
        QCOMPARE(f.currentView(), QStringLiteral("graph"));
        QVERIFY(f.nav->back());
        QCOMPARE(f.currentView(), QStringLiteral("board"));
        QCOMPARE(f.shown.value("board").id, QStringLiteral("TRD-001"));
        QVERIFY(!f.nav->canGoBack());
        QVERIFY(!f.nav->back());
        QCOMPARE(f.nav->forwardHistory().size(), 2);

        QVERIFY(f.nav->forward());
        QCOMPARE(f.currentView(), QStringLiteral("graph"));
        // a new link drops what lay ahead, like a browser
        QVERIFY(f.nav->navigateTo(LinkTarget::trace(QStringLiteral("test-results/a/trace.zip"))));
        QVERIFY(!f.nav->canGoForward());
        QCOMPARE(f.currentView(), QStringLiteral("traces"));
        QVERIFY(f.nav->back());
        QCOMPARE(f.currentView(), QStringLiteral("graph"));
    }

    void aBareTabSwitchIsAPlaceToGoBackTo()
    {
        Fixture f;
        f.tabs.setCurrentIndex(3); // tests, nothing selected
        QCOMPARE(f.nav->current(), LinkTarget::viewOnly(QStringLiteral("tests")));
        QVERIFY(f.nav->navigateTo(LinkTarget::task(QStringLiteral("TRD-002"))));
        QVERIFY(f.nav->back());
        QCOMPARE(f.currentView(), QStringLiteral("tests"));
    }

    void refusedTargetsFallBackToTheirFile()
    {
        Fixture f;
        f.refuse << QStringLiteral("gone test");
        // a test the run does not hold opens its file in the editor instead
        QVERIFY(f.nav->navigateTo(LinkTarget::test(QStringLiteral("test/cart_test.exs"), 7,
                                                   QStringLiteral("gone test"))));
        QCOMPARE(f.currentView(), QStringLiteral("review"));
        QCOMPARE(f.shown.value("review").path, QStringLiteral("test/cart_test.exs"));
        QCOMPARE(f.shown.value("review").line, 7);
        // nothing to fall back to: nothing happens and nothing is recorded
        f.refuse << QStringLiteral("nope");
        const int before = int(f.nav->backHistory().size());
        QVERIFY(!f.nav->navigateTo(LinkTarget::agent(QStringLiteral("nope"))));
        QCOMPARE(f.currentView(), QStringLiteral("review"));
        QCOMPARE(int(f.nav->backHistory().size()), before);
        QVERIFY(!f.nav->navigateTo(LinkTarget()));
    }

    void currentChangedFollowsTabsAndSelections()
    {
        Fixture f;
        QSignalSpy changed(f.nav, &Navigator::currentChanged);
        f.tabs.setCurrentIndex(2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().value<LinkTarget>(),
                 LinkTarget::viewOnly(QStringLiteral("review")));
        f.nav->setSelection(QStringLiteral("board"), LinkTarget::task(QStringLiteral("X")));
        QCOMPARE(changed.count(), 1); // not the current view
        f.nav->setSelection(QStringLiteral("review"), LinkTarget::file(QStringLiteral("a.ex")));
        QCOMPARE(changed.count(), 2);
        f.nav->clear();
        QVERIFY(!f.nav->selection(QStringLiteral("board")).isValid());
    }

    void mouseButtonsGoBackAndForward()
    {
        Fixture f;
        f.tabs.resize(400, 300);
        f.tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.tabs));
        QVERIFY(f.nav->navigateTo(LinkTarget::agent(QStringLiteral("a"))));
        QVERIFY(f.nav->navigateTo(LinkTarget::file(QStringLiteral("b.ex"))));
        QWidget* page = f.pages.value("review");
        const QPointF at(10, 10);
        QMouseEvent back(QEvent::MouseButtonPress, at, page->mapToGlobal(at), Qt::BackButton,
                         Qt::BackButton, Qt::NoModifier);
        QApplication::sendEvent(page, &back);
        QCOMPARE(f.currentView(), QStringLiteral("graph"));
        QMouseEvent fwd(QEvent::MouseButtonPress, at, page->mapToGlobal(at), Qt::ForwardButton,
                        Qt::ForwardButton, Qt::NoModifier);
        QApplication::sendEvent(f.pages.value("graph"), &fwd);
        QCOMPARE(f.currentView(), QStringLiteral("review"));
    }

    void historyIsBounded()
    {
        Fixture f;
        for (int i = 0; i < 500; ++i)
            QVERIFY(f.nav->navigateTo(LinkTarget::file(QStringLiteral("f.ex"), i + 1)));
        QVERIFY(f.nav->backHistory().size() <= 200);
        QCOMPARE(f.nav->backHistory().last().line, 499);
    }

    void targetsKnowTheirViewAndKey()
    {
        QCOMPARE(LinkTarget::task(QStringLiteral("T-1")).view(), QStringLiteral("board"));
        QCOMPARE(LinkTarget::agent(QStringLiteral("a")).view(), QStringLiteral("graph"));
        QCOMPARE(LinkTarget::finding(QStringLiteral("f"), QStringLiteral("a.ex"), 3).view(),
                 QStringLiteral("review"));
        QCOMPARE(LinkTarget::test(QStringLiteral("t.exs"), 1).view(), QStringLiteral("tests"));
        QCOMPARE(LinkTarget::trace(QStringLiteral("x.zip")).view(), QStringLiteral("traces"));
        QCOMPARE(LinkTarget::file(QStringLiteral("a.ex"), 4).key(), QStringLiteral("file:a.ex:4"));
        QCOMPARE(LinkTarget::kindFromName(QStringLiteral("trace")), LinkTarget::Kind::Trace);
        QCOMPARE(LinkTarget::kindName(LinkTarget::Kind::Finding), QStringLiteral("finding"));
    }
};

QTEST_MAIN(TestNavigator)
#include "tst_navigator.moc"
