// SPDX-License-Identifier: MIT
#include "sprintstatus.h"

#include "core/yaml.h"

#include <QCoreApplication>

namespace pwb::SprintStatus {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SprintStatus)
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// BMAD's own story states end in "done"; teams add later ones ("deployed" after done).
bool isDoneWord(QStringView w)
{
    for (const char16_t* d :
         {u"done", u"completed", u"complete", u"deployed", u"released", u"shipped", u"closed"}) {
        if (w == QStringView(d))
            return true;
    }
    return false;
}

bool isUnderwayWord(QStringView w)
{
    for (const char16_t* d : {u"in-progress", u"review", u"in-review", u"code-review"}) {
        if (w == QStringView(d))
            return true;
    }
    return false;
}

} // namespace

QString storyId(QStringView key)
{
    // epic number, '-', story number (a letter may follow: "3b"), '-', the slug
    qsizetype i = 0;
    while (i < key.size() && isDigit(key.at(i)))
        ++i;
    const qsizetype epicEnd = i;
    if (epicEnd == 0 || epicEnd > 4 || i >= key.size() || key.at(i) != u'-')
        return {};
    const qsizetype storyStart = ++i;
    while (i < key.size() && isDigit(key.at(i)))
        ++i;
    if (i == storyStart || i - storyStart > 4)
        return {};
    if (i < key.size() && key.at(i).isLower() && key.at(i).isLetter())
        ++i;
    if (i >= key.size() || key.at(i) != u'-' || i + 1 >= key.size())
        return {};
    return QStringLiteral("Story ") + key.first(epicEnd) + u'.' +
           key.sliced(storyStart, i - storyStart);
}

TrdDocument read(const QByteArray& utf8, const QString& path)
{
    TrdDocument doc;
    doc.path = path;
    doc.documentClass = DocumentClass::Other;
    const yaml::Node root = yaml::parse(QByteArrayView(utf8), path, &doc.diagnostics);
    const yaml::Node* status = root.value(u"development_status");
    if (!status || !status->isMap()) {
        doc.classReason = Tr::tr("a sprint-status file without development_status");
        return doc;
    }
    doc.title = root.text(u"project");
    int stories = 0;
    int done = 0;
    int underway = 0;
    for (const yaml::Entry& e : status->map) {
        const QString id = storyId(e.key);
        if (id.isEmpty())
            continue; // "epic-1", "epic-1-retrospective"
        ++stories;
        const QString word = e.value.toString().trimmed().toLower();
        if (isDoneWord(word)) {
            ++done;
            doc.doneMentions.append(TrdLink{id, {e.key + QStringLiteral(": ") + word}, e.line});
        } else if (isUnderwayWord(word)) {
            ++underway;
        }
    }
    doc.documentClass = DocumentClass::Report;
    doc.forms = {QStringLiteral("sprint-status")};
    doc.classReason = Tr::tr("BMAD sprint status: %n stories, %1 done, %2 in progress or review",
                             nullptr, stories)
                          .arg(done)
                          .arg(underway);
    return doc;
}

} // namespace pwb::SprintStatus
