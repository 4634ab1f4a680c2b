// The fake tenant's Lucene subset: any query text, parsed, and matched against the demo users.
#include "faketenant.h"
#include "lucene.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {
const QJsonArray &users()
{
    static const QJsonArray all = QJsonDocument::fromJson(FakeAuth0::FakeTenant::demoSeed())
                                          .object()
                                          .value(QStringLiteral("users"))
                                          .toArray();
    return all;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const FakeAuth0::LuceneQuery query = FakeAuth0::LuceneQuery::parse(text, &error);
    if (!query.isValid())
        return 0;
    for (const QJsonValue &user : users())
        (void)query.matches(user.toObject());
    return 0;
}
