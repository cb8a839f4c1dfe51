// SPDX-License-Identifier: MIT
#include "miniyaml.h"

#include <QCoreApplication>

namespace {

struct Line
{
    int indent = 0;
    QString content; // without indentation, comment and trailing blanks
    QString raw;     // the whole line, for block scalars
    int number = 0;
    bool blank = false;
};

QString tr(const char* s)
{
    return QCoreApplication::translate("MiniYaml", s);
}

// Index of a comment's '#' outside quotes, or -1.
qsizetype commentStart(const QString& s)
{
    QChar quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"')
                ++i;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            if (i == 0 || s.at(i - 1).isSpace() || s.at(i - 1) == u'[' || s.at(i - 1) == u',')
                quote = c;
        } else if (c == u'#' && (i == 0 || s.at(i - 1).isSpace())) {
            return i;
        }
    }
    return -1;
}

// Position of the ':' that ends a mapping key (followed by a blank or the end), or -1.
qsizetype keyColon(const QString& s)
{
    if (s.isEmpty())
        return -1;
    qsizetype i = 0;
    if (s.at(0) == u'"' || s.at(0) == u'\'') {
        const QChar q = s.at(0);
        i = 1;
        while (i < s.size() && s.at(i) != q)
            i += (s.at(i) == u'\\' && q == u'"') ? 2 : 1;
        ++i;
        if (i < s.size() && s.at(i) == u':' && (i + 1 == s.size() || s.at(i + 1).isSpace()))
            return i;
        return -1;
    }
    if (s.at(0) == u'[' || s.at(0) == u'{')
        return -1;
    for (; i < s.size(); ++i) {
        if (s.at(i) == u':' && (i + 1 == s.size() || s.at(i + 1).isSpace()))
            return i;
    }
    return -1;
}

bool isSeqItem(const QString& content)
{
    return content == u"-" || content.startsWith(QStringLiteral("- "));
}

class Parser
{
public:
    Parser(const QString& text, const QString& path, int firstLine, Diagnostics* diags)
        : m_path(path)
        , m_diags(diags)
    {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            Line l;
            l.raw = lines.at(i);
            if (l.raw.endsWith(u'\r'))
                l.raw.chop(1);
            l.number = firstLine + int(i);
            int indent = 0;
            while (indent < l.raw.size() && l.raw.at(indent) == u' ')
                ++indent;
            if (indent < l.raw.size() && l.raw.at(indent) == u'\t') {
                report(l.number, indent + 1, QStringLiteral("yaml-tab"),
                       tr("tab characters cannot indent YAML; use spaces"));
                while (indent < l.raw.size() && l.raw.at(indent).isSpace())
                    ++indent;
            }
            l.indent = indent;
            QString content = l.raw.mid(indent);
            const qsizetype hash = commentStart(content);
            if (hash >= 0)
                content.truncate(hash);
            l.content = content.trimmed();
            l.blank = l.content.isEmpty() || l.content == u"---" || l.content == u"...";
            m_lines.push_back(l);
        }
    }

    YamlNode parseDocument()
    {
        skipBlank();
        if (m_pos >= m_lines.size())
            return {};
        const int indent = m_lines[m_pos].indent;
        YamlNode root = parseBlock(indent);
        skipBlank();
        while (m_pos < m_lines.size()) {
            const Line& l = m_lines[m_pos];
            report(l.number, l.indent + 1, QStringLiteral("yaml-structure"),
                   tr("unexpected content at this indentation: '%1'").arg(l.content.left(40)));
            ++m_pos;
            skipBlank();
        }
        return root;
    }

private:
    void report(int line, int column, const QString& code, const QString& message)
    {
        if (m_diags)
            m_diags->append(
                Diagnostic{m_path, line, column, code, message, Diagnostic::Severity::Warning});
    }

    void skipBlank()
    {
        while (m_pos < m_lines.size() && m_lines[m_pos].blank)
            ++m_pos;
    }

    YamlNode parseBlock(int indent)
    {
        skipBlank();
        if (m_pos >= m_lines.size())
            return {};
        if (isSeqItem(m_lines[m_pos].content))
            return parseSeq(indent);
        return parseMap(indent);
    }

    YamlNode parseMap(int indent)
    {
        YamlNode node;
        node.type = YamlNode::Type::Map;
        node.line = m_lines[m_pos].number;
        while (true) {
            skipBlank();
            if (m_pos >= m_lines.size())
                break;
            Line& l = m_lines[m_pos];
            if (l.indent < indent || isSeqItem(l.content))
                break;
            if (l.indent > indent) {
                report(l.number, l.indent + 1, QStringLiteral("yaml-indent"),
                       tr("unexpected indentation"));
                ++m_pos;
                continue;
            }
            const qsizetype colon = keyColon(l.content);
            if (colon < 0) {
                if (node.map.empty() && node.line == l.number) {
                    // A lone scalar document.
                    YamlNode s = parseScalarValue(l.content, indent, l.number);
                    ++m_pos;
                    return s;
                }
                report(l.number, l.indent + 1, QStringLiteral("yaml-key"),
                       tr("expected 'key: value', found '%1'").arg(l.content.left(40)));
                ++m_pos;
                continue;
            }
            YamlEntry entry;
            entry.key = unquote(l.content.left(colon).trimmed());
            entry.line = l.number;
            const QString rest = l.content.mid(colon + 1).trimmed();
            ++m_pos;
            entry.value = parseValue(rest, indent, l.number, true);
            node.map.push_back(std::move(entry));
        }
        return node;
    }

    YamlNode parseSeq(int indent)
    {
        YamlNode node;
        node.type = YamlNode::Type::Seq;
        node.line = m_lines[m_pos].number;
        while (true) {
            skipBlank();
            if (m_pos >= m_lines.size())
                break;
            Line& l = m_lines[m_pos];
            if (l.indent != indent || !isSeqItem(l.content)) {
                if (l.indent > indent) {
                    report(l.number, l.indent + 1, QStringLiteral("yaml-indent"),
                           tr("unexpected indentation"));
                    ++m_pos;
                    continue;
                }
                break;
            }
            const QString rest = l.content.mid(1).trimmed();
            if (rest.isEmpty()) {
                ++m_pos;
                skipBlank();
                if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
                    node.seq.push_back(parseBlock(m_lines[m_pos].indent));
                else
                    node.seq.push_back(YamlNode{YamlNode::Type::Null, {}, {}, {}, l.number});
                continue;
            }
            const int offset = int(l.content.indexOf(rest));
            if (keyColon(rest) >= 0 || isSeqItem(rest)) {
                // "- key: value" opens a mapping whose keys align with `key`.
                l.indent = indent + offset;
                l.content = rest;
                node.seq.push_back(parseBlock(l.indent));
                continue;
            }
            ++m_pos;
            node.seq.push_back(parseValue(rest, indent, l.number, false));
        }
        return node;
    }

    // The value after "key:" or "- ": inline, a block scalar, or a nested block.
    YamlNode parseValue(const QString& rest, int indent, int line, bool allowSameIndentSeq)
    {
        if (rest.isEmpty()) {
            skipBlank();
            if (m_pos < m_lines.size()) {
                const Line& next = m_lines[m_pos];
                if (next.indent > indent)
                    return parseBlock(next.indent);
                if (allowSameIndentSeq && next.indent == indent && isSeqItem(next.content))
                    return parseSeq(indent);
            }
            return YamlNode{YamlNode::Type::Null, {}, {}, {}, line};
        }
        if (rest.startsWith(u'|') || rest.startsWith(u'>'))
            return parseBlockScalar(rest, indent, line);
        return parseScalarValue(rest, indent, line);
    }

    YamlNode parseBlockScalar(const QString& header, int indent, int line)
    {
        const bool folded = header.startsWith(u'>');
        const bool strip = header.contains(u'-');
        QStringList parts;
        int blockIndent = -1;
        while (m_pos < m_lines.size()) {
            const Line& l = m_lines[m_pos];
            const bool blankRaw = l.raw.trimmed().isEmpty();
            if (!blankRaw && l.indent <= indent)
                break;
            if (!blankRaw && blockIndent < 0)
                blockIndent = l.indent;
            parts.append(blankRaw ? QString() : l.raw.mid(qMin(l.indent, blockIndent)));
            ++m_pos;
        }
        while (!parts.isEmpty() && parts.constLast().isEmpty())
            parts.removeLast();
        QString text;
        if (folded) {
            for (const QString& p : parts) {
                if (p.isEmpty())
                    text += u'\n';
                else
                    text +=
                        (text.isEmpty() || text.endsWith(u'\n') ? QString() : QStringLiteral(" ")) +
                        p;
            }
        } else {
            text = parts.join(u'\n');
        }
        if (!strip && !text.isEmpty())
            text += u'\n';
        return YamlNode{YamlNode::Type::Scalar, text, {}, {}, line};
    }

    YamlNode parseScalarValue(const QString& rest, int indent, int line)
    {
        if (rest.startsWith(u'[')) {
            YamlNode seq{YamlNode::Type::Seq, {}, {}, {}, line};
            QString inner = rest.mid(1);
            if (!inner.endsWith(u']'))
                report(line, 0, QStringLiteral("yaml-flow"),
                       tr("flow sequence is not closed with ']'"));
            else
                inner.chop(1);
            for (const QString& item : splitFlow(inner)) {
                if (!item.trimmed().isEmpty())
                    seq.seq.push_back(
                        YamlNode{YamlNode::Type::Scalar, unquote(item.trimmed()), {}, {}, line});
            }
            return seq;
        }
        if (rest.startsWith(u'"') || rest.startsWith(u'\'')) {
            const QChar q = rest.at(0);
            bool closed = false;
            QString out;
            for (qsizetype i = 1; i < rest.size(); ++i) {
                const QChar c = rest.at(i);
                if (q == u'"' && c == u'\\' && i + 1 < rest.size()) {
                    const QChar e = rest.at(++i);
                    out += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
                } else if (c == q) {
                    if (q == u'\'' && i + 1 < rest.size() && rest.at(i + 1) == u'\'') {
                        out += q;
                        ++i;
                    } else {
                        closed = true;
                        const QString tail = rest.mid(i + 1).trimmed();
                        if (!tail.isEmpty())
                            out = rest; // e.g. "a" | "b": keep what was written
                        break;
                    }
                } else {
                    out += c;
                }
            }
            if (!closed)
                report(line, 0, QStringLiteral("yaml-quote"), tr("quoted string is not closed"));
            return YamlNode{YamlNode::Type::Scalar, out, {}, {}, line};
        }
        // Plain scalar, possibly continued on more indented lines.
        QString text = rest;
        while (m_pos < m_lines.size()) {
            const Line& l = m_lines[m_pos];
            if (l.blank || l.indent <= indent || keyColon(l.content) >= 0 || isSeqItem(l.content))
                break;
            text += u' ' + l.content;
            ++m_pos;
        }
        if (text == u"~" || text == u"null")
            return YamlNode{YamlNode::Type::Null, {}, {}, {}, line};
        return YamlNode{YamlNode::Type::Scalar, text, {}, {}, line};
    }

    static QStringList splitFlow(const QString& s)
    {
        QStringList out;
        QString cur;
        QChar quote;
        for (const QChar c : s) {
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                cur += c;
            } else if (c == u'"' || c == u'\'') {
                quote = c;
                cur += c;
            } else if (c == u',') {
                out.append(cur);
                cur.clear();
            } else {
                cur += c;
            }
        }
        out.append(cur);
        return out;
    }

    static QString unquote(const QString& s)
    {
        if (s.size() >= 2 && ((s.startsWith(u'"') && s.endsWith(u'"')) ||
                              (s.startsWith(u'\'') && s.endsWith(u'\''))))
            return s.mid(1, s.size() - 2);
        return s;
    }

    QString m_path;
    Diagnostics* m_diags;
    std::vector<Line> m_lines;
    size_t m_pos = 0;
};

} // namespace

const YamlNode* YamlNode::value(const QString& key) const
{
    for (const YamlEntry& e : map) {
        if (e.key == key)
            return &e.value;
    }
    return nullptr;
}

QString YamlNode::text(const QString& key) const
{
    if (key.isEmpty())
        return type == Type::Scalar ? scalar : QString();
    const YamlNode* v = value(key);
    return v ? v->text() : QString();
}

QStringList YamlNode::list(const QString& key) const
{
    const YamlNode* v = value(key);
    if (!v)
        return {};
    QStringList out;
    if (v->isSeq()) {
        for (const YamlNode& n : v->seq) {
            if (n.isScalar())
                out.append(n.scalar.trimmed());
        }
    } else if (v->isScalar()) {
        for (const QString& part : v->scalar.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
    }
    return out;
}

namespace MiniYaml {

YamlNode parse(const QString& text, const QString& path, int firstLine, Diagnostics* diagnostics)
{
    Parser p(text, path, firstLine, diagnostics);
    return p.parseDocument();
}

} // namespace MiniYaml
