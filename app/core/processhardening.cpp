#include "processhardening.h"

#include <QFile>
#include <QFileInfo>

#include <cstdlib>
#include <cstring>
#include <string>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_WIN
#include <aclapi.h>
#include <vector>
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace {

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#define IDP_GLIBC_HEAP_TUNABLES 1
// No per-thread cache (its blocks are never perturbed) and every freed block overwritten with
// 0xff (and new ones, as a side effect, with 0x00).
constexpr char HeapTunables[] = "glibc.malloc.tcache_count=0:glibc.malloc.perturb=255";
constexpr char MarkerVariable[] = "IDP_TOKEN_INSPECTOR_WIPES_FREED_MEMORY";
constexpr char SavedVariable[] = "IDP_TOKEN_INSPECTOR_SAVED_GLIBC_TUNABLES";

// Puts GLIBC_TUNABLES back as the user had it, so child processes (a browser, the demo tenant)
// run with the C library's defaults.
void restoreTunables()
{
    if (const char *saved = std::getenv(SavedVariable)) {
        ::setenv("GLIBC_TUNABLES", saved, 1);
        ::unsetenv(SavedVariable);
    } else {
        ::unsetenv("GLIBC_TUNABLES");
    }
    ::unsetenv(MarkerVariable);
}
#endif

bool s_freedMemoryWiped = false;

#ifdef Q_OS_WIN
// Lets the process's own user do no more than a protected process allows (wait for it, query
// limited information, end it) and denies everything else, PROCESS_VM_READ and
// PROCESS_QUERY_INFORMATION included: no memory reads and no crash dumps by other processes of the
// user. An administrator can still take SeDebugPrivilege and get around it.
bool restrictProcessAccess()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> userBuffer(size);
    const bool gotUser
            = size > 0 && GetTokenInformation(token, TokenUser, userBuffer.data(), size, &size);
    CloseHandle(token);
    if (!gotUser)
        return false;
    PSID user = reinterpret_cast<TOKEN_USER *>(userBuffer.data())->User.Sid;
    if (!IsValidSid(user))
        return false;

    // The owner's implicit rights (full control by default) go down to reading the DACL.
    std::vector<BYTE> ownerRightsBuffer(SECURITY_MAX_SID_SIZE);
    DWORD ownerRightsSize = SECURITY_MAX_SID_SIZE;
    PSID ownerRights = ownerRightsBuffer.data();
    if (!CreateWellKnownSid(WinCreatorOwnerRightsSid, nullptr, ownerRights, &ownerRightsSize))
        return false;

    const DWORD aclSize = sizeof(ACL) + 2 * sizeof(ACCESS_ALLOWED_ACE) + GetLengthSid(user)
            + GetLengthSid(ownerRights);
    std::vector<BYTE> aclBuffer(aclSize);
    PACL acl = reinterpret_cast<PACL>(aclBuffer.data());
    if (!InitializeAcl(acl, aclSize, ACL_REVISION))
        return false;
    if (!AddAccessAllowedAce(acl, ACL_REVISION,
                             SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_TERMINATE,
                             user))
        return false;
    if (!AddAccessAllowedAce(acl, ACL_REVISION, READ_CONTROL, ownerRights))
        return false;
    return SetSecurityInfo(GetCurrentProcess(), SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION,
                           nullptr, nullptr, acl, nullptr)
            == ERROR_SUCCESS;
}
#endif

} // namespace

QStringList ProcessHardening::apply()
{
    QStringList problems;
#ifdef Q_OS_UNIX
    // Files and folders made from now on are the owner's alone (settings, audit log, their
    // folders), in the very call that creates them.
    ::umask(077);
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        problems.append(u"core dumps could not be turned off"_s);
#endif
#ifdef Q_OS_LINUX
#if defined(__SANITIZE_ADDRESS__)
        // LeakSanitizer attaches to the process at exit to look for leaks; it cannot if the process
        // is not dumpable. Sanitizer builds are for tests only.
#else
    if (::prctl(PR_SET_DUMPABLE, 0) != 0)
        problems.append(u"the process could not be made non-dumpable"_s);
#endif
#endif
#ifdef IDP_GLIBC_HEAP_TUNABLES
    if (!s_freedMemoryWiped)
        problems.append(u"freed memory is not overwritten (the program could not restart itself "
                        "with the C library's settings for it)"_s);
#endif
#ifdef Q_OS_WIN
    if (!restrictProcessAccess())
        problems.append(u"the process's memory could not be closed to other processes"_s);
#endif
    return problems;
}

bool ProcessHardening::wipeFreedMemory(char *argv[])
{
#ifdef IDP_GLIBC_HEAP_TUNABLES
    if (std::getenv(MarkerVariable)) {
        // The re-executed process: the tunables were read when it started, if they were there.
        const char *tunables = std::getenv("GLIBC_TUNABLES");
        s_freedMemoryWiped = tunables && std::strstr(tunables, HeapTunables);
        restoreTunables();
        return s_freedMemoryWiped;
    }
    const char *existing = std::getenv("GLIBC_TUNABLES");
    std::string tunables = HeapTunables;
    if (existing && *existing) {
        ::setenv(SavedVariable, existing, 1);
        tunables = std::string(existing) + ':' + HeapTunables; // the last setting wins
    }
    ::setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
    ::setenv(MarkerVariable, "1", 1);
    // GLib's slice allocator keeps freed blocks for reuse without freeing them: plain malloc.
    ::setenv("G_SLICE", "always-malloc", 0);
    ::execv("/proc/self/exe", argv);
    restoreTunables(); // not re-executed (no /proc, or the program file is gone): go on as is
    return false;
#else
    Q_UNUSED(argv);
    return false;
#endif
}

bool ProcessHardening::freedMemoryIsWiped()
{
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps its own heap; it overwrites freed blocks when told to.
    const char *options = std::getenv("ASAN_OPTIONS");
    return options && std::strstr(options, "max_free_fill_size=");
#else
    return s_freedMemoryWiped;
#endif
}

bool ProcessHardening::restrictToOwner(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions owner = info.isDir()
            ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            : QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return QFile::setPermissions(path, owner);
#else
    return true;
#endif
}
