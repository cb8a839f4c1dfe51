// SPDX-License-Identifier: MIT
// Feeds the editor gutter from the Tests view's CoverageModel: a file's line hits and where
// they come from, asked again whenever a run or a coverage file brings new numbers.
#pragma once

#include "editor/linecoverageprovider.h"
#include "testing/coveragemodel.h"

#include <QPointer>

namespace pwb {

class CoverageLineProvider : public LineCoverageProvider
{
    Q_OBJECT
public:
    explicit CoverageLineProvider(CoverageModel* model, QObject* parent = nullptr);

    CoverageModel* model() const { return m_model; }
    QHash<int, int> lineHits(const QString& relativePath) const override;
    QString lineSource(const QString& relativePath) const override;

private:
    QPointer<CoverageModel> m_model;
};

} // namespace pwb
