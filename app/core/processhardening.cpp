#include "processhardening.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
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
#ifdef Q_OS_WIN
    if (!restrictProcessAccess())
        problems.append(u"the process's memory could not be closed to other processes"_s);
#endif
    return problems;
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
