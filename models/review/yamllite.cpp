// SPDX-License-Identifier: MIT
#include "yamllite.h"

#include <QCoreApplication>

namespace {

constexpr int kMaxDepth = 64;

struct Line
{
    int indent = 0;
    QString text;   // without indentation, comments kept for quoted scalars to decide
    int number = 0; // 1-based
};

class Parser
{
public:
    Parser(const QByteArray& src, const QString& path, Diagnostics* d)
        : m_path(path)
        , m_diags(d)
    {
        const QString all = QString::fromUtf8(src);
        m_raw = all.split(u'\n');
        for (int i = 0; i < m_raw.size(); ++i) {
            QString l = m_raw.at(i);
            if (l.endsWith(u'\r'))
                l.chop(1);
            m_raw[i] = l;
            int indent = 0;
            while (indent < l.size() && l.at(indent) == u' ')
                ++indent;
            if (indent < l.size() && l.at(indent) == u'\t') {
                report(i + 1, indent + 1, tr("tab used for indentation"));
                while (indent < l.size() && (l.at(indent) == u'\t' || l.at(indent) == u' '))
                    ++indent;
            }
            const QString t = l.mid(indent);
            if (t.isEmpty() || t.startsWith(u'#') || t == u"---" || t == u"...")
                continue;
            m_lines.append(Line{indent, t, i + 1});
        }
    }

    YamlNode run()
    {
        if (m_lines.isEmpty())
            return {};
        YamlNode n = node(m_lines.first().indent, 0);
        if (m_pos < m_lines.size())
            report(m_lines.at(m_pos).number, m_lines.at(m_pos).indent + 1,
                   tr("unexpected indentation; the rest of the file is ignored"));
        return n;
    }

private:
    QString m_path;
    Diagnostics* m_diags;
    QStringList m_raw;
    QList<Line> m_lines;
    int m_pos = 0;

    static QString tr(const char* s) { return QCoreApplication::translate("YamlLite", s); }

    void report(int line, int column, const QString& message)
    {
        if (m_diags && m_diags->size() < 100)
            m_diags->append(Diagnostic{m_path, line, column, QStringLiteral("yaml-syntax"), message,
                                       Diagnostic::Severity::Error});
    }

    static bool isSeqItem(const QString& t) { return t == u"-" || t.startsWith(u"- "); }

    // Position of the ':' that ends a mapping key in t, or -1.
    static int keyColon(const QString& t)
    {
        int i = 0;
        if (t.startsWith(u'"') || t.startsWith(u'\'')) {
            const QChar q = t.at(0);
            i = 1;
            while (i < t.size() && t.at(i) != q) {
                if (q == u'"' && t.at(i) == u'\\')
                    ++i;
                ++i;
            }
            ++i;
            return i < t.size() && t.at(i) == u':' && (i + 1 == t.size() || t.at(i + 1) == u' ')
                       ? i
                       : -1;
        }
        for (; i < t.size(); ++i) {
            if (t.at(i) == u':' && (i + 1 == t.size() || t.at(i + 1) == u' '))
                return i;
            if (t.at(i) == u'#' && i > 0 && t.at(i - 1) == u' ')
                return -1;
        }
        return -1;
    }

    YamlNode node(int indent, int depth)
    {
        if (depth > kMaxDepth) {
            report(m_lines.at(m_pos).number, 1, tr("nesting too deep"));
            m_pos = int(m_lines.size());
            return {};
        }
        const Line& l = m_lines.at(m_pos);
        if (isSeqItem(l.text))
            return sequence(indent, depth);
        if (keyColon(l.text) >= 0)
            return mapping(indent, depth);
        YamlNode n = scalar(l.text, l.number, l.indent);
        ++m_pos;
        return n;
    }

    // The rest of a line after "- " or "key: " becomes a line of its own, deeper.
    void splitInline(int at, int offset)
    {
        Line& l = m_lines[m_pos];
        QString rest = l.text.mid(at);
        int extra = 0;
        while (extra < rest.size() && rest.at(extra) == u' ')
            ++extra;
        l.indent += offset + extra;
        l.text = rest.mid(extra);
    }

    YamlNode sequence(int indent, int depth)
    {
        YamlNode n;
        n.type = YamlNode::Type::Seq;
        n.line = m_lines.at(m_pos).number;
        while (m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent &&
               isSeqItem(m_lines.at(m_pos).text)) {
            const Line l = m_lines.at(m_pos);
            if (l.text == u"-") {
                ++m_pos;
                if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                    n.seq.append(node(m_lines.at(m_pos).indent, depth + 1));
                else
                    n.seq.append(YamlNode{});
                continue;
            }
            splitInline(2, 2);
            n.seq.append(node(m_lines.at(m_pos).indent, depth + 1));
        }
        return n;
    }

    YamlNode mapping(int indent, int depth)
    {
        YamlNode n;
        n.type = YamlNode::Type::Map;
        n.line = m_lines.at(m_pos).number;
        while (m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent) {
            const Line l = m_lines.at(m_pos);
            const int colon = keyColon(l.text);
            if (colon < 0) {
                if (isSeqItem(l.text))
                    break;
                report(l.number, l.indent + 1, tr("expected 'key: value'"));
                ++m_pos;
                continue;
            }
            QString key = l.text.left(colon).trimmed();
            if (key.size() >= 2 && (key.startsWith(u'"') || key.startsWith(u'\'')))
                key = key.mid(1, key.size() - 2);
            const QString rest = l.text.mid(colon + 1).trimmed();
            YamlNode value;
            if (rest.isEmpty() || rest.startsWith(u'#')) {
                ++m_pos;
                if (m_pos < m_lines.size() &&
                    (m_lines.at(m_pos).indent > indent ||
                     (m_lines.at(m_pos).indent == indent && isSeqItem(m_lines.at(m_pos).text))))
                    value = node(m_lines.at(m_pos).indent, depth + 1);
            } else if (rest.startsWith(u'|') || rest.startsWith(u'>')) {
                value = blockScalar(l, rest.startsWith(u'>'));
            } else {
                value = scalar(rest, l.number, l.indent + colon + 2);
                ++m_pos;
            }
            n.map.append({key, value});
        }
        return n;
    }

    YamlNode blockScalar(const Line& l, bool folded)
    {
        YamlNode n;
        n.type = YamlNode::Type::Scalar;
        n.line = l.number;
        QStringList parts;
        int blockIndent = -1;
        int raw = l.number; // 0-based index of the next raw line
        for (; raw < m_raw.size(); ++raw) {
            const QString& r = m_raw.at(raw);
            if (r.trimmed().isEmpty()) {
                parts.append(QString());
                continue;
            }
            int ind = 0;
            while (ind < r.size() && r.at(ind) == u' ')
                ++ind;
            if (ind <= l.indent)
                break;
            if (blockIndent < 0)
                blockIndent = ind;
            parts.append(r.mid(std::min(ind, blockIndent)));
        }
        while (!parts.isEmpty() && parts.last().isEmpty())
            parts.removeLast();
        n.scalar = parts.join(folded ? u' ' : u'\n');
        while (m_pos < m_lines.size() && m_lines.at(m_pos).number <= raw)
            ++m_pos;
        return n;
    }

    YamlNode scalar(const QString& text, int line, int column)
    {
        YamlNode n;
        n.type = YamlNode::Type::Scalar;
        n.line = line;
        QString t = text.trimmed();
        if (t.startsWith(u'"') || t.startsWith(u'\'')) {
            const QChar q = t.at(0);
            QString out;
            int i = 1;
            bool closed = false;
            for (; i < t.size(); ++i) {
                const QChar c = t.at(i);
                if (q == u'\'' && c == u'\'' && i + 1 < t.size() && t.at(i + 1) == u'\'') {
                    out += u'\'';
                    ++i;
                    continue;
                }
                if (c == q) {
                    closed = true;
                    break;
                }
                if (q == u'"' && c == u'\\' && i + 1 < t.size()) {
                    const QChar e = t.at(++i);
                    out += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
                    continue;
                }
                out += c;
            }
            if (!closed)
                report(line, column, tr("unterminated quoted string"));
            const QString after = t.mid(i + 1).trimmed();
            if (closed && !after.isEmpty() && !after.startsWith(u'#'))
                report(line, column + i + 1,
                       tr("text after a quoted value is ignored: %1").arg(after));
            n.scalar = out;
            return n;
        }
        // Plain scalar: drop a trailing comment.
        const qsizetype hash = t.indexOf(QStringLiteral(" #"));
        if (hash >= 0)
            t = t.left(hash).trimmed();
        if (t == u"~" || t == u"null") {
            n.type = YamlNode::Type::Null;
            return n;
        }
        if (t.startsWith(u'[') && t.endsWith(u']')) {
            n.type = YamlNode::Type::Seq;
            const QString inner = t.mid(1, t.size() - 2);
            if (!inner.trimmed().isEmpty()) {
                for (const QString& item : inner.split(u',')) {
                    YamlNode s = scalar(item, line, column);
                    n.seq.append(s);
                }
            }
            return n;
        }
        n.scalar = t;
        return n;
    }
};

const YamlNode& nullNode()
{
    static const YamlNode n;
    return n;
}

} // namespace

const YamlNode& YamlNode::operator[](const QString& key) const
{
    for (const auto& kv : map) {
        if (kv.first == key)
            return kv.second;
    }
    return nullNode();
}

YamlNode YamlLite::parse(const QByteArray& text, const QString& path, Diagnostics* diagnostics)
{
    return Parser(text, path, diagnostics).run();
}
