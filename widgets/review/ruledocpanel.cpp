// SPDX-License-Identifier: MIT
#include "ruledocpanel.h"

#include "review/rulecatalog.h"

namespace pwb {

RuleDocPanel::RuleDocPanel(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("ruleDocPanel"));
    setOpenExternalLinks(false);
    setMinimumWidth(240);
    clearRule();
}

void RuleDocPanel::clearRule()
{
    setHtml(QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Select a finding to read about its rule.").toHtmlEscaped()));
}

void RuleDocPanel::showFinding(const Finding& finding)
{
    setHtml(html(finding));
}

QString RuleDocPanel::html(const Finding& f)
{
    const RuleInfo* info = RuleCatalog::find(f.rule);
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString h;
    h += u"<h3>" + esc(info ? info->title : f.rule) + u"</h3>";
    h += u"<p><code>" + esc(f.rule) + u"</code> &middot; " +
         esc(Finding::severityLabel(f.severity)) + u" &middot; " +
         esc(info ? info->category : f.category) + u"</p>";
    if (!f.message.isEmpty())
        h += u"<p><b>" + esc(tr("Here:")) + u"</b> " + esc(f.message) + u"</p>";
    const QString why = info ? info->why : f.why;
    if (!why.isEmpty())
        h += u"<p><b>" + esc(tr("Why it matters:")) + u"</b> " + esc(why) + u"</p>";
    if (info && !info->bad.isEmpty())
        h += u"<p><b>" + esc(tr("Fires on:")) + u"</b></p><pre>" + esc(info->bad) + u"</pre>";
    if (info && !info->good.isEmpty())
        h += u"<p><b>" + esc(tr("Fixed:")) + u"</b></p><pre>" + esc(info->good) + u"</pre>";
    const QString fix = info ? info->fix : f.fix;
    if (!fix.isEmpty())
        h += u"<p><b>" + esc(tr("Fix:")) + u"</b> " + esc(fix) + u"</p>";
    if (info && !info->references.isEmpty())
        h += u"<p><b>" + esc(tr("References:")) + u"</b> " +
             esc(info->references.join(QStringLiteral("; "))) + u"</p>";
    return h;
}

} // namespace pwb
