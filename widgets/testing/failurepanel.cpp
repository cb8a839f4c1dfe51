// SPDX-License-Identifier: MIT
#include "failurepanel.h"

#include "testing/failurecategory.h"

#include <QEvent>
#include <QUrl>
#include <QUrlQuery>

namespace pwb {

namespace {
bool isDark(const QPalette& p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

QString pre(const QString& text)
{
    return QStringLiteral("<pre style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</pre>");
}
} // namespace

FailurePanel::FailurePanel(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("failurePanel"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != u"pwb-open")
            return;
        const QUrlQuery q(url);
        emit openFileRequested(q.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded),
                               q.queryItemValue(QStringLiteral("line")).toInt());
    });
    showTest(nullptr);
}

void FailurePanel::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void FailurePanel::showTest(const TestResult* test)
{
    if (test)
        m_copy = *test;
    m_test = test ? &m_copy : nullptr;
    m_key = test ? test->key() : QString();
    render();
}

QString FailurePanel::diffHtml(const QString& left, const QString& right, bool dark)
{
    qsizetype prefix = 0;
    const qsizetype n = std::min(left.size(), right.size());
    while (prefix < n && left.at(prefix) == right.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix &&
           left.at(left.size() - 1 - suffix) == right.at(right.size() - 1 - suffix))
        ++suffix;
    const QString del = dark ? QStringLiteral("#7a2a2a") : QStringLiteral("#ffc9c4");
    const QString ins = dark ? QStringLiteral("#1f5c32") : QStringLiteral("#bff0c8");
    const QString delText = dark ? QStringLiteral("#ff9d9d") : QStringLiteral("#a0001a");
    const QString insText = dark ? QStringLiteral("#8ff0a8") : QStringLiteral("#006622");
    auto side = [&](const QString& s, const QString& bg, const QString& fg) -> QString {
        return QStringLiteral("<span style=\"color:%1\">").arg(fg) +
               s.left(prefix).toHtmlEscaped() +
               QStringLiteral("<span style=\"background-color:%1\">").arg(bg) +
               s.mid(prefix, s.size() - prefix - suffix).toHtmlEscaped() +
               QStringLiteral("</span>") + s.right(suffix).toHtmlEscaped() +
               QStringLiteral("</span>");
    };
    return QStringLiteral(
               "<table cellspacing=\"0\" cellpadding=\"2\"><tr><td><b>left:&nbsp;</b></td>"
               "<td><pre style=\"margin:0\">") +
           side(left, del, delText) +
           QStringLiteral(
               "</pre></td></tr><tr><td><b>right:&nbsp;</b></td><td><pre style=\"margin:0\">") +
           side(right, ins, insText) + QStringLiteral("</pre></td></tr></table>");
}

QString FailurePanel::frameHtml(const StackFrame& f)
{
    const QString text = f.text.isEmpty() ? f.file + u':' + QString::number(f.line) : f.text;
    static const QStringList libraries{QStringLiteral("elixir"), QStringLiteral("ex_unit"),
                                       QStringLiteral("stdlib"), QStringLiteral("kernel"),
                                       QStringLiteral("mix")};
    if (f.file.isEmpty() || f.line <= 0 || (!m_files.isEmpty() && !m_files.contains(f.file)) ||
        libraries.contains(f.app))
        return QStringLiteral("<div style=\"margin-left:12px\">%1</div>").arg(text.toHtmlEscaped());
    QUrl url;
    url.setScheme(QStringLiteral("pwb-open"));
    url.setPath(QStringLiteral("frame"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), f.file);
    q.addQueryItem(QStringLiteral("line"), QString::number(f.line));
    url.setQuery(q);
    m_links << f.file + u':' + QString::number(f.line);
    return QStringLiteral("<div style=\"margin-left:12px\"><a href=\"%1\">%2:%3</a> %4</div>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), f.file.toHtmlEscaped())
        .arg(f.line)
        .arg(f.function.toHtmlEscaped());
}

void FailurePanel::render()
{
    m_links.clear();
    if (!m_test) {
        setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                    .arg(tr("Select a test to see its result. Failed tests show ExUnit's message, "
                            "a diff of left and right and links into the stack trace.")
                             .toHtmlEscaped()));
        return;
    }
    const TestResult& t = *m_test;
    const bool dark = isDark(palette());
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(t.name.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1 · %2</p>").arg(t.module.toHtmlEscaped(), TestStates::label(t.state));
    QUrl self;
    if (!t.file.isEmpty()) {
        StackFrame where;
        where.file = t.file;
        where.line = t.line;
        where.function = tr("(test definition)");
        html += frameHtml(where);
    }
    const FailureCategory cat = FailureCategories::categorise(t);
    if (cat != FailureCategory::None) {
        const QString bg = dark ? QStringLiteral("#3a3320") : QStringLiteral("#fff4d6");
        html += QStringLiteral(
                    "<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%1\"><tr><td>"
                    "<b>%2</b> — %3</td></tr></table>")
                    .arg(bg, FailureCategories::title(cat).toHtmlEscaped(),
                         FailureCategories::hint(cat).toHtmlEscaped());
    }
    if (!t.reason.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(t.reason.toHtmlEscaped());
    for (const TestError& e : t.failure.errors) {
        if (e.hasLeft && e.hasRight)
            html += diffHtml(e.left, e.right, dark);
    }
    if (!t.failure.formatted.isEmpty())
        html += pre(t.failure.formatted);
    for (const TestError& e : t.failure.errors) {
        if (e.stacktrace.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Stack trace").toHtmlEscaped());
        for (const StackFrame& f : e.stacktrace)
            html += frameHtml(f);
    }
    if (!t.logs.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Captured log").toHtmlEscaped()) +
                pre(t.logs);
    setHtml(html);
}

} // namespace pwb
