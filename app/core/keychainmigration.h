#pragma once

#include <QObject>

#include <functional>

class AppContext;

/**
 * Moves every stored profile secret that is not in its labelled keychain entry (one written by an
 * older version under the profile id, or a rename whose move failed) to that entry, one profile at
 * a time, and records the move in the profile. A profile whose labelled entry another profile
 * would share keeps its entry. Then calls done, also when nothing needed moving or a move failed
 * (the profile still records where its secret is). Nothing is called once receiver is gone.
 */
void moveKeychainEntries(AppContext &context, QObject *receiver, std::function<void()> done);
