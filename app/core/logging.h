#pragma once

#include <QLoggingCategory>

// One category per area, so users can turn them on with QT_LOGGING_RULES. Nothing logged here may
// contain a secret, a token or an /oauth/token body.
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcToken)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
