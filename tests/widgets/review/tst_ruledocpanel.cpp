// SPDX-License-Identifier: MIT
#include "review/findingsmodel.h"
#include "review/findingspanel.h"
#include "review/ruledocpanel.h"
#include "review/ruleengine.h"

#include <QComboBox>
#include <QTest>
#include <QTreeView>

using namespace pwb;

class TestRuleDocPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsTheRuleOfTheFinding()
    {
        const Finding f = RuleEngine::make(QStringLiteral("security/check-origin"),
                                           QStringLiteral("config/prod.exs"), 3, 3,
                                           QStringLiteral("check_origin: false <here>"));
        const QString h = RuleDocPanel::html(f);
        QVERIFY(h.contains(QStringLiteral("Websocket origin check off")));
        QVERIFY(h.contains(QStringLiteral("Sobelow Config.CSWH")));
        QVERIFY(h.contains(QStringLiteral("check_origin: ["))); // the good example
        QVERIFY(h.contains(QStringLiteral("&lt;here&gt;")));    // escaped message
    }

    void followsTheCurrentRowOfTheTable()
    {
        FindingsModel model;
        Finding a = RuleEngine::make(QStringLiteral("otp/receive-without-after"),
                                     QStringLiteral("lib/a.ex"), 2, 5, QStringLiteral("waits"));
        a.id = a.fingerprint = QStringLiteral("a");
        model.setFindings(QStringLiteral("analyzer"), QStringLiteral("lib/a.ex"), {a});
        FindingsPanel panel;
        panel.setModel(&model);
        panel.groupingBox()->setCurrentIndex(panel.groupingBox()->count() - 1); // flat
        panel.resize(900, 300);
        panel.show();
        QTreeView* view = panel.view();
        QModelIndex row;
        for (int r = 0; r < view->model()->rowCount() && !row.isValid(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (view->model()->rowCount(i) > 0)
                row = view->model()->index(0, 0, i);
            else
                row = i;
        }
        QVERIFY(row.isValid());
        view->setCurrentIndex(row);
        QTRY_VERIFY(
            panel.ruleDoc()->toPlainText().contains(QStringLiteral("receive without after")));
        QVERIFY(panel.ruleDoc()->toPlainText().contains(QStringLiteral("after")));
    }
};

QTEST_MAIN(TestRuleDocPanel)
#include "tst_ruledocpanel.moc"
