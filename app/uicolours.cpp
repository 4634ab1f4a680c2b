#include "uicolours.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor uiColour(UiColour colour, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (colour) {
    case UiColour::Good:
        return dark ? QColor(0x69, 0xdb, 0x7c) : QColor(0x2b, 0x8a, 0x3e);
    case UiColour::Bad:
        return dark ? QColor(0xff, 0x87, 0x87) : QColor(0xc9, 0x2a, 0x2a);
    case UiColour::Warning:
        return dark ? QColor(0xff, 0xc0, 0x78) : QColor(0xb3, 0x5c, 0x00);
    // Badges carry white text on their own background in both palettes.
    case UiColour::BadgeDevelopment:
        return QColor(0x2b, 0x8a, 0x3e);
    case UiColour::BadgeStaging:
        return QColor(0xc2, 0x5e, 0x00);
    case UiColour::BadgeProduction:
        return QColor(0xc9, 0x2a, 0x2a);
    }
    return palette.color(QPalette::Text);
}

QString uiColourName(UiColour colour, const QPalette &palette)
{
    return uiColour(colour, palette).name(QColor::HexRgb);
}

QString colouredHtml(UiColour colour, const QString &html)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(
            uiColourName(colour, QGuiApplication::palette()), html);
}
