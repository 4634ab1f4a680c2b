#pragma once

#include <QIcon>

/** The application icon in every bitmap size it ships, plus the SVG where Qt can render it. */
QIcon appIcon();
