// SPDX-License-Identifier: MIT
// Fixes are offered only when the file, re-analysed with the fix applied, parses as before
// and has no new finding on the changed lines (issue 17, "fixes that are safe").
#include "review/analyzer.h"
#include "review/fixverifier.h"
#include "review/ruleengine.h"

#include <QTest>

using namespace pwb;

namespace {

const QByteArray kCart = "defmodule Shop.Cart do\n"               // 1
                         "  def total(items) do\n"                // 2
                         "    Enum.sum(items)\n"                  // 3
                         "  end\n"                                // 4
                         "\n"                                     // 5
                         "  def kind(params) do\n"                // 6
                         "    String.to_atom(params[\"kind\"])\n" // 7
                         "  end\n"                                // 8
                         "end\n";                                 // 9

const QString kPath = QStringLiteral("lib/shop/cart.ex");

// A finding whose fix replaces `Enum.sum(items)` on line 3 with `replacement`.
Finding sumFix(const QString& id, const QString& replacement)
{
    Finding f = RuleEngine::make(QStringLiteral("otp/call-infinity"), kPath, 3, 5,
                                 QStringLiteral("synthetic"));
    f.id = id;
    Replacement r;
    r.path = kPath;
    r.line = 3;
    r.column = 5;
    r.endLine = 3;
    r.endColumn = 20;
    r.newText = replacement;
    f.replacements = {r};
    return f;
}

const Finding* byId(const FileAnalysis& a, const QString& id)
{
    for (const Finding& f : a.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestFixVerifier : public QObject
{
    Q_OBJECT
private slots:
    void aFixThatAddsAFindingOrBreaksTheFileIsWithheld()
    {
        FileAnalysis a = RuleEngine::analyze(kPath, kCart);
        QVERIFY(a.diagnostics.isEmpty());
        a.findings << sumFix(QStringLiteral("safe"), QStringLiteral("Enum.sum(items || [])"))
                   << sumFix(QStringLiteral("adds"), QStringLiteral("IO.inspect(Enum.sum(items))"))
                   << sumFix(QStringLiteral("breaks"), QStringLiteral("Enum.sum(\"items)"));
        const FixVerifier::Outcome o = FixVerifier::verify(kPath, kCart, &a);
        QVERIFY(o.checked >= 3);
        QCOMPARE(o.unverified, 0);

        const Finding* safe = byId(a, QStringLiteral("safe"));
        QVERIFY(safe);
        QCOMPARE(safe->replacements.size(), 1);

        const Finding* adds = byId(a, QStringLiteral("adds"));
        QVERIFY(adds);
        QVERIFY(adds->replacements.isEmpty());
        QVERIFY2(adds->fix.contains(QStringLiteral("warning/io-inspect")), qPrintable(adds->fix));

        const Finding* breaks = byId(a, QStringLiteral("breaks"));
        QVERIFY(breaks);
        QVERIFY(breaks->replacements.isEmpty());
        QVERIFY2(breaks->fix.contains(QStringLiteral("would not parse")), qPrintable(breaks->fix));
    }

    // The engine's own fixes go through the same gate: String.to_atom -> to_existing_atom
    // adds nothing, so it stays offered.
    void theEnginesOwnSafeFixStaysOffered()
    {
        const FileAnalysis a = Analyzer::analyzeText(kPath, kCart);
        const Finding* atom = nullptr;
        for (const Finding& f : a.findings) {
            if (f.rule == u"security/string-to-atom")
                atom = &f;
        }
        QVERIFY(atom);
        QCOMPARE(atom->line, 7);
        QCOMPARE(atom->replacements.size(), 1);
        QCOMPARE(atom->replacements.first().newText, QStringLiteral("to_existing_atom"));
    }

    // Past the budget a fix is not offered unchecked; the first one is always checked.
    void theBudgetBoundsTheWorkAndWithholdsTheRest()
    {
        FileAnalysis a = RuleEngine::analyze(kPath, kCart);
        for (int i = 0; i < 5; ++i)
            a.findings << sumFix(QStringLiteral("f%1").arg(i), QStringLiteral("Enum.sum(items)"));
        const FixVerifier::Outcome o = FixVerifier::verify(kPath, kCart, &a, {}, kCart.size());
        QCOMPARE(o.checked, 1);
        QVERIFY(o.unverified >= 5);
        QVERIFY(byId(a, QStringLiteral("f4"))->replacements.isEmpty());
        QVERIFY(byId(a, QStringLiteral("f4"))->fix.contains(QStringLiteral("more fixes")));
    }

    // A fix whose edits no longer fit the text is withheld with the reason.
    void aFixOutsideTheTextIsWithheld()
    {
        FileAnalysis a = RuleEngine::analyze(kPath, kCart);
        Finding f = sumFix(QStringLiteral("gone"), QStringLiteral("x"));
        f.replacements.first().line = 99;
        a.findings << f;
        FixVerifier::verify(kPath, kCart, &a);
        QVERIFY(byId(a, QStringLiteral("gone"))->replacements.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFixVerifier)
#include "tst_fixverifier.moc"
