// SPDX-License-Identifier: MIT
// The Tests view's side of the editor's run markers: which lines of a test file are tests
// (TestDefinitions, from the lexer), how they last went (the session's run model, a restored
// last run included) and running one through the Tests view (`mix test file:line`).
#pragma once

#include "editor/testmarkerprovider.h"

class QTimer;

namespace pwb {

class TestsPage;

class TestMarkerSource : public TestMarkerProvider
{
    Q_OBJECT
public:
    explicit TestMarkerSource(TestsPage* tests, QObject* parent = nullptr);

    QList<EditorTestMarker> testMarkers(const QString& relativePath,
                                        const QString& text) const override;
    void runTest(const QString& relativePath, int line) override;

private:
    TestsPage* m_tests;
    QTimer* m_changed; // results arrive in bursts: editors repaint once per burst
};

} // namespace pwb
