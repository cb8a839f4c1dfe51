// SPDX-License-Identifier: MIT
// The hook through which coverage reaches the editor gutter: hits per line of a file.
// A coverage model (or an adapter on it) implements it; the editor only reads.
#pragma once

#include <QHash>
#include <QObject>

namespace pwb {

class LineCoverageProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Project-relative path -> { 1-based line: hit count }. A line with 0 was executable and
    // missed; a line not in the map is not executable. Empty when the file has no data.
    virtual QHash<int, int> lineHits(const QString& relativePath) const = 0;
    // Where those hits come from, for the gutter's tooltip ("apps/shop/lcov.info").
    virtual QString lineSource(const QString& relativePath) const
    {
        Q_UNUSED(relativePath);
        return {};
    }

signals:
    // Coverage data changed (a new run landed): editors ask again.
    void coverageChanged();
};

// A provider filled by hand: for tests, demos and importers that already hold the numbers.
class StaticCoverageProvider : public LineCoverageProvider
{
    Q_OBJECT
public:
    using LineCoverageProvider::LineCoverageProvider;

    void setLineHits(const QString& relativePath, const QHash<int, int>& hits)
    {
        m_hits.insert(relativePath, hits);
        emit coverageChanged();
    }
    void clear()
    {
        m_hits.clear();
        emit coverageChanged();
    }
    QHash<int, int> lineHits(const QString& relativePath) const override
    {
        return m_hits.value(relativePath);
    }

private:
    QHash<QString, QHash<int, int>> m_hits;
};

} // namespace pwb
