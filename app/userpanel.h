#pragma once

#include "tenantprofile.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class UserPanel;
}
class AuditLog;
class ClipboardGuard;
class IdentityModel;
class QInputDialog;
class QTimer;

/**
 * One user: a header, the identities tree with reveal and copy, the token inspector and the
 * redacted raw JSON. Every reveal and copy is written to the audit log first; on a production
 * tenant a reason is asked for before the first one per user.
 */
class UserPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPanel)

public:
    explicit UserPanel(QWidget *parent = nullptr);
    ~UserPanel() override;

    void setServices(ClipboardGuard *clipboard, AuditLog *audit);
    void setRevealSeconds(int seconds) { m_revealSeconds = seconds; }
    void setUser(const QJsonObject &user, const TenantProfile &profile, const QStringList &scopes);
    void clear();
    QString userId() const;
    IdentityModel *model() const { return m_model; }

    void revealSelected();
    void copySelected();
    void maskAll();
    /** Selects a token node (tests, keyboard navigation). */
    void selectIndex(const QModelIndex &index);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    /** A reveal or copy happened (after its audit entry was written). */
    void tokenActionDone(const QString &action);

private:
    void guarded(const QString &action, const std::function<void()> &perform);
    bool audit(const QString &action, const QModelIndex &index);
    void updateActions();
    void inspect(const QModelIndex &index);
    QModelIndex currentTokenIndex() const;

    std::unique_ptr<Ui::UserPanel> m_ui;
    IdentityModel *m_model;
    QPointer<ClipboardGuard> m_clipboard;
    QPointer<AuditLog> m_audit;
    QTimer *m_maskTimer;
    int m_revealSeconds = 30;
    TenantProfile m_profile;
    QJsonObject m_redacted;
    QHash<QString, QString> m_reasons; ///< user id → reason given, for production tenants
    QPointer<QInputDialog> m_reasonDialog;
};
