// SPDX-License-Identifier: MIT
#include "core/yaml.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <optional>

namespace pwb::yaml {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yaml)
};
} // namespace

namespace {

const Node& nullNode()
{
    static const Node n;
    return n;
}

struct ParserDeleter
{
    void operator()(yaml_parser_t* p) const
    {
        yaml_parser_delete(p);
        delete p;
    }
};
using ParserPtr = std::unique_ptr<yaml_parser_t, ParserDeleter>;

// One event at a time, freed however the loop leaves.
class Event
{
public:
    Event() = default;
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;
    ~Event() { reset(); }
    yaml_event_t* get() { return &m_event; }
    void setValid() { m_valid = true; }
    void reset()
    {
        if (m_valid)
            yaml_event_delete(&m_event);
        m_valid = false;
    }

private:
    yaml_event_t m_event{};
    bool m_valid = false;
};

struct Frame
{
    Node node;
    bool haveKey = false;
    QString key;
    int keyLine = 0;
};

struct ReadError
{
    int line = 0; // 0-based within the text
    int column = 0;
    QString code;
    QString message;
};

QString classify(const QString& problem)
{
    if (problem.contains(u"tab"))
        return QStringLiteral("yaml-tab");
    if (problem.contains(u"quoted scalar"))
        return QStringLiteral("yaml-quote");
    if (problem.contains(u"mapping values are not allowed") ||
        problem.contains(u"could not find expected ':'") || problem.contains(u"simple key"))
        return QStringLiteral("yaml-key");
    if (problem.contains(u"flow"))
        return QStringLiteral("yaml-flow");
    return QStringLiteral("yaml-syntax");
}

bool isNullScalar(const yaml_event_t& e)
{
    if (e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const auto* v = reinterpret_cast<const char*>(e.data.scalar.value);
    const size_t n = e.data.scalar.length;
    return n == 0 || (n == 1 && v[0] == '~') ||
           (n == 4 && (qstrncmp(v, "null", 4) == 0 || qstrncmp(v, "Null", 4) == 0 ||
                       qstrncmp(v, "NULL", 4) == 0));
}

class Reader
{
public:
    Reader(const QByteArray& bytes, const Options& o, const QString& path, Diagnostics* d)
        : m_bytes(bytes)
        , m_options(o)
        , m_path(path)
        , m_diagnostics(d)
    {}

    // Reads until the first document ends or an error; returns the error, if any.
    std::optional<ReadError> run(Node& root)
    {
        ParserPtr parser(new yaml_parser_t);
        if (!yaml_parser_initialize(parser.get()))
            return ReadError{0, 0, QStringLiteral("yaml-syntax"),
                             Tr::tr("the YAML reader could not start")};
        yaml_parser_set_input_string(parser.get(),
                                     reinterpret_cast<const unsigned char*>(m_bytes.constData()),
                                     size_t(m_bytes.size()));
        std::optional<ReadError> error;
        bool rootSet = false;
        Event ev;
        for (;;) {
            ev.reset();
            if (!yaml_parser_parse(parser.get(), ev.get())) {
                const QString problem = QString::fromUtf8(parser->problem ? parser->problem : "");
                const QString context = QString::fromUtf8(parser->context ? parser->context : "");
                if (context.contains(u"quoted scalar")) {
                    // The end of the stream is where libyaml notices; the opening quote is
                    // where the user has to look.
                    error =
                        ReadError{int(parser->context_mark.line), int(parser->context_mark.column),
                                  QStringLiteral("yaml-quote"),
                                  Tr::tr("unterminated quoted value (%1)").arg(problem)};
                } else {
                    error = ReadError{int(parser->problem_mark.line),
                                      int(parser->problem_mark.column), classify(problem),
                                      context.isEmpty() ? problem : context + u", " + problem};
                }
                break;
            }
            ev.setValid();
            yaml_event_t& e = *ev.get();
            const int line = int(e.start_mark.line);
            if (e.type == YAML_STREAM_END_EVENT || e.type == YAML_DOCUMENT_END_EVENT)
                break;
            if (e.type == YAML_ALIAS_EVENT) {
                report(line, int(e.start_mark.column), QStringLiteral("yaml-alias"),
                       Tr::tr("aliases (*name) are not expanded; the value is read as empty"));
                Node n;
                n.line = lineOf(line);
                if (!attach(std::move(n), root, rootSet))
                    break;
                continue;
            }
            if (e.type == YAML_SCALAR_EVENT) {
                Node n;
                n.line = lineOf(line);
                if (!isNullScalar(e)) {
                    n.type = Node::Type::Scalar;
                    n.scalar = QString::fromUtf8(reinterpret_cast<const char*>(e.data.scalar.value),
                                                 qsizetype(e.data.scalar.length));
                }
                if (!attach(std::move(n), root, rootSet))
                    break;
                continue;
            }
            if (e.type == YAML_MAPPING_START_EVENT || e.type == YAML_SEQUENCE_START_EVENT) {
                if (int(m_stack.size()) >= m_options.maxDepth) {
                    error = ReadError{line, int(e.start_mark.column), QStringLiteral("yaml-depth"),
                                      Tr::tr("nesting deeper than %1 levels; the rest is "
                                             "not read")
                                          .arg(m_options.maxDepth)};
                    break;
                }
                if (!countNode(line, int(e.start_mark.column), error))
                    break;
                Frame f;
                f.node.type =
                    e.type == YAML_MAPPING_START_EVENT ? Node::Type::Map : Node::Type::Seq;
                f.node.line = lineOf(line);
                m_stack.push_back(std::move(f));
                continue;
            }
            if (e.type == YAML_MAPPING_END_EVENT || e.type == YAML_SEQUENCE_END_EVENT) {
                if (m_stack.empty())
                    continue;
                Node n = std::move(m_stack.back().node);
                m_stack.pop_back();
                if (!attach(std::move(n), root, rootSet))
                    break;
                continue;
            }
        }
        // Whatever was open when the read stopped still counts.
        while (!m_stack.empty()) {
            Node n = std::move(m_stack.back().node);
            m_stack.pop_back();
            attach(std::move(n), root, rootSet);
        }
        return error;
    }

private:
    int lineOf(int zeroBased) const { return zeroBased + m_options.firstLine; }

    void report(int line, int column, const QString& code, const QString& message)
    {
        if (m_diagnostics)
            m_diagnostics->append(Diagnostic{m_path, lineOf(line), column + 1, code, message,
                                             Diagnostic::Severity::Warning});
    }

    bool countNode(int line, int column, std::optional<ReadError>& error)
    {
        if (++m_nodes <= m_options.maxNodes)
            return true;
        error =
            ReadError{line, column, QStringLiteral("yaml-size"),
                      Tr::tr("more than %1 values; the rest is not read").arg(m_options.maxNodes)};
        return false;
    }

    // Hands a finished node to its parent; false when a limit stops the read.
    bool attach(Node&& n, Node& root, bool& rootSet)
    {
        if (n.type != Node::Type::Map && n.type != Node::Type::Seq) {
            if (++m_nodes > m_options.maxNodes) {
                report(n.line - m_options.firstLine, 0, QStringLiteral("yaml-size"),
                       Tr::tr("more than %1 values; the rest is not read").arg(m_options.maxNodes));
                return false;
            }
        }
        if (m_stack.empty()) {
            if (!rootSet) {
                root = std::move(n);
                rootSet = true;
            }
            return true;
        }
        Frame& parent = m_stack.back();
        if (parent.node.type == Node::Type::Seq) {
            parent.node.seq.push_back(std::move(n));
        } else if (!parent.haveKey) {
            parent.haveKey = true;
            parent.key = n.isScalar() ? n.scalar : QString();
            parent.keyLine = n.line;
            if (!n.isScalar() && !n.isNull())
                report(n.line - m_options.firstLine, 0, QStringLiteral("yaml-key"),
                       Tr::tr("a key that is a list or mapping is read as empty"));
        } else {
            parent.node.map.push_back(Entry{std::move(parent.key), parent.keyLine, std::move(n)});
            parent.haveKey = false;
            parent.key.clear();
        }
        return true;
    }

    const QByteArray& m_bytes;
    const Options& m_options;
    const QString& m_path;
    Diagnostics* m_diagnostics;
    std::vector<Frame> m_stack;
    int m_nodes = 0;
};

qsizetype lineStart(const QByteArray& bytes, int zeroBasedLine)
{
    qsizetype start = 0;
    for (int l = 0; l < zeroBasedLine; ++l) {
        start = bytes.indexOf('\n', start);
        if (start < 0)
            return bytes.size();
        ++start;
    }
    return start;
}

// `key: text: more` at the top level, the value neither quoted nor a block or flow start.
std::optional<QByteArray> quotePlainValue(const QByteArray& bytes, int zeroBasedLine)
{
    const qsizetype start = lineStart(bytes, zeroBasedLine);
    if (start >= bytes.size())
        return std::nullopt;
    qsizetype end = bytes.indexOf('\n', start);
    if (end < 0)
        end = bytes.size();
    const QByteArray line = bytes.mid(start, end - start);
    qsizetype colon = 0;
    while (colon < line.size() &&
           (std::isalnum(uchar(line[colon])) || line[colon] == '_' || line[colon] == '-'))
        ++colon;
    if (colon == 0 || colon + 1 >= line.size() || line[colon] != ':' || line[colon + 1] != ' ')
        return std::nullopt;
    QByteArray value = line.mid(colon + 2).trimmed();
    if (value.isEmpty() || std::strchr("'\"[{|>&*!#%@`", value.front()) != nullptr)
        return std::nullopt;
    if (value.endsWith('\r'))
        value.chop(1);
    value.replace('\'', "''");
    QByteArray out = bytes.left(start);
    out += line.left(colon) + ": '" + value + '\'';
    out += bytes.mid(end);
    return out;
}

} // namespace

const Node* Node::value(QStringView key) const
{
    if (type != Type::Map)
        return nullptr;
    for (const Entry& e : map) {
        if (e.key == key)
            return &e.value;
    }
    return nullptr;
}

const Node& Node::operator[](QStringView key) const
{
    const Node* n = value(key);
    return n ? *n : nullNode();
}

QString Node::text(QStringView key) const
{
    if (key.isEmpty())
        return toString();
    const Node* n = value(key);
    return n ? n->toString() : QString();
}

QStringList Node::list(QStringView key) const
{
    const Node* n = value(key);
    QStringList out;
    if (!n)
        return out;
    if (n->isScalar()) {
        for (const QString& part : n->scalar.split(u',', Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (!t.isEmpty())
                out.append(t);
        }
    } else if (n->isSeq()) {
        for (const Node& item : n->seq) {
            if (item.isScalar())
                out.append(item.scalar);
        }
    }
    return out;
}

Node parse(QByteArrayView utf8, const QString& path, Diagnostics* diagnostics,
           const Options& options)
{
    QByteArray bytes = utf8.toByteArray();
    // A bounded number of lenient retries keeps the read linear in practice (each retry
    // fixes one line; front matter is a few lines).
    constexpr int kMaxRetries = 16;
    for (int attempt = 0;; ++attempt) {
        Diagnostics local;
        Node root;
        Reader reader(bytes, options, path, &local);
        const std::optional<ReadError> error = reader.run(root);
        if (error && options.plainColonValues && error->code == u"yaml-key" &&
            attempt < kMaxRetries) {
            if (std::optional<QByteArray> fixed = quotePlainValue(bytes, error->line)) {
                if (diagnostics)
                    diagnostics->append(
                        Diagnostic{path, error->line + options.firstLine, 0,
                                   QStringLiteral("yaml-plain-colon"),
                                   Tr::tr("a value holding \": \" should be quoted; read as text"),
                                   Diagnostic::Severity::Info});
                bytes = std::move(*fixed);
                continue;
            }
        }
        if (error && error->line > 0) {
            // libyaml reads ahead, so a key just above the error may not have been handed
            // over yet; the lines before the error, read on their own, usually hold it.
            const QByteArray prefix = bytes.left(lineStart(bytes, error->line));
            Node salvaged;
            Reader again(prefix, options, path, nullptr);
            if (!again.run(salvaged) && !salvaged.isNull())
                root = std::move(salvaged);
        }
        if (diagnostics) {
            diagnostics->append(local);
            if (error)
                diagnostics->append(Diagnostic{path, error->line + options.firstLine,
                                               error->column + 1, error->code, error->message,
                                               Diagnostic::Severity::Warning});
        }
        return root;
    }
}

Node parse(const QString& text, const QString& path, Diagnostics* diagnostics,
           const Options& options)
{
    return parse(QByteArrayView(text.toUtf8()), path, diagnostics, options);
}

} // namespace pwb::yaml
