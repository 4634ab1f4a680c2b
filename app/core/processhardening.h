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
 * Narrows an existing file to its owner (0600) or folder (0700). Files made by an older version
 * or another tool keep their mode otherwise. Does nothing where there are no such modes.
 */
bool restrictToOwner(const QString &path);

} // namespace ProcessHardening
