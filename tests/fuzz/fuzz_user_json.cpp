// A user as the Management API might send it, any bytes at all: the identities tree (masking,
// explanations, every node and role), the redacted copy and the results-table summary.
#include "identitymodel.h"
#include "redaction.h"
#include "usersearch.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {
void walk(const IdentityModel &model, const QModelIndex &parent)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            (void)index.data(Qt::DisplayRole);
            (void)index.data(Qt::ToolTipRole);
            (void)index.data(IdentityModel::NodeKindRole);
        }
        walk(model, model.index(row, 0, parent));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const QJsonObject user = document.object();
    IdentityModel model;
    model.setUser(user, {QStringLiteral("read:users"), QStringLiteral("read:user_idp_tokens")});
    walk(model, {});
    const QList<QModelIndex> tokens = model.tokenIndexes();
    if (!tokens.isEmpty()) {
        model.reveal(tokens.first());
        (void)tokens.first().data(Qt::DisplayRole);
        model.maskAll();
    }
    model.addExplanation(QStringLiteral("google-oauth2"), QStringLiteral("fuzz"));
    model.setUser(user, {QStringLiteral("read:users")});
    walk(model, {});
    (void)redactUser(user);
    (void)UserSummary::fromJson(user);
    return 0;
}
