#pragma once

#include <QDialog>

class AuditLog;

/** Every reveal and copy of the audit log, newest first. */
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    AuditLogDialog(const AuditLog &audit, QWidget *parent = nullptr);
};
