#include "auditlogdialog.h"

#include "auditlog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditLogDialog::AuditLogDialog(const AuditLog &audit, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit log"));
    resize(1100, 420);
    auto *layout = new QVBoxLayout(this);
    auto *path = new QLabel(tr("Every reveal, copy and check at a provider, newest first. File: %1")
                                    .arg(audit.path()),
                            this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    layout->addWidget(path);
    const QList<AuditEntry> entries = audit.read();
    auto *table = new QTableWidget(int(entries.size()), 9, this);
    table->setObjectName(u"auditTable"_s);
    table->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Token"), tr("User"),
                                      tr("Connection"), tr("Check"), tr("Profile"), tr("OS user"),
                                      tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        const QStringList cells{QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat),
                                e.action,
                                e.token,
                                e.userId,
                                e.connection,
                                e.result.isEmpty() ? e.provider
                                                   : u"%1: %2"_s.arg(e.provider, e.result),
                                u"%1 (%2)"_s.arg(e.profile, e.tenantDomain),
                                e.osUser,
                                e.reason};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}
