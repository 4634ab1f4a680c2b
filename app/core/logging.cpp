#include "logging.h"

Q_LOGGING_CATEGORY(lcKeychain, "idp.keychain")
Q_LOGGING_CATEGORY(lcDemo, "idp.demo")
