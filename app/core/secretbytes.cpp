#include "secretbytes.h"

#include <utility>

void wipeBytes(QByteArray &bytes)
{
    // Data the array does not own (QByteArray::fromRawData, literals) may be read-only: let go.
    if (bytes.data_ptr().isMutable()) {
        // Even when another QByteArray shares the buffer: it is the same secret, and writing
        // through data() would detach and wipe only a fresh copy. Every holder sees zeros.
        volatile char *data = const_cast<char *>(bytes.constData());
        for (qsizetype i = 0; i < bytes.size(); ++i)
            data[i] = 0;
    }
    bytes = QByteArray();
}

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    // Its own buffer, so that wiping it never zeroes an array the caller still uses; the caller
    // wipes its copy itself, if it has one.
    if (!m_bytes.isDetached())
        m_bytes = QByteArray(m_bytes.constData(), m_bytes.size());
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{ }

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(m_bytes.at(i) ^ other.m_bytes.at(i));
    return diff == 0;
}

void SecretBytes::clear()
{
    wipeBytes(m_bytes);
}
