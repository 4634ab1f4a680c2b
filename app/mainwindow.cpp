#include "mainwindow.h"

#include "demotenant.h"
#include "ui_mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QKeySequence>
#include <QMessageBox>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/idp-token-inspector.svg"_s));
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->profileCombo->setPlaceholderText(tr("No tenant profile yet"));
    m_ui->searchEdit->setEnabled(false);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::startDemo()
{
    if (m_demo)
        return;
    m_demo = new DemoTenant(this);
    m_ui->connectionStatus->setText(tr("Starting the demo tenant…"));
    connect(m_demo, &DemoTenant::ready, this, [this] {
        m_ui->connectionStatus->setText(tr("Demo tenant running at %1").arg(m_demo->domain()));
        statusBar()->showMessage(tr("Demo tenant ready: https://%1").arg(m_demo->domain()));
    });
    connect(m_demo, &DemoTenant::failed, this, [this](const QString &reason) {
        m_ui->connectionStatus->setText(tr("Demo tenant unavailable"));
        statusBar()->showMessage(reason);
    });
    m_demo->start();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About %1").arg(QStringLiteral(IDP_APP_NAME)));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>%1 %2</h3>"
                   "<p>Find an Auth0 user, see every linked identity, and reveal or copy the "
                   "identity providers' tokens safely: masked by default, copies that clear "
                   "themselves, and an audit trail.</p>"
                   "<p>Client secrets stay in the operating system's keychain.</p>"
                   "<p>Licensed under the MIT licence. Built with Qt %3.</p>"
                   "<p><a href=\"%4\">%4</a></p>")
                        .arg(QStringLiteral(IDP_APP_NAME), QStringLiteral(IDP_VERSION),
                             QString::fromLatin1(qVersion()), QStringLiteral(IDP_HOMEPAGE)));
    box.exec();
}
