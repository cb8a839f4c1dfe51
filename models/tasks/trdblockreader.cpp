// SPDX-License-Identifier: MIT
#include "trdblockreader.h"

#include <md4c.h>

#include <bit>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace pwb {

void TrdBlock::reset(Kind k, int lvl)
{
    kind = k;
    level = lvl;
    isTask = false;
    headerCell = false;
    mark = ' ';
    fence = 0;
    markSize = 1;
    markOffset = -1;
    paragraphEnd = -1;
    begin = -1;
    end = -1;
    // resize(0)/clear() on Qt 6 containers keep their capacity when not shared; most lists
    // are empty already, and the test is inline where the calls are not.
    if (!text.isEmpty())
        text.resize(0);
    if (!info.isEmpty())
        info.resize(0);
    if (!chunks.isEmpty())
        chunks.clear();
    if (!strong.isEmpty())
        strong.clear();
    if (!code.isEmpty())
        code.clear();
    if (!breaks.isEmpty())
        breaks.clear();
}

namespace {

// Blocks wait in a ring of slots (document order) until they and every block before them
// are closed; an open list item holds back the items nested in it, so the sink still sees
// the outer item first, as the document reads. Slots are reused in place, keeping what
// their buffers allocated.
struct Reader
{
    struct Slot
    {
        TrdBlock block;
        bool closed = false;
    };
    struct Open
    {
        qint64 id; // block id, or -1 for containers
        bool owns; // this entry's leave closes the block
    };

    const char* base = nullptr;
    qsizetype size = 0;
    TrdBlockSink* sink = nullptr;
    std::vector<Slot> ring = std::vector<Slot>(16); // size: a power of two
    // Closed blocks wait until this many are waiting, then go to the sink in one run (see
    // TrdBlockReader::parse); 0: each as soon as it and those before it are closed.
    size_t hold = 0;
    size_t head = 0;                                // slot of the oldest waiting block
    size_t count = 0;                               // blocks waiting
    qint64 frontId = 0;                             // id of the oldest waiting block
    // The open blocks, innermost last: a vector used up to `depth`, so a push is a store and
    // not std::vector's out-of-line emplace (one per md4c block, a few percent of a parse).
    std::vector<Open> stack = std::vector<Open>(32);
    size_t depth = 0;
    // The block the innermost open entry writes to (null for containers): every text and
    // span callback wants it, and finding it in the ring each time showed in profiles.
    TrdBlock* cur = nullptr;
    std::vector<int> strongStart;
    int codeStart = -1;
    int listDepth = 0;

    Slot& slot(qint64 id) { return ring[(head + size_t(id - frontId)) & (ring.size() - 1)]; }
    TrdBlock& at(qint64 id) { return slot(id).block; }

    qint64 current() const { return depth == 0 ? -1 : stack[depth - 1].id; }
    void updateCur()
    {
        const qint64 id = current();
        cur = id >= 0 ? &at(id) : nullptr;
    }

    void push(qint64 id, bool owns)
    {
        if (depth == stack.size())
            stack.resize(stack.size() * 2);
        stack[depth++] = Open{id, owns};
        cur = id >= 0 ? &at(id) : nullptr;
    }

    qint64 add(TrdBlock::Kind kind, int level = 0, bool closed = false)
    {
        if (count == ring.size()) { // deep nesting: grow, oldest first
            std::vector<Slot> bigger(ring.size() * 2);
            for (size_t i = 0; i < count; ++i)
                bigger[i] = std::move(ring[(head + i) & (ring.size() - 1)]);
            ring = std::move(bigger);
            head = 0;
            updateCur(); // the slots moved
        }
        Slot& s = ring[(head + count) & (ring.size() - 1)];
        s.block.reset(kind, level);
        s.closed = closed;
        ++count;
        return frontId + qint64(count) - 1;
    }

    void close(qint64 id)
    {
        if (id >= frontId)
            slot(id).closed = true;
        flush(false);
    }

    void flush(bool all)
    {
        if (!all && count < hold)
            return;
        while (count > 0 && (all || ring[head].closed)) {
            sink->block(ring[head].block);
            head = (head + 1) & (ring.size() - 1);
            --count;
            ++frontId;
        }
    }

    bool inInput(const char* p, qsizetype n) const
    {
        const auto a = reinterpret_cast<quintptr>(p);
        const auto lo = reinterpret_cast<quintptr>(base);
        return a >= lo && a + quintptr(n) <= lo + quintptr(size);
    }
};

int enterBlock(MD_BLOCKTYPE type, void* detail, void* userdata)
{
    auto* r = static_cast<Reader*>(userdata);
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        ++r->listDepth;
        r->push(-1, false);
        break;
    case MD_BLOCK_LI: {
        const qint64 i = r->add(TrdBlock::Item, r->listDepth);
        r->push(i, true);
        const auto* d = static_cast<const MD_BLOCK_LI_DETAIL*>(detail);
        if (d && d->is_task) {
            TrdBlock& b = *r->cur;
            b.isTask = true;
            b.mark = d->task_mark;
            b.markOffset = qsizetype(d->task_mark_offset);
        }
        break;
    }
    case MD_BLOCK_P: {
        if (r->cur && r->cur->kind == TrdBlock::Item) {
            // A loose list item's paragraphs are the item's text.
            TrdBlock& item = *r->cur;
            if (!item.text.isEmpty()) {
                if (item.paragraphEnd < 0)
                    item.paragraphEnd = int(item.text.size());
                item.text.append(' ');
            }
            r->push(r->current(), false);
        } else {
            r->push(r->add(TrdBlock::Paragraph), true);
        }
        break;
    }
    case MD_BLOCK_H:
        r->push(
            r->add(TrdBlock::Heading, int(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level)),
            true);
        break;
    case MD_BLOCK_CODE: {
        r->push(r->add(TrdBlock::Code), true);
        const auto* d = static_cast<const MD_BLOCK_CODE_DETAIL*>(detail);
        if (d && d->lang.text)
            r->cur->info = QByteArray(d->lang.text, qsizetype(d->lang.size)).toLower();
        if (d)
            r->cur->fence = char(d->fence_char);
        break;
    }
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        r->push(r->add(TrdBlock::Cell), true);
        r->cur->headerCell = type == MD_BLOCK_TH;
        break;
    case MD_BLOCK_HR:
        r->add(TrdBlock::Hr, 0, true);
        r->push(-1, false);
        break;
    default: // document, quote, html, table, thead, tbody, tr
        r->push(-1, false);
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* userdata)
{
    auto* r = static_cast<Reader*>(userdata);
    if (type == MD_BLOCK_UL || type == MD_BLOCK_OL)
        --r->listDepth;
    else if (type == MD_BLOCK_TR)
        r->add(TrdBlock::RowEnd, 0, true);
    else if (type == MD_BLOCK_TABLE)
        r->add(TrdBlock::TableEnd, 0, true);
    if (r->depth > 0) {
        const Reader::Open top = r->stack[--r->depth];
        r->updateCur();
        if (top.owns)
            r->close(top.id);
        else
            r->flush(false);
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void*, void* userdata)
{
    auto* r = static_cast<Reader*>(userdata);
    if (!r->cur)
        return 0;
    if (type == MD_SPAN_STRONG)
        r->strongStart.push_back(int(r->cur->text.size()));
    else if (type == MD_SPAN_CODE)
        r->codeStart = int(r->cur->text.size());
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void*, void* userdata)
{
    auto* r = static_cast<Reader*>(userdata);
    if (!r->cur)
        return 0;
    TrdBlock& b = *r->cur;
    if (type == MD_SPAN_STRONG && !r->strongStart.empty()) {
        b.strong.append({r->strongStart.back(), int(b.text.size())});
        r->strongStart.pop_back();
    } else if (type == MD_SPAN_CODE && r->codeStart >= 0) {
        b.code.append({r->codeStart, int(b.text.size())});
        r->codeStart = -1;
    }
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata)
{
    auto* r = static_cast<Reader*>(userdata);
    if (!r->cur)
        return 0;
    TrdBlock& b = *r->cur;
    switch (type) {
    case MD_TEXT_SOFTBR:
    case MD_TEXT_BR:
        b.breaks.append(int(b.text.size()));
        b.text.append(' ');
        return 0;
    case MD_TEXT_NULLCHAR:
        b.text.append("\xEF\xBF\xBD");
        return 0;
    default:
        break;
    }
    const qsizetype n = qsizetype(size);
    if (r->inInput(text, n)) {
        const qsizetype src = text - r->base;
        // Most texts continue the last chunk in the source (constLast: no detach check).
        if (b.chunks.isEmpty() ||
            b.chunks.constLast().src + (b.text.size() - b.chunks.constLast().textPos) != src)
            b.chunks.append(TrdBlock::Chunk{int(b.text.size()), src});
        if (b.begin < 0)
            b.begin = src;
        b.end = std::max(b.end, src + n);
    }
    // resize() keeps (and grows geometrically) the recycled buffer; append() would take
    // QByteArray::insert's general path for each of md4c's many short texts.
    const qsizetype old = b.text.size();
    b.text.resize(old + n);
    std::memcpy(b.text.data() + old, text, size_t(n));
    return 0;
}

} // namespace

namespace TrdBlockReader {

namespace {

int parseWith(const QByteArray& utf8, TrdBlockSink& sink, size_t hold)
{
    Reader r;
    r.base = utf8.constData();
    r.size = utf8.size();
    r.sink = &sink;
    if (hold > 0) {
        r.ring.resize(std::bit_ceil(2 * hold));
        r.hold = hold;
    }
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTMLSPANS;
    parser.enter_block = &enterBlock;
    parser.leave_block = &leaveBlock;
    parser.enter_span = &enterSpan;
    parser.leave_span = &leaveSpan;
    parser.text = &onText;
    const int rc = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &r);
    r.flush(true); // whatever an early stop left open
    return rc;
}

} // namespace

// md4c and the sink take turns on one core. Handed over block by block, each evicted the
// other's code and branch history from the caches at every block: a plan of checklists
// missed the instruction cache 15 million times in two parses, where md4c alone misses a
// few thousand times. Blocks handed over in runs of a hundred keep each side's code warm
// for the whole run.
int parse(const QByteArray& utf8, TrdBlockSink& sink)
{
    return parseWith(utf8, sink, 128);
}

namespace {

// Carries blocks from the md4c thread to the sink's thread. The reader's slot gets a block
// the consumer has finished with, so buffers circulate instead of being allocated anew.
class Pipe : public TrdBlockSink
{
public:
    static constexpr size_t batchSize = 256;
    static constexpr size_t maxBatches = 8;

    // md4c thread
    void block(TrdBlock& b) override
    {
        m_batch.push_back(std::move(b));
        if (m_local.empty()) {
            const std::lock_guard lock(m_mutex);
            m_local.swap(m_free);
        }
        if (!m_local.empty()) {
            b = std::move(m_local.back());
            m_local.pop_back();
        }
        if (m_batch.size() >= batchSize)
            push(false);
    }
    void finish(int rc)
    {
        m_rc = rc;
        push(true);
    }

    // sink thread: feeds sink until the reader is done; returns md4c's result.
    int drain(TrdBlockSink& sink)
    {
        std::vector<TrdBlock> batch;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                if (!batch.empty() && m_free.size() < 2 * maxBatches * batchSize) {
                    for (TrdBlock& b : batch)
                        m_free.push_back(std::move(b));
                }
                batch.clear();
                m_ready.wait(lock, [this] { return !m_full.empty() || m_done; });
                if (m_full.empty())
                    return m_rc;
                batch = std::move(m_full.front());
                m_full.pop_front();
            }
            m_room.notify_one();
            for (TrdBlock& b : batch)
                sink.block(b);
        }
    }

private:
    void push(bool last)
    {
        {
            // A bounded queue: a reader that runs ahead would allocate fresh blocks for the
            // whole document instead of reusing the ones the sink has finished with.
            std::unique_lock lock(m_mutex);
            m_room.wait(lock, [this] { return m_full.size() < maxBatches; });
            if (!m_batch.empty())
                m_full.push_back(std::move(m_batch));
            if (last)
                m_done = true;
        }
        m_batch = {};
        m_batch.reserve(batchSize);
        m_ready.notify_one();
    }

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    std::deque<std::vector<TrdBlock>> m_full; // guarded
    std::vector<TrdBlock> m_free;             // guarded
    bool m_done = false;                      // guarded
    int m_rc = 0;                             // written before m_done under the lock
    std::vector<TrdBlock> m_batch;            // md4c thread only
    std::vector<TrdBlock> m_local;            // md4c thread only
};

} // namespace

int parsePipelined(const QByteArray& utf8, TrdBlockSink& sink)
{
    Pipe pipe;
    std::thread reader([&] { pipe.finish(parseWith(utf8, pipe, 0)); });
    const int rc = pipe.drain(sink);
    reader.join();
    return rc;
}

} // namespace TrdBlockReader

} // namespace pwb
