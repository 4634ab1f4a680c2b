#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class DemoTenant;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Starts the bundled demo tenant and shows its state in the window. */
    void startDemo();

    void showAbout();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    DemoTenant *m_demo = nullptr;
};
