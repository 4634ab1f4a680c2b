#pragma once

class QWidget;

/**
 * Keeps a window out of screen captures, recordings and screen sharing while a token is revealed:
 * SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE) on Windows 10 2004 and newer, NSWindow's
 * sharingType NSWindowSharingNone on macOS. X11 and Wayland offer no such control: there it does
 * nothing and returns false.
 */
namespace ScreenCapture {
bool setExcluded(QWidget *window, bool excluded);
}
