#pragma once

#include "tenantprofile.h"

#include <QLabel>

/**
 * A tenant's environment as a badge: white bold text on the environment's colour, drawn by the
 * badge itself rather than by a style sheet (setting one re-polishes the label). Without text it
 * takes no room and draws nothing, so it is emptied and filled again without being hidden and
 * shown: showing a widget lays out every layout above it there and then.
 */
class EnvironmentBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBadge)

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    void setEnvironment(TenantProfile::Environment environment, const QString &text);
    TenantProfile::Environment environment() const { return m_environment; }
    /** The badge's background, for the palette it is drawn with. */
    QColor colour() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TenantProfile::Environment m_environment = TenantProfile::Environment::Development;
};
