#pragma once

#include <QByteArray>

/**
 * A secret value (client secret, token) that is wiped from memory when it goes away.
 *
 * Move-only, so a secret has one owner; it never converts to a QString implicitly and has no
 * debug streaming, so it cannot end up in a log line or a test failure message by accident.
 */
class SecretBytes final
{
public:
    SecretBytes() = default;
    /** Takes the buffer when the array is its only holder, and copies it otherwise. */
    explicit SecretBytes(QByteArray bytes);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    /** The bytes, for handing to the one API that needs them (keychain, HTTP body). */
    const QByteArray &reveal() const { return m_bytes; }
    /** Constant-time comparison. */
    bool equals(const SecretBytes &other) const;
    void clear();

private:
    QByteArray m_bytes;
};

/**
 * Overwrites the bytes of an array in place and empties it. A buffer shared with other arrays is
 * overwritten too (they all see zeros); data the array does not own is only let go.
 */
void wipeBytes(QByteArray &bytes);
