#pragma once

#include <QString>
#include <QStringList>

/**
 * What the process does at start-up so that secrets cannot leave it by the side door, as
 * KeePassXC's bootstrap does: no core dumps (soft and hard limit 0), on Linux not dumpable (no
 * ptrace attach by other processes of the same user, no core), on Windows a process DACL that
 * denies reading its memory, and every file and folder it creates private to its owner.
 */
namespace ProcessHardening {

/** Applies all of it; returns what could not be done, in words (empty when all of it was). */
QStringList apply();

/**
 * Makes the C library overwrite every block of memory when it is freed, so that what Qt, OpenSSL
 * and the D-Bus libraries copy a secret into internally does not outlive their buffers. On Linux
 * with glibc this needs two malloc tunables (no per-thread cache, perturb on free) that only take
 * effect at start, so the first call re-executes the program with them set, before anything else
 * runs, and restores the environment for child processes afterwards. Call it first thing in
 * main(). Returns false where this cannot be done (other C libraries, sanitizer builds, or when
 * the re-execution failed); the process then goes on without it.
 */
bool wipeFreedMemory(char *argv[]);

/** Whether freed memory is overwritten in this process (wipeFreedMemory() took effect). */
bool freedMemoryIsWiped();

/**
 * Narrows an existing file to its owner (0600) or folder (0700). Files made by an older version
 * or another tool keep their mode otherwise. Does nothing where there are no such modes.
 */
bool restrictToOwner(const QString &path);

} // namespace ProcessHardening
