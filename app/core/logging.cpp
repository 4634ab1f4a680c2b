#include "logging.h"

Q_LOGGING_CATEGORY(lcKeychain, "idp.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "idp.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "idp.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcToken, "idp.token", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "idp.app", QtInfoMsg)
