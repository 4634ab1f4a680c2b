#include "processhardening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// Out of line, so the compiler does not warn about the read of freed memory that follows.
[[gnu::noinline]] void release(void *block)
{
    std::free(block);
}
} // namespace

// Start-up hardening, applied to this test process: core dumps off, not dumpable, private files.
class ProcessHardeningTest final : public QObject
{
    Q_OBJECT

public:
    QByteArray m_tunablesBefore;

private Q_SLOTS:
    void apply_turnsOffCoreDumpsAndMakesFilesPrivate()
    {
        QTemporaryDir dir;
        QVERIFY(ProcessHardening::apply().isEmpty());
#ifdef Q_OS_UNIX
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        // Whatever is created from now on is the owner's alone.
        QFile file(dir.filePath(u"new.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
        struct stat info
        { };
        QCOMPARE(::stat(QFile::encodeName(file.fileName()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(u"folder"_s)).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
#endif
#ifdef Q_OS_LINUX
#if defined(__SANITIZE_ADDRESS__)
        QCOMPARE(::prctl(PR_GET_DUMPABLE), 1); // left on for LeakSanitizer, as documented
#else
        QCOMPARE(::prctl(PR_GET_DUMPABLE), 0);
#endif
#endif
    }

    void freedMemory_isOverwritten()
    {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        // main() called wipeFreedMemory(), which restarted this test with the tunables set.
        QVERIFY(ProcessHardening::freedMemoryIsWiped());
        QVERIFY(!qEnvironmentVariableIsSet("IDP_TOKEN_INSPECTOR_WIPES_FREED_MEMORY"));
        QCOMPARE(qgetenv("GLIBC_TUNABLES"), m_tunablesBefore); // children get the user's own
        // Blocks of the sizes a token, a header and a reply body have: after free() none of the
        // marker bytes may be left beyond the allocator's own 16-byte header and 8-byte tail.
        for (const size_t size : {size_t(40), size_t(200), size_t(1000), size_t(20000)}) {
            auto *block = static_cast<unsigned char *>(std::malloc(size));
            QVERIFY(block);
            std::memset(block, 'S', size);
            // Read through an address the compiler does not track: reading freed memory is the
            // point of this check.
            const auto address = reinterpret_cast<std::uintptr_t>(block);
            release(block);
            const auto *freed = reinterpret_cast<const volatile unsigned char *>(address);
            size_t left = 0;
            for (size_t i = 16; i + 8 < size; ++i)
                left += freed[i] == 'S';
            QVERIFY2(left == 0, qPrintable(u"%1 of %2 bytes left"_s.arg(left).arg(size)));
        }
#else
        QSKIP("Overwriting freed memory needs glibc; AddressSanitizer builds fill freed memory "
              "through ASAN_OPTIONS (tests/run-sanitized.sh) and report any read of it.");
#endif
    }

    void restrictToOwner_narrowsWhatExists()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"open"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + u"/settings.conf"_s;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        QVERIFY(ProcessHardening::restrictToOwner(file));
        QVERIFY(ProcessHardening::restrictToOwner(folder));
        QVERIFY(ProcessHardening::restrictToOwner(folder + u"/missing"_s));
        struct stat info
        { };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
#endif
    }
};

int main(int argc, char *argv[])
{
    const QByteArray tunables = qgetenv("IDP_TOKEN_INSPECTOR_SAVED_GLIBC_TUNABLES");
    ProcessHardening::wipeFreedMemory(argv);
    QCoreApplication app(argc, argv);
    ProcessHardeningTest test;
    test.m_tunablesBefore = tunables;
    return QTest::qExec(&test, argc, argv);
}
#include "processhardening_test.moc"
