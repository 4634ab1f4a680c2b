#pragma once

#include "secretbytes.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

/**
 * A user's identities as a tree: one node per identity (the first is the primary), its
 * properties, its profileData as a subtree, its tokens and, where a token is missing, why.
 *
 * Token values are held as SecretBytes and shown masked (length and SHA-256 fingerprint) until
 * one is revealed; only one token is revealed at a time.
 */
class IdentityModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityModel)

public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };
    enum class NodeKind { Identity, Property, Object, Token, Explanation };
    Q_ENUM(NodeKind)
    enum Role {
        NodeKindRole = Qt::UserRole + 1,
        TokenKindRole,  ///< access_token, refresh_token, access_token_secret
        ConnectionRole, ///< the identity's connection, on every node below it
        ProviderRole,
        RevealedRole,
        CopyTextRole, ///< what Copy puts on the clipboard for a row that is not a token
    };

    explicit IdentityModel(QObject *parent = nullptr);
    ~IdentityModel() override;

    /** Builds the tree. Token values move into secret holders; the model keeps no plain copy. */
    void setUser(const QJsonObject &user, const QStringList &grantedScopes);
    /** The profile reads identities only: each identity says its tokens are hidden by that. */
    void setTokensHiddenByAccessLevel(bool hidden) { m_hiddenByAccessLevel = hidden; }
    void clear();
    QString userId() const { return m_userId; }

    /** Explanations that need a request of their own (Token Vault) land here later. */
    void addExplanation(const QString &connection, const QString &text);

    bool isToken(const QModelIndex &index) const;
    /** A copy of the token under index, for the clipboard or the inspector; empty if none. */
    SecretBytes tokenValue(const QModelIndex &index) const;
    void reveal(const QModelIndex &index);
    void maskAll();
    QModelIndex revealedIndex() const;
    /** Every token node, in tree order; the first atMost of them when atMost is not negative. */
    QList<QModelIndex> tokenIndexes(qsizetype atMost = -1) const;
    /** The first of tokenIndexes(), without listing them all (a user may have thousands). */
    QModelIndex firstTokenIndex() const { return tokenIndexes(1).value(0); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Node;

private:
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column) const;

    std::unique_ptr<Node> m_root;
    bool m_hiddenByAccessLevel = false;
    QString m_userId;
    Node *m_revealed = nullptr;
};
