// SPDX-License-Identifier: MIT
#include "agentprose.h"

#include <QRegularExpression>
#include <QSet>

namespace pwb {

namespace {

// A name as written: decorated with bold, backticks, quotes or @, maybe a single word.
const QString kToken =
    QStringLiteral("[*`'\"@\\[]*[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*[*`'\"\\]]*");
const QString kSeparator =
    QStringLiteral("(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+|\\s*/\\s*)");
const QString kList = QStringLiteral("(?<list>") + kToken + QStringLiteral("(?:") + kSeparator +
                      kToken + QStringLiteral(")*)");
// Words between "to" and a list introduced by ':' or '(': "to specialist agents: a, b".
const QString kIntro = QStringLiteral("(?:the\\s+)?(?:[A-Za-z/ ]{0,40}?[:(]\\s*)?");
// Words between a verb and its "to"/"from"/"with" (not across a sentence end).
const QString kGap = QStringLiteral("(?<gap>[^.;:!?]{0,50}?)");

// After a lone target, these words mean it really was the target ("to code-checker agent",
// "to backend-developer for review"); any other word means it was an adjective
// ("to framework-specific experts").
bool followerAllowsStrict(QStringView rest)
{
    static const QSet<QString> allowed = {
        QStringLiteral("agent"), QStringLiteral("agents"),  QStringLiteral("subagent"),
        QStringLiteral("for"),   QStringLiteral("when"),    QStringLiteral("with"),
        QStringLiteral("to"),    QStringLiteral("if"),      QStringLiteral("and"),
        QStringLiteral("or"),    QStringLiteral("on"),      QStringLiteral("in"),
        QStringLiteral("as"),    QStringLiteral("via"),     QStringLiteral("before"),
        QStringLiteral("after"), QStringLiteral("which"),   QStringLiteral("who"),
        QStringLiteral("at"),    QStringLiteral("using"),   QStringLiteral("by"),
        QStringLiteral("so"),    QStringLiteral("once"),    QStringLiteral("until"),
        QStringLiteral("while"), QStringLiteral("because"), QStringLiteral("about"),
        QStringLiteral("per"),   QStringLiteral("instead"), QStringLiteral("then"),
        QStringLiteral("that"),  QStringLiteral("from"),    QStringLiteral("is"),
        QStringLiteral("are"),   QStringLiteral("will"),    QStringLiteral("should"),
        QStringLiteral("can"),   QStringLiteral("must")};
    qsizetype i = 0;
    while (i < rest.size() && (rest.at(i) == u' ' || rest.at(i) == u'\t'))
        ++i;
    if (i == 0 || i >= rest.size() || !rest.at(i).isLower())
        return true;
    qsizetype j = i;
    while (j < rest.size() && rest.at(j).isLetter())
        ++j;
    return allowed.contains(rest.mid(i, j - i).toString());
}

struct Found
{
    QString name;
    qsizetype offset = 0;
    NameMatch match = NameMatch::KnownOnly;
};

// The names of a matched list span, with their offsets in the text.
QList<Found> namesIn(const QString& text, qsizetype start, qsizetype end)
{
    static const QRegularExpression name(
        QStringLiteral("[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*"));
    QList<Found> out;
    const QString span = text.mid(start, end - start);
    for (auto it = name.globalMatch(span); it.hasNext();) {
        const auto m = it.next();
        const qsizetype at = start + m.capturedStart();
        // Items after the first are agents only when separated by commas ("a, b, c");
        // "a and then b" / "a/b" join words as often as names.
        const QStringView before = QStringView(span).left(m.capturedStart());
        const bool comma = out.isEmpty() || before.trimmed().endsWith(u',') ||
                           before.trimmed().endsWith(QStringLiteral(", and")) ||
                           before.trimmed().endsWith(QStringLiteral(", or"));
        // "to ops-keeper and findings to docs-writer", "to ecto-expert, and hand off": a
        // plain word after the first is the next clause, not a second agent.
        if (!out.isEmpty() && !m.captured().contains(u'-'))
            continue;
        NameMatch match = AgentProse::matchFor(m.captured());
        if (!comma)
            match = NameMatch::KnownOnly;
        out.append({m.captured(), at, match});
    }
    if (out.size() == 1 && out.first().match == NameMatch::Strict &&
        !followerAllowsStrict(QStringView(text).mid(end)))
        out.first().match = NameMatch::KnownOnly;
    return out;
}

AgentEndpoint named(const QString& name, NameMatch match)
{
    return AgentEndpoint{{name}, match};
}

enum class Direction
{
    Out,
    In,
    Both
};

struct Phrase
{
    QRegularExpression re;
    EdgeKind kind;
    Direction direction;
    QString label;      // empty: the verb and gap as written
    bool strict = true; // false: the verb takes any object ("support blue-green rollouts")
};

const QList<Phrase>& phrases()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<Phrase> list = {
        // Incoming first, so "Receive specs from X" in a collaboration list stays directed.
        {QRegularExpression(QStringLiteral("(?<![\\w-])(?<verb>receiv\\w*|gets?|getting|accept\\w*|"
                                           "takes?|picks?\\s+up|inherit\\w*)\\b") +
                                kGap + QStringLiteral("\\bfrom\\s+") + kIntro + kList,
                            ci),
         EdgeKind::Handoff, Direction::In, QStringLiteral("receives from")},
        {QRegularExpression(QStringLiteral("(?<![\\w-])(?<verb>hand\\s*-?\\s*offs?)\\s+from\\s+") +
                                kIntro + kList,
                            ci),
         EdgeKind::Handoff, Direction::In, QStringLiteral("handoff from")},
        {QRegularExpression(
             QStringLiteral(
                 "(?<![\\w-])(?<verb>delegat\\w*|escalat\\w*|rout(?:e|es|ed|ing)|dispatch\\w*|"
                 "defer\\w*|forward\\w*|assign\\w*)\\b") +
                 kGap + QStringLiteral("\\bto\\s+") + kIntro + kList,
             ci),
         EdgeKind::Delegation,
         Direction::Out,
         {}},
        {QRegularExpression(
             QStringLiteral(
                 "(?<![\\w-])(?<verb>hand(?:s|ed|ing)?(?:\\s+(?:it|them|work))?\\s+(?:off|over|on)|"
                 "hand\\s*-?\\s*offs?|pass(?:es|ed)?(?:\\s+(?:it|them))?\\s+on|"
                 "hand(?:s|ed|ing)?|provid\\w*|send\\w*|giv\\w*|return\\w*|report\\w*|"
                 "deliver\\w*|submit\\w*)\\b") +
                 kGap + QStringLiteral("\\bto\\s+") + kIntro + kList,
             ci),
         EdgeKind::Handoff,
         Direction::Out,
         {}},
        {QRegularExpression(
             QStringLiteral("(?<![\\w-])(?<verb>handled\\s+by)\\s+") + kIntro + kList, ci),
         EdgeKind::Delegation, Direction::Out, QStringLiteral("handled by")},
        {QRegularExpression(kList + QStringLiteral("\\s+(?<verb>handles)\\b"), ci),
         EdgeKind::Delegation, Direction::Out, QStringLiteral("handles")},
        {QRegularExpression(
             QStringLiteral("(?<![\\w-])(?<verb>use|uses|invoke\\w*|call|calls|spawn\\w*|"
                            "launch\\w*|engag\\w*)\\s+(?:the\\s+)?") +
                 kList + QStringLiteral("\\s+(?:sub-?)?agents?\\b"),
             ci),
         EdgeKind::Delegation, Direction::Out, QStringLiteral("uses")},
        {QRegularExpression(QStringLiteral("(?<![\\w-])(?<verb>subagent_type)\\W{0,4}") + kList,
                            ci),
         EdgeKind::Delegation, Direction::Out, QStringLiteral("subagent")},
        {QRegularExpression(QStringLiteral("(?<![\\w-])(?<verb>giv(?:e|es|ing))\\s+") + kList +
                                QStringLiteral("\\s+(?:the|a|an)\\b"),
                            ci),
         EdgeKind::Handoff, Direction::Out, QStringLiteral("gives")},
        {QRegularExpression(
             QStringLiteral(
                 "(?<![\\w-])(?<verb>collaborat\\w*|coordinat\\w*|work(?:s|ed|ing)?|partner\\w*|"
                 "sync\\w*|align\\w*|pair\\w*|consult\\w*|liais\\w*|interfac\\w*|"
                 "integrat\\w*|cooperat\\w*)\\s+(?:closely\\s+)?with\\s+") +
                 kIntro + kList,
             ci),
         EdgeKind::Collaboration, Direction::Both, QStringLiteral("collaborates"), false},
        {QRegularExpression(QStringLiteral("(?<![\\w-])(?<verb>shar\\w*)\\b") + kGap +
                                QStringLiteral("\\bwith\\s+") + kIntro + kList,
                            ci),
         EdgeKind::Collaboration, Direction::Both, QStringLiteral("collaborates"), false},
        {QRegularExpression(
             QStringLiteral("(?<![\\w-])(?<verb>support|assist|help|guide|mentor|advise)"
                            "(?:s|ed|ing)?\\s+(?:the\\s+)?") +
                 kList,
             ci),
         EdgeKind::Collaboration, Direction::Both, QStringLiteral("collaborates"), false},
    };
    return list;
}

class Reader
{
public:
    Reader(const QString& text, const ProseContext& c, QList<AgentReference>& out)
        : m_text(text)
        , m_c(c)
        , m_out(out)
    {}

    void twoEnded()
    {
        static const QRegularExpression fromTo(
            QStringLiteral("\\bfrom\\s+") + QStringLiteral("(?<a>") + kToken +
                QStringLiteral(")\\s+to\\s+(?<b>") + kToken + QStringLiteral(")"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression subject(
            QStringLiteral("(?<a>") + kToken +
                QStringLiteral(")\\s+(?<verb>provides?|sends?|hands?(?:\\s+off)?|passes|"
                               "delegates?|routes?|escalates?|forwards?|returns?|reports?)\\b") +
                kGap + QStringLiteral("\\bto\\s+(?<b>") + kToken + QStringLiteral(")"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = fromTo.globalMatch(m_text); it.hasNext();) {
            const auto m = it.next();
            pair(m, EdgeKind::Handoff, QStringLiteral("handoff"), false, EdgeOrigin::HandoffBlock);
        }
        for (auto it = subject.globalMatch(m_text); it.hasNext();) {
            const auto m = it.next();
            const QString verb = m.captured(QStringLiteral("verb")).toLower();
            const QString label =
                QString(verb + u' ' + m.captured(QStringLiteral("gap"))).simplified().left(40);
            const bool delegation = verb.startsWith(QStringLiteral("deleg")) ||
                                    verb.startsWith(QStringLiteral("rout")) ||
                                    verb.startsWith(QStringLiteral("escal"));
            pair(m, delegation ? EdgeKind::Delegation : EdgeKind::Handoff, label, true,
                 EdgeOrigin::Prose);
        }
    }

    void phrasesWithSelf()
    {
        // "Hand X to a and Y to b": the second object shares the first verb.
        static const QRegularExpression continuation(
            QStringLiteral("(?<gap>[^.;:!?]{0,60}?,\\s*(?:and\\s+|or\\s+)?|\\s*(?:and\\s+)?"
                           "(?:[^.;:!?,]{0,40}?\\s)?)to\\s+") +
            kIntro + kList);
        // ... unless a verb of its own starts between them ("to a, and hand off to b").
        static const QRegularExpression verb(
            QStringLiteral("\\b(?:hand|deleg|rout|escal|provid|send|pass|receiv|get|collab|"
                           "coordinat|work|return|report|forward|assign|defer)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const Phrase& p : phrases()) {
            for (auto it = p.re.globalMatch(m_text); it.hasNext();) {
                const auto m = it.next();
                QString label = p.label;
                if (label.isEmpty())
                    label = QString(m.captured(QStringLiteral("verb")) + u' ' +
                                    m.captured(QStringLiteral("gap")))
                                .simplified()
                                .toLower()
                                .left(40);
                const qsizetype end = take(p, m, label);
                if (p.direction != Direction::Out)
                    continue;
                // A bounded window: every match() checks its whole subject, so matching on
                // the rest of the text would make long paragraphs quadratic.
                const auto next = continuation.match(QStringView(m_text).mid(end, 4000), 0,
                                                     QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
                if (next.hasMatch() && !verb.match(next.captured(QStringLiteral("gap"))).hasMatch())
                    take(p, next, label, end);
            }
        }
    }

    // Returns where the last name taken ends (a list may have swallowed a next word).
    // `base`: where the subject of `m` starts in the text.
    qsizetype take(const Phrase& p, const QRegularExpressionMatch& m, const QString& label,
                   qsizetype base = 0)
    {
        qsizetype end = base + m.capturedEnd();
        const QList<Found> names = namesIn(m_text, base + m.capturedStart(QStringLiteral("list")),
                                           base + m.capturedEnd(QStringLiteral("list")));
        if (!names.isEmpty())
            end = names.constLast().offset + names.constLast().name.size();
        for (const Found& n : names) {
            if (m_claimed.contains(n.offset) || AgentProse::isPlaceholderName(n.name))
                continue;
            m_claimed.insert(n.offset);
            AgentReference r;
            r.to = named(n.name, p.strict ? n.match : NameMatch::KnownOnly);
            if (p.direction == Direction::In)
                std::swap(r.from, r.to);
            r.kind = p.kind;
            r.label = label;
            r.origin = m_c.role == SectionRole::Collaboration ? EdgeOrigin::Collaboration
                                                              : EdgeOrigin::Prose;
            r.line = m_c.lineAt(n.offset, n.name);
            m_out.append(r);
        }
        return end;
    }

    void lead()
    {
        static const QRegularExpression leading(QStringLiteral(
            "^[^A-Za-z0-9]*?(?:\\*\\*|__|`)?([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+)"
            "(?:\\*\\*|__|`)?(?=\\s*(?:$|[:(,–—]|-\\s|\\*\\*|`))"));
        const auto m = leading.match(m_text);
        if (!m.hasMatch() || m_claimed.contains(m.capturedStart(1)) ||
            AgentProse::isPlaceholderName(m.captured(1)))
            return;
        m_claimed.insert(m.capturedStart(1));
        m_out.append(AgentProse::roleReference(
            m_c.role, m.captured(1), AgentProse::matchFor(m.captured(1)),
            m_c.lineAt(m.capturedStart(1), m.captured(1)), m_c.roleOrigin, m_c.roleLabel));
    }

    void mentions()
    {
        static const QRegularExpression mention(QStringLiteral(
            "(?<![\\w/.-])(?:([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+)|"
            "(?:\\*\\*|`|@)([A-Za-z][A-Za-z0-9_]*)(?:\\*\\*|`)?)(?![\\w-]|\\.\\w|/)"));
        for (auto it = mention.globalMatch(m_text); it.hasNext();) {
            const auto m = it.next();
            const int group = m.hasCaptured(1) ? 1 : 2;
            const QString name = m.captured(group);
            if (m_claimed.contains(m.capturedStart(group)) || AgentProse::isPlaceholderName(name))
                continue;
            m_claimed.insert(m.capturedStart(group));
            m_out.append(AgentProse::roleReference(m_c.role, name, NameMatch::KnownOnly,
                                                   m_c.lineAt(m.capturedStart(group), name),
                                                   m_c.roleOrigin, m_c.roleLabel));
        }
    }

    // `"CI/CD pipeline" → build-orchestrator`, `ELSE → backend-developer`, `a -> b -> c`.
    void arrows()
    {
        static const QRegularExpression arrow(QStringLiteral("\\s*(?:→|⟶|─+>|-+>|=>)\\s*"));
        static const QRegularExpression head(
            QStringLiteral("^[\\s*`'\"(\\[]*([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)"));
        static const QRegularExpression tail(
            QStringLiteral("([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)[\\s*`'\")\\]]*$"));
        qsizetype lineStart = 0;
        while (lineStart <= m_text.size()) {
            qsizetype lineEnd = m_text.indexOf(u'\n', lineStart);
            if (lineEnd < 0)
                lineEnd = m_text.size();
            const QString line = m_text.mid(lineStart, lineEnd - lineStart);
            if (line.contains(u'>') || line.contains(QChar(0x2192)) ||
                line.contains(QChar(0x27F6))) {
                qsizetype segStart = 0;
                bool first = true;
                for (auto it = arrow.globalMatch(line); it.hasNext();) {
                    const auto a = it.next();
                    const QString left = line.mid(segStart, a.capturedStart() - segStart);
                    const auto r = head.match(QStringView(line).mid(a.capturedEnd(), 200));
                    segStart = a.capturedEnd();
                    if (!r.hasMatch()) {
                        first = false;
                        continue;
                    }
                    const qsizetype at = lineStart + a.capturedEnd() + r.capturedStart(1);
                    const QString to = r.captured(1);
                    if (m_claimed.contains(at) || AgentProse::isPlaceholderName(to)) {
                        first = false;
                        continue;
                    }
                    AgentReference ref;
                    // A label on the left ("CI/CD pipeline", ELSE) means the file's agent
                    // routes; an agent's name there routes itself.
                    const auto l = tail.match(left);
                    if (l.hasMatch() && l.captured(1).contains(u'-')) {
                        ref.from = named(l.captured(1), NameMatch::KnownOnly);
                        ref.from.selfFallback = first;
                    } else if (!first) {
                        segStart = a.capturedEnd();
                        continue;
                    }
                    first = false;
                    m_claimed.insert(at);
                    ref.to = named(to, NameMatch::KnownOnly);
                    ref.kind = EdgeKind::Delegation;
                    ref.label = QStringLiteral("routes");
                    ref.origin = EdgeOrigin::Routing;
                    ref.line = m_c.lineAt(at, to);
                    m_out.append(ref);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

private:
    void pair(const QRegularExpressionMatch& m, EdgeKind kind, const QString& label,
              bool subjectMayBeSelf, EdgeOrigin origin)
    {
        const QString a = strip(m.captured(QStringLiteral("a")));
        const QString b = strip(m.captured(QStringLiteral("b")));
        // "Then hand off to X": a plain word before the verb is no subject; the phrase
        // readers give it to the file's agent.
        if (subjectMayBeSelf && !a.contains(u'-'))
            return;
        const qsizetype bAt =
            m.capturedStart(QStringLiteral("b")) + m.captured(QStringLiteral("b")).indexOf(b);
        if (a.isEmpty() || b.isEmpty() || m_claimed.contains(bAt) ||
            AgentProse::isPlaceholderName(a) || AgentProse::isPlaceholderName(b))
            return;
        AgentReference r;
        r.from = named(a, NameMatch::KnownOnly);
        // "Orchestrators delegate to X": a subject that is no agent leaves the file's agent.
        r.from.selfFallback = subjectMayBeSelf && m_c.hasSelf;
        r.to = named(b, NameMatch::KnownOnly);
        r.kind = kind;
        r.label = label;
        r.origin = origin;
        r.line = m_c.lineAt(bAt, b);
        m_claimed.insert(bAt);
        m_out.append(r);
    }

    static QString strip(const QString& token)
    {
        static const QRegularExpression re(
            QStringLiteral("[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*"));
        return re.match(token).captured();
    }

    const QString& m_text;
    const ProseContext& m_c;
    QList<AgentReference>& m_out;
    QSet<qsizetype> m_claimed;
};

} // namespace

namespace AgentProse {

NameMatch matchFor(const QString& name)
{
    // Hyphenated words that are English, not agents: "on-call", "blue-green",
    // "properly-permissioned", "multi-module". Such a name still counts when an agent has it;
    // it only is not reported when none does.
    static const QRegularExpression word(
        QStringLiteral("^(?:\\w+ly-|(?:on|off|re|pre|post|co|non|self|multi|cross|well|high|low|"
                       "long|short|real|end|follow|drill|semi|anti|full|half|top|open|in|out|"
                       "up|down|one|two|three|per|read|write|built|hand|blue|red|green|e)-)"));
    if (!AgentParser::looksLikeAgentName(name) || word.match(name).hasMatch())
        return NameMatch::KnownOnly;
    return NameMatch::Strict;
}

bool isPlaceholderName(const QString& name)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:agent[-_]?name|your[-_].*|my[-_]agent|example[-_].*|other[-_]agent|"
                       "some[-_]agent|sub[-_]?agent|new[-_]agent|target[-_]agent|"
                       "specialist[-_]name|name[-_]of[-_].*|foo[-_].*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return name.contains(u'{') || name.contains(u'<') || name.contains(u'[') ||
           re.match(name).hasMatch();
}

SectionRole roleOf(const QString& title)
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression in(
        QStringLiteral("hand\\s*-?\\s*offs?\\s*from|receiv\\w*\\s+(?:work\\s+|tasks?\\s+)?from|"
                       "incoming|upstream|inputs?\\s+from|^sources$|^from$"),
        ci);
    static const QRegularExpression out(
        QStringLiteral("hand\\s*-?\\s*offs?\\s*to|hands?\\s+off\\s+to|outgoing|downstream|"
                       "outputs?\\s+to|^destinations$|^targets$|^to$"),
        ci);
    static const QRegularExpression collab(
        QStringLiteral("collaborat|works?\\s+with|peers?\\b|coordinat\\w*\\s+with|"
                       "integration\\s+with\\s+other|related\\s+agents|other\\s+agents"),
        ci);
    static const QRegularExpression delegation(QStringLiteral("delegat|routing|routes|escalat"),
                                               ci);
    // YAML keys come camel-cased or snake-cased: "handoffFrom", "when_to_delegate".
    QString t = title;
    t.replace(QRegularExpression(QStringLiteral("([a-z])([A-Z])")), QStringLiteral("\\1 \\2"));
    t.replace(u'_', u' ');
    t = t.simplified();
    if (in.match(t).hasMatch())
        return SectionRole::HandoffIn;
    if (out.match(t).hasMatch())
        return SectionRole::HandoffOut;
    if (collab.match(t).hasMatch())
        return SectionRole::Collaboration;
    if (delegation.match(t).hasMatch())
        return SectionRole::Delegation;
    return SectionRole::None;
}

QString roleLabel(SectionRole role)
{
    switch (role) {
    case SectionRole::Delegation:
        return QStringLiteral("delegation");
    case SectionRole::HandoffOut:
        return QStringLiteral("handoff to");
    case SectionRole::HandoffIn:
        return QStringLiteral("handoff from");
    case SectionRole::Collaboration:
        return QStringLiteral("collaborates");
    case SectionRole::None:
        break;
    }
    return {};
}

EdgeKind roleKind(SectionRole role)
{
    switch (role) {
    case SectionRole::HandoffOut:
    case SectionRole::HandoffIn:
        return EdgeKind::Handoff;
    case SectionRole::Collaboration:
        return EdgeKind::Collaboration;
    case SectionRole::Delegation:
    case SectionRole::None:
        break;
    }
    return EdgeKind::Delegation;
}

AgentReference roleReference(SectionRole role, const QString& name, NameMatch match, int line,
                             EdgeOrigin origin, const QString& label)
{
    AgentReference r;
    r.to = named(name, match);
    if (role == SectionRole::HandoffIn)
        std::swap(r.from, r.to);
    r.kind = roleKind(role);
    r.label = label.isEmpty() ? roleLabel(role) : label;
    r.origin = origin;
    r.line = line;
    return r;
}

void read(const QString& text, const ProseContext& context, QList<AgentReference>& out)
{
    Reader r(text, context, out);
    r.twoEnded();
    if (!context.hasSelf)
        return;
    r.phrasesWithSelf();
    r.arrows();
    if (context.role == SectionRole::None)
        return;
    if (context.roleLead)
        r.lead();
    if (context.roleMentions)
        r.mentions();
}

void readArrows(const QString& text, const ProseContext& context, QList<AgentReference>& out)
{
    Reader r(text, context, out);
    r.twoEnded();
    r.arrows();
}

} // namespace AgentProse

} // namespace pwb
