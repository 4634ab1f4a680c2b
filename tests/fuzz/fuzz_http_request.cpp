// The fake tenant's HTTP/1.1 request parser: any bytes a client could send on a connection,
// parsed request after request as the server does.
#include "httpserver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int i = 0; i < 16 && !buffer.isEmpty(); ++i) {
        FakeAuth0::HttpRequest request;
        const FakeAuth0::ParsedRequest parsed = FakeAuth0::parseRequest(buffer, &request);
        if (parsed.status != FakeAuth0::ParsedRequest::Status::Complete)
            break;
        if (parsed.consumed <= 0 || parsed.consumed > buffer.size())
            __builtin_trap(); // the parser must consume what it read, and no more
        (void)request.host();
        buffer.remove(0, parsed.consumed);
    }
    return 0;
}
