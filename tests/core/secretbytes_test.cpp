#include "secretbytes.h"

#include <QTest>

// A secret's bytes are overwritten where they are, shared or not, and never written where they
// may be read-only.
class SecretBytesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipeBytes_overwritesASharedBuffer()
    {
        QByteArray secret(40, 'S');
        const QByteArray other = secret; // shares the buffer, as a request body copy would
        const char *data = other.constData();
        wipeBytes(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(other.constData(), data); // no detach: the same buffer
        QCOMPARE(other, QByteArray(40, '\0'));
    }

    void wipeBytes_letsGoOfDataItDoesNotOwn()
    {
        static const char readOnly[] = "a literal in read-only memory";
        QByteArray bytes = QByteArray::fromRawData(readOnly, sizeof(readOnly) - 1);
        wipeBytes(bytes); // must not write (it would crash)
        QVERIFY(bytes.isEmpty());
        QCOMPARE(QByteArray(readOnly), QByteArray("a literal in read-only memory"));
    }

    void secretBytes_wipesOnClearAndMove()
    {
        QByteArray raw(32, 'T');
        SecretBytes secret(std::move(raw));          // the only holder: its buffer is taken over
        const QByteArray observer = secret.reveal(); // a copy made later shares it
        SecretBytes moved(std::move(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(moved.size(), 32);
        QVERIFY(moved.equals(SecretBytes(QByteArray(32, 'T'))));
        QVERIFY(!moved.equals(SecretBytes(QByteArray(32, 'U'))));
        moved.clear();
        QCOMPARE(observer, QByteArray(32, '\0'));
    }

    void secretBytes_neverWipesTheCallersArray()
    {
        const QByteArray callers("still needed by the caller");
        {
            SecretBytes secret(callers); // shared on the way in: copied
        }
        QCOMPARE(callers, QByteArray("still needed by the caller"));
        SecretBytes literal(QByteArray::fromRawData("read-only", 9));
        literal.clear(); // a copy was made, so nothing writes to read-only memory
    }
};

QTEST_GUILESS_MAIN(SecretBytesTest)
#include "secretbytes_test.moc"
