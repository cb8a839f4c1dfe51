// SPDX-License-Identifier: MIT
#include "codeeditor.h"

#include "core/projectfile.h"
#include "core/whendone.h"

#include "highlighting.h"
#include "linecoverageprovider.h"
#include "linenumberarea.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QToolTip>
#include <QtConcurrent>

#include <algorithm>
#include <memory>

namespace pwb {

namespace {

// A document built on a worker thread; deleted later unless the editor adopts it.
struct LoadResult
{
    // The text in pieces that end at a line break, inserted one per turn of the event loop.
    QStringList chunks;
    int lines = 0;
    QString error;
    QDateTime modified;
    qint64 size = -1;
};

struct SaveResult
{
    CodeEditor::SaveStatus status = CodeEditor::SaveStatus::Failed;
    QString message;
    QDateTime modified;
    qint64 size = -1;
};

int severityRank(EditorAnnotation::Severity s)
{
    return int(s); // High = 0 is the worst
}

QString htmlEscape(const QString& s)
{
    return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// The folder the file must stay in: the project root when the relative path says where the
// file sits in it, else the file's own folder.
QString rootOf(const QString& absolutePath, const QString& relativePath)
{
    const QString clean = QDir::cleanPath(absolutePath);
    const QString rel = QDir::cleanPath(relativePath);
    if (!relativePath.isEmpty() && !QDir::isAbsolutePath(rel) && clean.endsWith(u'/' + rel))
        return clean.left(clean.size() - rel.size() - 1);
    return QFileInfo(clean).absolutePath();
}

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberArea(this))
{
    // Only the family is ours: the size comes from the parent, so presentation mode and
    // the view's zoom (font scaling of the widget tree) reach the editor too.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont family;
    family.setFamilies(fixed.families());
    family.setStyleHint(QFont::Monospace);
    family.setFixedPitch(true);
    setFont(family);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
    viewport()->setMouseTracking(true);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this,
            &CodeEditor::scheduleExtraSelections);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &CodeEditor::scheduleExtraSelections);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return; // finishLoading() does it once
        if (!m_searchPattern.isEmpty())
            recomputeSearch();
        scheduleExtraSelections();
        // Markers follow edits, at most a few times a second (the lexer reads the file).
        if (m_testProvider && !m_testMarkersQueued) {
            m_testMarkersQueued = true;
            QTimer::singleShot(300, this, &CodeEditor::refreshTestMarkers);
        }
    });
    m_colors = EditorColors::fromPalette(palette());
    updateGutterWidth();
    refreshExtraSelections();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::openFile(const QString& absolutePath, const QString& relativePath)
{
    m_path = absolutePath;
    m_relativePath = relativePath.isEmpty() ? QFileInfo(absolutePath).fileName() : relativePath;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_loadingLines = 0;
    setReadOnly(true);
    setPlaceholderText(tr("Loading %1…").arg(absolutePath));
    clear();
    document()->setModified(false);
    auto job = [absolutePath, root = rootOf(absolutePath, relativePath)] {
        LoadResult r;
        // A project file: regular, inside the project, capped by bytes read.
        const ProjectFile::Result f = ProjectFile::read(root, absolutePath, kMaxFileBytes);
        if (f.status == ProjectFile::Status::TooLarge) {
            r.error = tr("%1 is larger than the editor opens (%2 MiB)")
                          .arg(absolutePath)
                          .arg(kMaxFileBytes / (1024 * 1024));
            return r;
        }
        if (!f.ok()) {
            r.error = tr("%1: %2").arg(absolutePath, f.error);
            return r;
        }
        const QFileInfo fi(f.realPath);
        r.modified = fi.lastModified();
        r.size = f.bytes.size();
        r.lines = int(f.bytes.count('\n')) + 1;
        const QString text = QString::fromUtf8(f.bytes);
        // Pieces of about kLoadChunkChars that end just after a '\n', so a "\r\n" is never
        // split and each piece inserts whole lines.
        for (qsizetype from = 0; from < text.size();) {
            qsizetype to = qMin(text.size(), from + kLoadChunkChars);
            if (to < text.size()) {
                const qsizetype nl = text.indexOf(u'\n', to);
                to = nl < 0 ? text.size() : nl + 1;
            }
            r.chunks.append(text.mid(from, to - from));
            from = to;
        }
        return r;
    };
    whenDone(this, QtConcurrent::run(job), [this, generation](const LoadResult& r) {
        if (generation != m_generation)
            return;
        if (!r.error.isEmpty()) {
            m_loading = false;
            setReadOnly(false);
            setPlaceholderText(QString());
            emit loadFailed(r.error);
            return;
        }
        // A fresh document: setDocument deletes the editor's built-in one itself; one we
        // adopted earlier (parented to us) is ours to delete.
        auto* doc = new QTextDocument(this);
        doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
        doc->setDefaultFont(font());
        QTextOption option = doc->defaultTextOption();
        option.setWrapMode(QTextOption::NoWrap);
        option.setTabStopDistance(tabStopDistance());
        doc->setDefaultTextOption(option);
        doc->setUndoRedoEnabled(false);
        const QPointer<QTextDocument> old = document();
        m_large = r.size >= kLargeFileBytes;
        m_diskTime = r.modified;
        m_diskSize = r.size;
        // The gutter is as wide as the whole file needs from the start: a width change
        // mid-load would relayout every line already there.
        m_loadingLines = r.lines;
        setDocument(doc);
        if (old && old->parent() == this)
            old->deleteLater();
        updateGutterWidth();
        insertChunk(generation, r.chunks, 0);
    });
}

void CodeEditor::insertChunk(quint64 generation, const QStringList& chunks, int index)
{
    if (generation != m_generation)
        return;
    // One piece per turn of the event loop: setPlainText of 10 MiB blocked the GUI for a
    // second, adopting a document built on a worker still for 150-200 ms (its layout walks
    // every line on the GUI thread). Appending is what QPlainTextEdit does cheaply.
    if (index < chunks.size()) {
        QTextCursor c(document());
        c.movePosition(QTextCursor::End);
        c.insertText(chunks.at(index));
        if (index + 1 < chunks.size()) {
            QTimer::singleShot(0, this, [this, generation, chunks, index] {
                insertChunk(generation, chunks, index + 1);
            });
            return;
        }
    }
    finishLoading();
}

void CodeEditor::finishLoading()
{
    QTextDocument* doc = document();
    doc->setUndoRedoEnabled(true);
    doc->setModified(false);
    m_loading = false;
    m_loadingLines = 0;
    setReadOnly(false);
    setPlaceholderText(QString());
    moveCursor(QTextCursor::Start);
    attachHighlighter();
    placeAnnotations();
    recomputeSearch();
    updateGutterWidth();
    if (m_pendingLine > 0)
        goToLine(m_pendingLine, m_pendingColumn);
    m_pendingLine = 0;
    refreshExtraSelections();
    refreshTestMarkers();
    emit loaded();
}

void CodeEditor::attachHighlighter()
{
    delete m_highlighter;
    m_colors = EditorColors::fromPalette(palette());
    if (m_large)
        return;
    m_highlighter = Highlighting::create(document(), m_relativePath, palette(), &m_colors);
}

void CodeEditor::applyTheme()
{
    if (m_inThemeChange)
        return;
    m_inThemeChange = true;
    m_colors = EditorColors::fromPalette(palette());
    if (m_highlighter)
        Highlighting::applyPalette(m_highlighter, palette(), &m_colors);
    refreshExtraSelections();
    m_gutter->update();
    viewport()->update();
    m_inThemeChange = false;
}

void CodeEditor::goToLine(int line, int column)
{
    if (m_loading) {
        m_pendingLine = line; // applied when the text lands
        m_pendingColumn = column;
        return;
    }
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, blockCount() - 1));
    QTextCursor c(block);
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                   qBound(0, column - 1, qMax(0, block.length() - 1)));
    setTextCursor(c);
    centerCursor();
}

void CodeEditor::save(bool overwrite)
{
    if (m_path.isEmpty() || m_saving || m_loading)
        return;
    m_saving = true;
    const QString text = toPlainText();
    const QByteArray bytes = text.toUtf8();
    auto job = [path = m_path, root = rootOf(m_path, m_relativePath), bytes, overwrite,
                knownTime = m_diskTime, knownSize = m_diskSize] {
        SaveResult r;
        const QFileInfo fi(path);
        if (!overwrite && fi.exists() && knownSize >= 0 &&
            (fi.lastModified() != knownTime || fi.size() != knownSize)) {
            r.status = SaveStatus::Conflict;
            r.message = tr("%1 changed on disk since it was opened.").arg(path);
            return r;
        }
        // Never through a link leaving the project; a read-only file stays read-only.
        const ProjectFile::Result w = ProjectFile::write(root, path, bytes);
        if (!w.ok()) {
            r.message = tr("Cannot save %1: %2").arg(path, w.error);
            return r;
        }
        const QFileInfo saved(path);
        r.status = SaveStatus::Saved;
        r.modified = saved.lastModified();
        r.size = saved.size();
        r.message = tr("Saved %1").arg(path);
        return r;
    };
    whenDone(this, QtConcurrent::run(job), [this, text](const SaveResult& r) {
        m_saving = false;
        if (r.status == SaveStatus::Saved) {
            m_diskTime = r.modified;
            m_diskSize = r.size;
            if (toPlainText() == text) // not edited while saving
                document()->setModified(false);
        }
        emit saveFinished(r.status, r.message);
    });
}

// ---- annotations -------------------------------------------------------------------------

void CodeEditor::setAnnotations(const EditorAnnotations& annotations)
{
    m_rawAnnotations = annotations;
    placeAnnotations();
}

void CodeEditor::placeAnnotations()
{
    m_placed.clear();
    if (m_loading)
        return;
    QTextDocument* doc = document();
    for (const EditorAnnotation& a : std::as_const(m_rawAnnotations)) {
        const QTextBlock block = doc->findBlockByNumber(a.line - 1);
        if (!block.isValid())
            continue;
        const QString text = block.text();
        int startCol;
        int endPos;
        if (a.column <= 0) {
            startCol = int(text.size() - QStringView(text).trimmed().size() == 0
                               ? 0
                               : text.indexOf(QStringView(text).trimmed()));
            endPos = block.position() + int(text.size());
        } else {
            startCol = qBound(0, a.column - 1, int(text.size()));
            const int endLine = a.endLine > 0 ? a.endLine : a.line;
            const QTextBlock endBlock = doc->findBlockByNumber(endLine - 1);
            if (a.endColumn > 0 && endBlock.isValid()) {
                endPos =
                    endBlock.position() + qBound(0, a.endColumn - 1, int(endBlock.text().size()));
            } else {
                // no end given: the word (or symbol run) at the column
                int e = startCol;
                while (e < text.size() && (text.at(e).isLetterOrNumber() || text.at(e) == u'_' ||
                                           text.at(e) == u'.' || text.at(e) == u':'))
                    ++e;
                if (e == startCol)
                    e = int(text.size());
                endPos = block.position() + e;
            }
        }
        QTextCursor c(doc);
        c.setPosition(block.position() + startCol);
        c.setPosition(qMax(endPos, block.position() + startCol), QTextCursor::KeepAnchor);
        m_placed.append({a, c});
    }
    std::stable_sort(m_placed.begin(), m_placed.end(), [](const Placed& x, const Placed& y) {
        return x.span.selectionStart() < y.span.selectionStart();
    });
    refreshExtraSelections();
    m_gutter->update();
    viewport()->update();
}

EditorAnnotations CodeEditor::annotations() const
{
    return m_rawAnnotations;
}

EditorAnnotations CodeEditor::annotationsOnLine(int line) const
{
    EditorAnnotations out;
    for (const Placed& p : m_placed) {
        if (p.span.document()->findBlock(p.span.selectionStart()).blockNumber() + 1 == line)
            out << p.annotation;
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return out;
}

QTextCursor CodeEditor::annotationCursor(const QString& id) const
{
    for (const Placed& p : m_placed) {
        if (p.annotation.id == id)
            return p.span;
    }
    return {};
}

QString CodeEditor::goToNextAnnotation(bool forward)
{
    if (m_placed.isEmpty())
        return {};
    const int pos = textCursor().selectionStart();
    const Placed* target = nullptr;
    if (forward) {
        for (const Placed& p : m_placed) {
            if (p.span.selectionStart() > pos) {
                target = &p;
                break;
            }
        }
        if (!target)
            target = &m_placed.first();
    } else {
        for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it) {
            if (it->span.selectionStart() < pos) {
                target = &*it;
                break;
            }
        }
        if (!target)
            target = &m_placed.last();
    }
    QTextCursor c(document());
    c.setPosition(target->span.selectionStart());
    setTextCursor(c);
    centerCursor();
    return target->annotation.id;
}

void CodeEditor::setBlameLookup(std::function<QString(int)> lookup)
{
    m_blameLookup = std::move(lookup);
}

QString CodeEditor::lineToolTip(int line) const
{
    QStringList parts;
    for (const EditorAnnotation& a : annotationsOnLine(line)) {
        const QColor c = m_colors.severity(a.severity);
        QString s =
            QStringLiteral("<p><b style='color:%1'>%2</b> <code>%3</code>")
                .arg(c.name(), htmlEscape(a.rule.isEmpty() ? a.tool : a.rule), htmlEscape(a.tool));
        s += QStringLiteral("<br>") + htmlEscape(a.message);
        if (!a.why.isEmpty())
            s += QStringLiteral("<br><i>") + tr("Why: ") + QStringLiteral("</i>") +
                 htmlEscape(a.why);
        if (!a.fix.isEmpty())
            s += QStringLiteral("<br><i>") + tr("Fix: ") + QStringLiteral("</i>") +
                 htmlEscape(a.fix);
        if (a.hasMechanicalFix)
            s += QStringLiteral("<br>") + tr("A mechanical fix is available (Review ▸ Apply Fix).");
        parts << s + QStringLiteral("</p>");
    }
    if (const LineRange* r = m_changes.rangeAt(line)) {
        parts << QStringLiteral("<p>") +
                     (r->kind == LineRange::Kind::Added ? tr("Added on this branch")
                                                        : tr("Modified on this branch")) +
                     QStringLiteral("</p>");
    }
    if (m_coverage.contains(line)) {
        const int hits = m_coverage.value(line);
        parts << QStringLiteral("<p>") +
                     (hits > 0 ? tr("Covered: %n hit(s)", nullptr, hits) : tr("Not covered")) +
                     (m_coverageSource.isEmpty()
                          ? QString()
                          : QStringLiteral(" <span style='color:gray'>") +
                                tr("(from %1)").arg(htmlEscape(m_coverageSource)) +
                                QStringLiteral("</span>")) +
                     QStringLiteral("</p>");
    }
    if (m_blameLookup && !parts.isEmpty()) {
        const QString blame = m_blameLookup(line);
        if (!blame.isEmpty())
            parts << QStringLiteral("<p style='color:gray'>") + htmlEscape(blame) +
                         QStringLiteral("</p>");
    }
    return parts.join(QString());
}

// ---- git and coverage ----------------------------------------------------------------------

void CodeEditor::setLineChanges(const FileChanges& changes)
{
    m_changes = changes;
    m_gutter->update();
}

void CodeEditor::setCoverageProvider(LineCoverageProvider* provider)
{
    if (m_coverageProvider)
        disconnect(m_coverageProvider, nullptr, this, nullptr);
    m_coverageProvider = provider;
    if (provider)
        connect(provider, &LineCoverageProvider::coverageChanged, this,
                &CodeEditor::refreshCoverage);
    refreshCoverage();
}

void CodeEditor::refreshCoverage()
{
    m_coverage =
        m_coverageProvider ? m_coverageProvider->lineHits(m_relativePath) : QHash<int, int>();
    m_coverageSource =
        m_coverage.isEmpty() ? QString() : m_coverageProvider->lineSource(m_relativePath);
    updateGutterWidth();
    m_gutter->update();
}

// ---- tests -------------------------------------------------------------------------------

void CodeEditor::setTestMarkerProvider(TestMarkerProvider* provider)
{
    if (m_testProvider)
        disconnect(m_testProvider, nullptr, this, nullptr);
    m_testProvider = provider;
    if (provider)
        connect(provider, &TestMarkerProvider::markersChanged, this,
                &CodeEditor::refreshTestMarkers);
    refreshTestMarkers();
}

void CodeEditor::refreshTestMarkers()
{
    m_testMarkersQueued = false;
    const bool had = !m_testMarkers.isEmpty();
    m_testMarkers = m_testProvider && !m_loading && !m_large
                        ? m_testProvider->testMarkers(m_relativePath, toPlainText())
                        : QList<EditorTestMarker>();
    if (had != !m_testMarkers.isEmpty())
        updateGutterWidth();
    m_gutter->update();
    viewport()->update();
}

const EditorTestMarker* CodeEditor::testMarkerAt(int line) const
{
    for (const EditorTestMarker& m : m_testMarkers)
        if (m.line == line)
            return &m;
    return nullptr;
}

const EditorTestMarker* CodeEditor::testMarkerAround(int line) const
{
    const EditorTestMarker* best = nullptr;
    for (const EditorTestMarker& m : m_testMarkers) {
        if (line < m.line || line > std::max(m.line, m.endLine))
            continue;
        // A test beats its describe; of two, the one starting later is the inner one.
        if (!best ||
            (m.kind == EditorTestMarker::Kind::Test &&
             best->kind == EditorTestMarker::Kind::Describe) ||
            (m.kind == best->kind && m.line > best->line))
            best = &m;
    }
    return best;
}

bool CodeEditor::runTestAt(int line)
{
    if (!m_testProvider || !testMarkerAt(line))
        return false;
    m_testProvider->runTest(m_relativePath, line);
    return true;
}

bool CodeEditor::runTestAtCursor()
{
    const EditorTestMarker* m = testMarkerAround(textCursor().blockNumber() + 1);
    return m && runTestAt(m->line);
}

void CodeEditor::gutterClicked(const QPoint& gutterPos)
{
    const GutterLayout g = gutterLayout();
    if (g.runX < 0 || gutterPos.x() < g.runX - 2 || gutterPos.x() > g.runX + fontMetrics().height())
        return;
    const QTextCursor c = cursorForPosition(QPoint(0, gutterPos.y()));
    runTestAt(c.blockNumber() + 1);
}

// ---- search --------------------------------------------------------------------------------

int CodeEditor::setSearch(const QString& pattern, bool regex, bool caseSensitive)
{
    m_searchPattern = pattern;
    m_searchRegex = regex;
    m_searchCase = caseSensitive;
    recomputeSearch();
    m_currentMatch = -1;
    const int pos = textCursor().selectionStart();
    for (int i = 0; i < m_matches.size(); ++i) {
        if (m_matches[i].first >= pos) {
            m_currentMatch = i;
            break;
        }
    }
    if (m_currentMatch < 0 && !m_matches.isEmpty())
        m_currentMatch = 0;
    refreshExtraSelections();
    emit searchChanged();
    return int(m_matches.size());
}

void CodeEditor::recomputeSearch()
{
    m_matches.clear();
    m_searchError.clear();
    if (m_searchPattern.isEmpty())
        return;
    static constexpr int kMaxMatches = 100000;
    const QString text = toPlainText();
    if (m_searchRegex) {
        QRegularExpression re(m_searchPattern, m_searchCase
                                                   ? QRegularExpression::NoPatternOption
                                                   : QRegularExpression::CaseInsensitiveOption);
        re.setPatternOptions(re.patternOptions() | QRegularExpression::MultilineOption);
        if (!re.isValid()) {
            m_searchError = re.errorString();
            return;
        }
        auto it = re.globalMatch(text);
        while (it.hasNext() && m_matches.size() < kMaxMatches) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                m_matches.append({int(m.capturedStart()), int(m.capturedLength())});
        }
    } else {
        const Qt::CaseSensitivity cs = m_searchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
        qsizetype from = 0;
        while (m_matches.size() < kMaxMatches) {
            const qsizetype i = text.indexOf(m_searchPattern, from, cs);
            if (i < 0)
                break;
            m_matches.append({int(i), int(m_searchPattern.size())});
            from = i + m_searchPattern.size();
        }
    }
    if (m_currentMatch >= m_matches.size())
        m_currentMatch = m_matches.isEmpty() ? -1 : 0;
}

bool CodeEditor::findNext(bool backward)
{
    if (m_matches.isEmpty())
        return false;
    const QTextCursor cur = textCursor();
    int index = -1;
    if (!backward) {
        const int pos = cur.selectionEnd();
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches[i].first >= pos) {
                index = i;
                break;
            }
        }
        if (index < 0)
            index = 0;
    } else {
        const int pos = cur.selectionStart();
        for (int i = int(m_matches.size()) - 1; i >= 0; --i) {
            if (m_matches[i].first < pos) {
                index = i;
                break;
            }
        }
        if (index < 0)
            index = int(m_matches.size()) - 1;
    }
    m_currentMatch = index;
    QTextCursor c(document());
    c.setPosition(m_matches[index].first);
    c.setPosition(m_matches[index].first + m_matches[index].second, QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
    emit searchChanged();
    return true;
}

bool CodeEditor::replaceCurrent(const QString& replacement)
{
    if (isReadOnly())
        return false;
    QTextCursor c = textCursor();
    const bool onMatch = std::any_of(m_matches.cbegin(), m_matches.cend(), [&](const auto& m) {
        return m.first == c.selectionStart() && m.first + m.second == c.selectionEnd();
    });
    if (!onMatch)
        return findNext();
    c.insertText(replacement);
    setTextCursor(c);
    findNext();
    return true;
}

int CodeEditor::replaceAll(const QString& replacement)
{
    if (isReadOnly() || m_matches.isEmpty())
        return 0;
    const auto matches = m_matches;
    QTextCursor c(document());
    c.beginEditBlock();
    // back to front, so earlier positions stay valid
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
        c.setPosition(it->first);
        c.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        c.insertText(replacement);
    }
    c.endEditBlock();
    recomputeSearch();
    refreshExtraSelections();
    emit searchChanged();
    return int(matches.size());
}

// ---- painting ------------------------------------------------------------------------------

QPair<int, int> CodeEditor::visibleRange() const
{
    const QTextBlock first = firstVisibleBlock();
    const QTextCursor last = cursorForPosition(QPoint(viewport()->width(), viewport()->height()));
    const QTextBlock lastBlock = last.block();
    return {first.position(), lastBlock.position() + lastBlock.length()};
}

void CodeEditor::scheduleExtraSelections()
{
    if (m_selectionsQueued)
        return;
    m_selectionsQueued = true;
    QTimer::singleShot(0, this, &CodeEditor::refreshExtraSelections);
}

void CodeEditor::refreshExtraSelections()
{
    m_selectionsQueued = false;
    QList<QTextEdit::ExtraSelection> sels;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(m_colors.currentLine);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    sels << line;

    const auto [from, to] = visibleRange();
    if (!m_matches.isEmpty()) {
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from,
                                   [](const QPair<int, int>& m, int pos) { return m.first < pos; });
        for (; it != m_matches.cend() && it->first <= to; ++it) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(document());
            s.cursor.setPosition(it->first);
            s.cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
            QColor bg = m_colors.searchMatch;
            if (it - m_matches.cbegin() != m_currentMatch)
                bg.setAlpha(150);
            s.format.setBackground(bg);
            sels << s;
        }
    }
    for (const Placed& p : std::as_const(m_placed)) {
        if (p.span.selectionEnd() < from || p.span.selectionStart() > to)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = p.span;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(m_colors.severity(p.annotation.severity));
        sels << s;
    }
    setExtraSelections(sels);
}

void CodeEditor::paintEvent(QPaintEvent* event)
{
    QPlainTextEdit::paintEvent(event);
    QHash<int, const EditorTestMarker*> failures; // failing line -> its test
    for (const EditorTestMarker& t : std::as_const(m_testMarkers))
        if (t.state == EditorTestMarker::State::Failed && t.failureLine > 0 &&
            t.kind == EditorTestMarker::Kind::Test)
            failures.insert(t.failureLine, &t);
    if (m_placed.isEmpty() && failures.isEmpty())
        return;
    // The first (worst) finding of each visible line, dimmed at the line's end.
    QPainter p(viewport());
    QFont lensFont = font();
    lensFont.setItalic(true);
    p.setFont(lensFont);
    const QFontMetrics fm(lensFont);
    QTextBlock block = firstVisibleBlock();
    const QPointF offset = contentOffset();
    while (block.isValid()) {
        const QRectF geo = blockBoundingGeometry(block).translated(offset);
        if (geo.top() > event->rect().bottom())
            break;
        if (block.isVisible() && geo.bottom() >= event->rect().top()) {
            const EditorAnnotations on = annotationsOnLine(block.blockNumber() + 1);
            if (const EditorTestMarker* t = failures.value(block.blockNumber() + 1)) {
                // The failed assertion, as the test explorer of ElixirLS shows it: at the
                // failing line, in the failure colour, before any finding.
                const QTextLayout* layout = block.layout();
                qreal x = geo.left() + document()->documentMargin();
                if (layout && layout->lineCount() > 0)
                    x += layout->lineAt(0).naturalTextWidth();
                x += fm.horizontalAdvance(QStringLiteral("    "));
                p.setPen(m_colors.high);
                const QString shown =
                    fm.elidedText(QStringLiteral("✗ ") + t->failureMessage, Qt::ElideRight,
                                  qMax(40, viewport()->width() - int(x) - 8));
                p.drawText(QPointF(x, geo.top() + fm.ascent() +
                                          (fontMetrics().height() - fm.height()) / 2.0),
                           shown);
            } else if (!on.isEmpty()) {
                const QTextLayout* layout = block.layout();
                qreal x = geo.left() + document()->documentMargin();
                if (layout && layout->lineCount() > 0)
                    x += layout->lineAt(0).naturalTextWidth();
                x += fm.horizontalAdvance(QStringLiteral("    "));
                QString text = on.first().message;
                if (on.size() > 1)
                    text += tr("  (+%1 more)").arg(on.size() - 1);
                QColor c = m_colors.severity(on.first().severity);
                c.setAlpha(m_colors.dark ? 150 : 170);
                p.setPen(c);
                const QString shown = fm.elidedText(QStringLiteral("■ ") + text, Qt::ElideRight,
                                                    qMax(40, viewport()->width() - int(x) - 8));
                p.drawText(QPointF(x, geo.top() + fm.ascent() +
                                          (fontMetrics().height() - fm.height()) / 2.0),
                           shown);
            }
        }
        block = block.next();
    }
}

bool CodeEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int line = cursorForPosition(help->pos()).blockNumber() + 1;
        const QString tip = annotationsOnLine(line).isEmpty() ? QString() : lineToolTip(line);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

CodeEditor::GutterLayout CodeEditor::gutterLayout() const
{
    int digits = 1;
    for (int max = qMax(qMax(1, blockCount()), m_loadingLines); max >= 10; max /= 10)
        ++digits;
    const int digitW = fontMetrics().horizontalAdvance(u'9');
    const int marker = fontMetrics().height();
    GutterLayout g;
    g.changeX = 0; // 3 px bar for git changes
    g.markerX = 5; // finding marker, one line high
    g.runX = m_testMarkers.isEmpty() ? -1 : g.markerX + marker + 2;
    g.numbersRight =
        (g.runX < 0 ? g.markerX + marker : g.runX + marker) + 4 + digitW * qMax(3, digits);
    g.coverageX = g.numbersRight + 4; // 4 px bar for coverage
    g.width = g.coverageX + (m_coverage.isEmpty() ? 2 : 8);
    return g;
}

int CodeEditor::lineNumberAreaWidth() const
{
    return gutterLayout().width;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodeEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
    scheduleExtraSelections();
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
        updateGutterWidth();
    }
}

void CodeEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), m_colors.gutterBackground);
    const GutterLayout g = gutterLayout();
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    const int lineH = fontMetrics().height();

    // worst severity per visible line
    QHash<int, EditorAnnotation::Severity> worst;
    for (const Placed& pl : std::as_const(m_placed)) {
        const int l = pl.span.block().blockNumber();
        if (!worst.contains(l) || severityRank(pl.annotation.severity) < severityRank(worst[l]))
            worst[l] = pl.annotation.severity;
    }
    p.setRenderHint(QPainter::Antialiasing);
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = number + 1;
            if (const LineRange* r = m_changes.rangeAt(line)) {
                p.fillRect(QRect(g.changeX, top, 3, bottom - top),
                           r->kind == LineRange::Kind::Added ? m_colors.added : m_colors.modified);
            }
            if (m_changes.deletedAfter.contains(line)) {
                p.setPen(Qt::NoPen);
                p.setBrush(m_colors.deleted);
                const QPolygon tri({QPoint(g.changeX, bottom - 3), QPoint(g.changeX + 5, bottom),
                                    QPoint(g.changeX, bottom + 3)});
                p.drawPolygon(tri);
            }
            if (worst.contains(number)) {
                const QColor c = m_colors.severity(worst.value(number));
                const int d = qMax(6, lineH - 6);
                const QRect r(g.markerX + (lineH - d) / 2, top + (lineH - d) / 2, d, d);
                p.setPen(Qt::NoPen);
                p.setBrush(c);
                switch (worst.value(number)) {
                case EditorAnnotation::Severity::High:
                    p.drawEllipse(r);
                    break;
                case EditorAnnotation::Severity::Medium:
                    p.drawPolygon(QPolygon(
                        {QPoint(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()}));
                    break;
                case EditorAnnotation::Severity::Low:
                    p.drawRect(r.adjusted(1, 1, -1, -1));
                    break;
                }
            }
            if (const EditorTestMarker* t = g.runX >= 0 ? testMarkerAt(line) : nullptr)
                paintTestMarker(&p, QRect(g.runX, top, lineH, lineH), *t);
            if (m_coverage.contains(line)) {
                p.fillRect(QRect(g.coverageX, top, 4, bottom - top),
                           m_coverage.value(line) > 0 ? m_colors.covered : m_colors.missed);
            }
            p.setPen(number == current ? m_colors.currentLineNumber : m_colors.lineNumber);
            p.drawText(0, top, g.numbersRight, lineH, Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeEditor::paintTestMarker(QPainter* p, const QRect& cell, const EditorTestMarker& t) const
{
    // A play triangle; its fill says how the test last went.
    QColor c;
    switch (t.state) {
    case EditorTestMarker::State::NotRun:
        c = m_colors.lineNumber;
        break;
    case EditorTestMarker::State::Running:
        c = m_colors.medium;
        break;
    case EditorTestMarker::State::Passed:
        c = m_colors.covered;
        break;
    case EditorTestMarker::State::Failed:
        c = m_colors.high;
        break;
    case EditorTestMarker::State::Skipped:
        c = m_colors.lineNumber;
        break;
    }
    const int d = qMax(6, cell.height() - 6);
    const QRect r(cell.left() + (cell.width() - d) / 2, cell.top() + (cell.height() - d) / 2, d, d);
    const QPolygon play({r.topLeft(), QPoint(r.right(), r.center().y()), r.bottomLeft()});
    p->setPen(QPen(c, 1.5));
    const bool filled =
        t.state != EditorTestMarker::State::NotRun && t.state != EditorTestMarker::State::Skipped;
    p->setBrush(filled ? QBrush(c) : Qt::NoBrush);
    if (t.kind == EditorTestMarker::Kind::Describe) {
        // Two stacked triangles: the whole block runs.
        p->drawPolygon(play.translated(-2, 0));
        p->drawPolygon(play.translated(2, 0));
    } else {
        p->drawPolygon(play);
    }
}

QString CodeEditor::gutterToolTip(const QPoint& gutterPos) const
{
    const QTextCursor c = cursorForPosition(QPoint(0, gutterPos.y()));
    const int line = c.blockNumber() + 1;
    const GutterLayout g = gutterLayout();
    if (const EditorTestMarker* t = testMarkerAt(line);
        t && g.runX >= 0 && gutterPos.x() >= g.runX - 2 &&
        gutterPos.x() <= g.runX + fontMetrics().height()) {
        static const char* const states[] = {QT_TR_NOOP("not run yet"), QT_TR_NOOP("running"),
                                             QT_TR_NOOP("passed"), QT_TR_NOOP("failed"),
                                             QT_TR_NOOP("skipped")};
        QString tip = (t->kind == EditorTestMarker::Kind::Test ? tr("Run test “%1” (F5)")
                                                               : tr("Run describe “%1” (F5)"))
                          .arg(t->name.toHtmlEscaped()) +
                      QStringLiteral("<br>") + tr("Last result: %1").arg(tr(states[int(t->state)]));
        if (!t->failureMessage.isEmpty())
            tip += QStringLiteral("<br>") + htmlEscape(t->failureMessage);
        return tip;
    }
    return lineToolTip(line);
}

} // namespace pwb
