#include "secretbytes.h"

#include <utility>

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isDetached()) {
        // Another QByteArray shares this buffer; writing would detach and wipe only a copy.
        bytes = QByteArray();
        return;
    }
    volatile char *data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
    bytes = QByteArray();
}

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{ }

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
