// SPDX-License-Identifier: MIT
#include "coveragelineprovider.h"

namespace pwb {

CoverageLineProvider::CoverageLineProvider(CoverageModel* model, QObject* parent)
    : LineCoverageProvider(parent)
    , m_model(model)
{
    if (model) {
        connect(model, &CoverageModel::coverageChanged, this,
                &LineCoverageProvider::coverageChanged);
        // The model going away takes its numbers with it.
        connect(model, &QObject::destroyed, this, &LineCoverageProvider::coverageChanged);
    }
}

QHash<int, int> CoverageLineProvider::lineHits(const QString& relativePath) const
{
    return m_model ? m_model->lineHits(relativePath) : QHash<int, int>();
}

QString CoverageLineProvider::lineSource(const QString& relativePath) const
{
    return m_model ? m_model->lineSource(relativePath) : QString();
}

} // namespace pwb
