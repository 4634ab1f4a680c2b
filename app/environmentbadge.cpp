#include "environmentbadge.h"

#include "uicolours.h"

#include <QPainter>

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setContentsMargins(8, 2, 8, 2);
    setAlignment(Qt::AlignCenter);
}

void EnvironmentBadge::setEnvironment(TenantProfile::Environment environment, const QString &text)
{
    if (environment != m_environment) {
        m_environment = environment;
        update();
    }
    setText(text);
}

QColor EnvironmentBadge::colour() const
{
    switch (m_environment) {
    case TenantProfile::Environment::Production:
        return uiColour(UiColour::BadgeProduction, palette());
    case TenantProfile::Environment::Staging:
        return uiColour(UiColour::BadgeStaging, palette());
    case TenantProfile::Environment::Development:
        break;
    }
    return uiColour(UiColour::BadgeDevelopment, palette());
}

QSize EnvironmentBadge::sizeHint() const
{
    return text().isEmpty() ? QSize(0, 0) : QLabel::sizeHint();
}

QSize EnvironmentBadge::minimumSizeHint() const
{
    return text().isEmpty() ? QSize(0, 0) : QLabel::minimumSizeHint();
}

void EnvironmentBadge::paintEvent(QPaintEvent *)
{
    if (text().isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour());
    painter.drawRoundedRect(QRectF(rect()), 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(contentsRect(), int(alignment()), text());
}
