#include "appicon.h"

using namespace Qt::StringLiterals;

static void initResources()
{
    // The resources live in a static library: without this the linker drops them.
    Q_INIT_RESOURCE(resources);
}

QIcon appIcon()
{
    initResources();
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/idp-token-inspector-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}
