#include "screencapture.h"

#include <QWidget>

#ifdef Q_OS_WIN
#include <windows.h>
#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011
#endif
#endif

#ifdef Q_OS_MACOS
bool setExcludedFromCaptureMac(QWidget *window, bool excluded); // screencapture_mac.mm
#endif

bool ScreenCapture::setExcluded(QWidget *window, bool excluded)
{
    if (!window)
        return false;
#if defined(Q_OS_WIN)
    const auto hwnd = reinterpret_cast<HWND>(window->window()->winId());
    return SetWindowDisplayAffinity(hwnd, excluded ? WDA_EXCLUDEFROMCAPTURE : WDA_NONE) != 0;
#elif defined(Q_OS_MACOS)
    return setExcludedFromCaptureMac(window->window(), excluded);
#else
    Q_UNUSED(excluded)
    return false;
#endif
}
