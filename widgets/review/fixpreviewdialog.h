// SPDX-License-Identifier: MIT
// Shows a finding's mechanical fix as a coloured unified diff before it is applied.
#pragma once

#include "review/finding.h"

#include <QDialog>

class QPlainTextEdit;

namespace pwb {

class FixPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    FixPreviewDialog(const Finding& finding, const QString& diff, QWidget* parent = nullptr);
    QPlainTextEdit* diffView() const { return m_diff; }

private:
    QPlainTextEdit* m_diff;
};

} // namespace pwb
