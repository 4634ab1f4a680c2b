#pragma once

#include <QWidget>

class QLabel;
class QMainWindow;
class QPushButton;
class QStackedWidget;

/**
 * What a window shows in place of its content while locked: why, what was cleared, and Unlock.
 * The window's menus are off meanwhile.
 */
class LockedView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockedView)

public:
    /** Puts itself behind the window's central widget, hidden until showLocked(). */
    explicit LockedView(QMainWindow *window);

    void showLocked(const QString &reason);
    void hideLocked();
    bool isLocked() const;

Q_SIGNALS:
    void unlockRequested();

private:
    QMainWindow *m_window;
    QStackedWidget *m_pages;
    QLabel *m_reason;
    QPushButton *m_unlock;
};
