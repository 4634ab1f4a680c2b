// Any status and body an error answer may carry: the error it becomes and the words and fix the
// admin reads.
#include "apierror.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] | (data[1] << 8)) % 200;
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QUrl url(QStringLiteral("https://acme.eu.auth0.com/api/v2/users"));
    for (ApiError::Kind kind : {ApiError::Kind::Http, ApiError::Kind::RateLimited}) {
        ApiError error = ApiError::fromErrorBody(kind, status, object,
                                                 QString::fromUtf8(body.left(64)), url);
        error.rateLimitResetAt = qint64(data[0]) << (data[1] % 40);
        (void)ErrorAdvisor::diagnose(error);
        (void)ErrorAdvisor::oneLine(error);
    }
    return 0;
}
