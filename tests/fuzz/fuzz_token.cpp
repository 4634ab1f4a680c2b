// Any bytes as an IdP token: JWT decoding (header, payload, time claims), the opaque-token
// descriptions, and the fingerprint.
#include "tokeninsight.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray token(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795856000, Qt::UTC);
    for (const char *provider : {"", "google-oauth2", "github", "waad", "twitter"})
        (void)TokenInsight::inspect(token, QString::fromLatin1(provider), now);
    (void)TokenFingerprint::of(token).masked();
    return 0;
}
