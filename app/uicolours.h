#pragma once

#include "tenantprofile.h"

#include <QColor>
#include <QPalette>

/**
 * The few colours the app adds to Qt's palette, in variants readable on light and on dark
 * palettes alike.
 */
enum class UiColour { Good, Bad, Warning, BadgeDevelopment, BadgeStaging, BadgeProduction };

bool isDarkPalette(const QPalette &palette);
QColor uiColour(UiColour colour, const QPalette &palette);
/** The colour as #rrggbb, for rich text and style sheets. */
QString uiColourName(UiColour colour, const QPalette &palette);

/** Rich text in a palette colour. */
QString colouredHtml(UiColour colour, const QString &html);
