#include "processhardening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

// Start-up hardening, applied to this test process: core dumps off, not dumpable, private files.
class ProcessHardeningTest final : public QObject
{
    Q_OBJECT

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

QTEST_GUILESS_MAIN(ProcessHardeningTest)
#include "processhardening_test.moc"
