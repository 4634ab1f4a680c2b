#pragma once

#include <QWidget>

class QPushButton;

/**
 * What a first run shows instead of the empty search and user panes: try the demo tenant, or add
 * a tenant, with the three steps that make the machine-to-machine application it needs.
 */
class WelcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeView)

public:
    explicit WelcomeView(QWidget *parent = nullptr);

    /** Gives the keyboard to "Try the demo tenant", so Enter starts it. */
    void focusFirstChoice();

Q_SIGNALS:
    void demoRequested();
    void addTenantRequested();

private:
    QPushButton *m_demo;
    QPushButton *m_add;
};
