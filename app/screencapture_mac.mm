#include <QWidget>

#import <AppKit/AppKit.h>

bool setExcludedFromCaptureMac(QWidget *window, bool excluded)
{
    NSView *view = reinterpret_cast<NSView *>(window->winId());
    if (!view || !view.window)
        return false;
    view.window.sharingType = excluded ? NSWindowSharingNone : NSWindowSharingReadOnly;
    return true;
}
