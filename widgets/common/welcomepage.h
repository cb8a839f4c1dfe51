// SPDX-License-Identifier: MIT
// What the window shows when no project is open: open a folder, the demo, or a recent one.
#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class QLabel;

namespace pwb {

class RecentProjectsModel;

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(RecentProjectsModel* recent, QWidget* parent = nullptr);

    QPushButton* openButton() const { return m_open; }
    QPushButton* demoButton() const { return m_demo; }
    QListView* recentView() const { return m_recentView; }
    // A message shown above the actions, e.g. why the last open failed.
    void setNotice(const QString& text);

signals:
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    void updateRecentVisibility();

    RecentProjectsModel* m_recent;
    QPushButton* m_open;
    QPushButton* m_demo;
    QListView* m_recentView;
    QLabel* m_recentTitle;
    QLabel* m_notice;
};

} // namespace pwb
