// SPDX-License-Identifier: MIT
// md4c turned into a stream of flat leaf blocks (headings, paragraphs, list items, code
// blocks, table cells) with their text, strong/code spans and source byte offsets, handed
// to a sink in document order. Blocks are recycled, so a large TRD costs no allocation per
// block once the first few have grown: the sink must copy what it keeps.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <algorithm>

namespace pwb {

struct TrdBlock
{
    struct Chunk
    {
        int textPos;
        qsizetype src;
    };
    enum Kind
    {
        Heading,
        Paragraph,
        Item,
        Code,
        Cell,
        Hr,
        RowEnd,
        TableEnd
    };
    Kind kind = Paragraph;
    int level = 0; // heading level; list depth for items
    bool isTask = false;
    bool headerCell = false;
    char mark = ' ';     // ' ', or 'x' / 'X' when ticked ("[✓]" and other signs: see signBox())
    char fence = 0;      // code blocks: '`' or '~' when fenced
    quint8 markSize = 1; // bytes of the mark at markOffset ("[✓]": 3)
    qsizetype markOffset = -1;
    qsizetype begin = -1;
    qsizetype end = -1;
    QByteArray text;
    QByteArray info; // code block language, lower case
    QList<Chunk> chunks;
    QList<QPair<int, int>> strong; // byte ranges in text
    QList<QPair<int, int>> code;
    QList<int> breaks; // text positions of soft/hard line breaks
    // A loose list item's text joins its paragraphs with a blank: where the first ended
    // (-1: one paragraph). Its later paragraphs describe the item, they do not name it.
    int paragraphEnd = -1;

    // Clears the block for reuse, keeping what it allocated.
    void reset(Kind k, int lvl);

    qsizetype srcOffset(int pos) const
    {
        if (chunks.isEmpty())
            return begin;
        auto it = std::upper_bound(chunks.cbegin(), chunks.cend(), pos,
                                   [](int p, const Chunk& c) { return p < c.textPos; });
        if (it == chunks.cbegin())
            return chunks.first().src;
        --it;
        return it->src + (pos - it->textPos);
    }
};

class TrdBlockSink
{
public:
    virtual ~TrdBlockSink() = default;
    // The sink may take b's contents (move from it); the reader resets b before reuse.
    virtual void block(TrdBlock& b) = 0;
};

namespace TrdBlockReader {
// Parses utf8 (tables, task lists, strikethrough; no raw HTML spans) and hands every leaf
// block to sink in the order the blocks begin in the document. Returns md4c's result
// (0 when it parsed to the end).
int parse(const QByteArray& utf8, TrdBlockSink& sink);

// The same, with md4c on a thread of its own while the sink works on the calling thread,
// blocks passing between them in batches. Same blocks, same order, same result; worth it
// for large documents on a machine with a core to spare.
int parsePipelined(const QByteArray& utf8, TrdBlockSink& sink);
} // namespace TrdBlockReader

} // namespace pwb
