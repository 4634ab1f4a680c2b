// Whatever is typed in the search box or a profile form: what kind of query it is, the request
// it becomes, and the profile validation.
#include "managementapi.h"
#include "tenantprofile.h"
#include "usersearch.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int page = data[0];
    const int perPage = 1 + data[1] % 100;
    const QString text
            = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QueryKind guessed = guessQueryKind(text);
    for (QueryKind kind : {guessed, QueryKind::UserId, QueryKind::Email, QueryKind::Lucene}) {
        const SearchRequest request = UserSearch::requestFor(text.trimmed(), kind, page, perPage);
        (void)request.query.toString(QUrl::FullyEncoded);
    }
    (void)ManagementApi::encodeUserId(text);
    (void)TenantProfile::validateDomain(text);
    (void)TenantProfile::validateAudience(text);
    (void)TenantProfile::validateClientId(text);
    (void)TenantProfile::defaultAudience(text);
    TenantProfile profile;
    profile.name = text;
    profile.domain = text;
    profile.clientId = text;
    (void)profile.problems();
    (void)profile.baseUrl();
    return 0;
}
