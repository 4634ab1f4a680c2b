#include "aboutbox.h"

#include "appicon.h"
#include "version.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

void showAboutBox(QWidget *parent)
{
    QMessageBox box(parent);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(QCoreApplication::translate("MainWindow", "About %1")
                               .arg(QStringLiteral(IDP_APP_NAME)));
    box.setIconPixmap(appIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(QCoreApplication::translate(
                        "MainWindow",
                        "<h3>%1 %2</h3>"
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
