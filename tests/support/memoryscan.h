#pragma once

// Counts copies of a secret in the test process's own memory (Linux): every readable private
// mapping listed in /proc/self/maps, read through /proc/self/mem, searched for the value in UTF-8
// and in UTF-16 (little endian, as QString holds it).
//
// The value looked for is itself held only masked (XOR with a random key of its length) and
// compared byte by byte as the scan goes, so the needle never adds a copy of its own; the pages
// read are copied into a private mapping that the scan skips and wipes.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <cstring>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

class MaskedSecret final
{
public:
    MaskedSecret() = default;
    /** Takes value and wipes it. */
    explicit MaskedSecret(QByteArray &value)
        : m_masked(value.size(), Qt::Uninitialized)
        , m_key(value.size(), Qt::Uninitialized)
    {
        for (qsizetype i = 0; i < value.size(); ++i) {
            m_key[i] = char(QRandomGenerator::global()->bounded(1, 256));
            m_masked[i] = char(value.at(i) ^ m_key.at(i));
        }
        volatile char *data = value.data();
        for (qsizetype i = 0; i < value.size(); ++i)
            data[i] = 0;
        value.clear();
    }

    qsizetype size() const { return m_masked.size(); }
    bool isEmpty() const { return m_masked.isEmpty(); }
    char at(qsizetype i) const { return char(m_masked.at(i) ^ m_key.at(i)); }
    /** The value, for the one moment it must be handed on (a seed file, the keychain). */
    QByteArray plain() const
    {
        QByteArray value(size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < size(); ++i)
            value[i] = at(i);
        return value;
    }

private:
    QByteArray m_masked;
    QByteArray m_key;
};

struct MemoryCount
{
    int utf8 = 0;
    int utf16 = 0;
    QStringList places; ///< mapping names and addresses of the copies found
    qint64 bytesScanned = 0;
    int total() const { return utf8 + utf16; }
};

#ifdef Q_OS_LINUX
namespace MemoryScan {

inline bool matchesAt(const unsigned char *p, const MaskedSecret &secret, int stride)
{
    for (qsizetype i = 0; i < secret.size(); ++i) {
        if (p[i * stride] != static_cast<unsigned char>(secret.at(i)))
            return false;
        if (stride == 2 && p[i * 2 + 1] != 0)
            return false;
    }
    return true;
}

// Bytes before a copy, printable ones only, to tell which buffer holds it (never the copy itself).
inline QString contextBefore(const unsigned char *buffer, qsizetype at)
{
    QString text;
    for (qsizetype i = std::max<qsizetype>(0, at - 64); i < at; ++i)
        text += (buffer[i] >= 32 && buffer[i] < 127) ? QChar(char16_t(buffer[i])) : QChar(u'.');
    return text;
}

} // namespace MemoryScan

/** Counts copies of each secret; secrets must not be empty. */
inline QList<MemoryCount> countInProcessMemory(const QList<const MaskedSecret *> &secrets)
{
    QList<MemoryCount> counts(secrets.size());
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return counts;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    maps.close();

    constexpr qsizetype ChunkSize = 4 * 1024 * 1024;
    qsizetype longest = 0;
    for (const MaskedSecret *secret : secrets)
        longest = std::max(longest, secret->size() * 2);
    const qsizetype bufferSize = ChunkSize + longest;
    void *mapped = ::mmap(nullptr, size_t(bufferSize), PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return counts;
    auto *buffer = static_cast<unsigned char *>(mapped);
    const quintptr bufferStart = quintptr(buffer);
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    const bool showContext = qEnvironmentVariableIsSet("IDP_MEMORY_SCAN_CONTEXT");

    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5)
            continue;
        const QByteArray perms = fields.at(1);
        if (perms.size() < 4 || perms.at(0) != 'r' || perms.at(3) != 'p')
            continue;
        const QByteArray name = fields.size() > 5 ? fields.at(5) : QByteArray("anonymous");
        if (name == "[vvar]" || name == "[vsyscall]" || name == "[vdso]")
            continue;
        const QList<QByteArray> range = line.left(line.indexOf(' ')).split('-');
        bool okStart = false;
        bool okEnd = false;
        const quintptr start = range.value(0).toULongLong(&okStart, 16);
        const quintptr end = range.value(1).toULongLong(&okEnd, 16);
        if (!okStart || !okEnd || start == bufferStart)
            continue;
        // Chunks overlap by the longest pattern, so no copy is missed at a chunk boundary.
        for (quintptr at = start; at < end; at += ChunkSize) {
            const qsizetype want = qsizetype(std::min<quintptr>(end - at, quintptr(bufferSize)));
            const ssize_t got = ::pread(mem, buffer, size_t(want), off_t(at));
            if (got <= 0)
                break;
            for (qsizetype s = 0; s < secrets.size(); ++s) {
                const MaskedSecret &secret = *secrets.at(s);
                const auto first = static_cast<unsigned char>(secret.at(0));
                const unsigned char *p = buffer;
                const unsigned char *limit = buffer + got;
                const qsizetype countedUpTo = std::min<qsizetype>(got, ChunkSize);
                while ((p = static_cast<const unsigned char *>(
                                std::memchr(p, first, size_t(limit - p))))
                       != nullptr) {
                    const qsizetype offset = p - buffer;
                    if (offset >= countedUpTo)
                        break;
                    for (const int stride : {1, 2}) {
                        if (offset + secret.size() * stride > got
                            || !MemoryScan::matchesAt(p, secret, stride))
                            continue;
                        MemoryCount &count = counts[s];
                        (stride == 1 ? count.utf8 : count.utf16) += 1;
                        QString place
                                = QStringLiteral("%1 %2 +0x%3")
                                          .arg(QString::fromLatin1(name),
                                               stride == 1 ? QStringLiteral("UTF-8")
                                                           : QStringLiteral("UTF-16"))
                                          .arg(quintptr(at - start + quintptr(offset)), 0, 16);
                        if (showContext)
                            place += QStringLiteral(" after \"%1\"")
                                             .arg(MemoryScan::contextBefore(buffer, offset));
                        count.places.append(place);
                    }
                    ++p;
                }
                counts[s].bytesScanned += std::min<qsizetype>(got, ChunkSize);
            }
            if (got < want)
                break;
        }
    }
    ::explicit_bzero(buffer, size_t(bufferSize));
    ::munmap(mapped, size_t(bufferSize));
    if (mem >= 0)
        ::close(mem);
    return counts;
}
#endif
