// SPDX-License-Identifier: MIT
// One failure, readable: category and hint, ExUnit's own text, left/right coloured where
// they differ, and the stack trace with every project frame a link to the editor.
#pragma once

#include "testing/testevent.h"

#include <QTextBrowser>

namespace pwb {

class FailurePanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit FailurePanel(QWidget* parent = nullptr);

    void showTest(const TestResult* test); // nullptr: the hint for an empty selection
    // Files that exist in the project: only their frames become links.
    void setProjectFiles(const QSet<QString>& files) { m_files = files; }
    QString currentKey() const { return m_key; }
    // Links in the current page, as "path:line" (for tests and keyboard users).
    QStringList frameLinks() const { return m_links; }

    // The HTML for two values with their differing middle marked (used by showTest).
    static QString diffHtml(const QString& left, const QString& right, bool dark);

signals:
    void openFileRequested(const QString& relativePath, int line);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString frameHtml(const StackFrame& f);

    const TestResult* m_test = nullptr;
    TestResult m_copy;
    QString m_key;
    QSet<QString> m_files;
    QStringList m_links;
};

} // namespace pwb
