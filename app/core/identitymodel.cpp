#include "identitymodel.h"

#include "redaction.h"
#include "safenumbers.h"
#include "tokeninsight.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

struct IdentityModel::Node
{
    NodeKind kind = NodeKind::Property;
    QString field;
    QString value;
    QString copyText; ///< set where the value as shown is not the value as sent (numbers)
    SecretBytes secret;
    TokenFingerprint fingerprint;
    QString tokenKind;
    QString connection;
    QString provider;
    Node *parent = nullptr;
    int rowInParent = 0; ///< children are only ever appended, so this stays true
    std::vector<Node *> children;

    // The root holds every node of its tree, in blocks, and lets go of them together: a user
    // may have hundreds of thousands of rows, and an allocation and a free for each node were
    // a large part of the time to build and to drop them.
    Node *root = this;
    std::vector<std::unique_ptr<Node[]>> blocks;
    int usedInBlock = 0;
    static constexpr int BlockSize = 128;

    Node *add(NodeKind childKind, const QString &childField, const QString &childValue = {})
    {
        Node *child = root->allocate();
        child->root = root;
        child->kind = childKind;
        child->field = childField;
        child->value = childValue;
        child->parent = this;
        child->connection = connection;
        child->provider = provider;
        child->rowInParent = int(children.size());
        children.push_back(child);
        return child;
    }

    int row() const { return parent ? rowInParent : 0; }

private:
    Node *allocate()
    {
        if (blocks.empty() || usedInBlock == BlockSize) {
            blocks.push_back(std::make_unique<Node[]>(BlockSize));
            usedInBlock = 0;
        }
        return &blocks.back()[usedInBlock++];
    }
};

namespace {

// The tokens an identity may hold, in the order they are shown.
enum TokenKind { AccessToken, RefreshToken, AccessTokenSecret };
const QString TokenKey[] = {u"access_token"_s, u"refresh_token"_s, u"access_token_secret"_s};

// Builds a user's tree. A user may have thousands of identities, so the texts are translated
// once, and the texts of values that repeat (a count of fields, a token lifetime) are made once
// and shared.
class TreeBuilder
{
public:
    // Any field that names a token or secret (isSecretKey: the one definition the raw JSON view
    // and its copies use too), at any depth, profileData included, and every element of an array
    // under such a key, shows only its length and fingerprint.
    void addJson(IdentityModel::Node *parent, const QString &field, const QJsonValue &value,
                 bool underSecretKey = false)
    {
        const bool secret = underSecretKey || isSecretKey(field);
        if (secret && !value.isObject() && !value.isArray()) {
            const QString text
                    = value.isString() ? value.toString() : SafeNumbers::scalarText(value);
            parent->add(IdentityModel::NodeKind::Property, field,
                        m_maskedSecret.arg(TokenFingerprint::of(text.toUtf8()).masked()));
            return;
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            auto *node = parent->add(IdentityModel::NodeKind::Object, field,
                                     counted(m_fields, FieldsText, object.size()));
            node->children.reserve(size_t(object.size()));
            for (auto it = object.begin(); it != object.end(); ++it)
                addJson(node, it.key(), it.value());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            auto *node = parent->add(IdentityModel::NodeKind::Object, field,
                                     counted(m_items, ItemsText, array.size()));
            node->children.reserve(size_t(array.size()));
            for (qsizetype i = 0; i < array.size(); ++i)
                addJson(node, u"[%1]"_s.arg(i), array.at(i), secret);
        } else {
            parent->add(IdentityModel::NodeKind::Property, field, SafeNumbers::scalarText(value));
        }
    }

    QString expiresIn(qint64 seconds)
    {
        auto text = m_expiries.constFind(seconds);
        if (text == m_expiries.cend())
            text = m_expiries.insert(
                    seconds, m_expiresIn.arg(seconds).arg(TokenInsight::humanDuration(seconds)));
        return *text;
    }

    const QString primary = IdentityModel::tr("primary");
    const QString linked = IdentityModel::tr("linked");
    const QString socialType = IdentityModel::tr("social");
    const QString databaseType = IdentityModel::tr("database");
    const QString enterpriseType = IdentityModel::tr("enterprise");
    const QString unknownProvider = IdentityModel::tr("unknown provider");
    const QString aNumber = IdentityModel::tr("%1 (a number)");
    const QString whyNoToken = IdentityModel::tr("Why no token?");

private:
    static constexpr const char *FieldsText = QT_TRANSLATE_N_NOOP("IdentityModel", "%n fields");
    static constexpr const char *ItemsText = QT_TRANSLATE_N_NOOP("IdentityModel", "%n items");

    static QString counted(QHash<qsizetype, QString> &known, const char *text, qsizetype count)
    {
        auto found = known.constFind(count);
        if (found == known.cend())
            found = known.insert(
                    count, QCoreApplication::translate("IdentityModel", text, nullptr, int(count)));
        return *found;
    }

    const QString m_expiresIn
            = IdentityModel::tr("%1 s (about %2, counted from when Auth0 stored the token)");
    const QString m_maskedSecret
            = QCoreApplication::translate("IdentityModel", "%1 (a secret: masked)");
    QHash<qsizetype, QString> m_fields;
    QHash<qsizetype, QString> m_items;
    QHash<qint64, QString> m_expiries;
};

} // namespace

IdentityModel::IdentityModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

IdentityModel::~IdentityModel() = default;

void IdentityModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_userId.clear();
    m_revealed = nullptr;
    endResetModel();
}

void IdentityModel::setUser(const QJsonObject &user, const QStringList &grantedScopes)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_revealed = nullptr;
    m_userId = user.value(u"user_id"_s).toString();
    const QJsonArray identities = user.value(u"identities"_s).toArray();
    TreeBuilder build;
    // Each list of rows allocated once, at its size or a little over (not grown as it fills).
    m_root->children.reserve(size_t(identities.size()));
    for (qsizetype i = 0; i < identities.size(); ++i) {
        const QJsonObject identity = identities.at(i).toObject();
        // Each field looked up once; the fields shown in their own places are counted, and when
        // they are all the identity has, no other is looked for.
        const QJsonValue providerValue = identity.value(u"provider"_s);
        const QJsonValue connectionValue = identity.value(u"connection"_s);
        const QJsonValue userIdValue = identity.value(u"user_id"_s);
        const QJsonValue socialValue = identity.value(u"isSocial"_s);
        const QJsonValue expiresValue = identity.value(u"expires_in"_s);
        const QJsonValue profileValue = identity.value(u"profileData"_s);
        qsizetype placed = 0;
        for (const QJsonValue *value : {&providerValue, &connectionValue, &userIdValue,
                                        &socialValue, &expiresValue, &profileValue})
            placed += !value->isUndefined();
        const QString provider = providerValue.toString();
        const QString connection = connectionValue.toString();
        const bool social = socialValue.toBool();

        auto *node = m_root->add(NodeKind::Identity, provider);
        // provider, connection, user_id and isSocial always; a row for each other field at most;
        // and a reason why there is no token.
        node->children.reserve(size_t(4 + identity.size() + 1));
        node->connection = connection;
        node->provider = provider;
        const QString &role = i == 0 ? build.primary : build.linked;
        const QString &type = social
                ? build.socialType
                : (provider == u"auth0"_s ? build.databaseType : build.enterpriseType);
        node->field = u"%1 (%2)"_s.arg(provider.isEmpty() ? build.unknownProvider : provider, role);
        node->value = u"%1 · %2"_s.arg(connection, type);

        node->add(NodeKind::Property, u"provider"_s, provider);
        node->add(NodeKind::Property, u"connection"_s, connection);
        // GitHub and some others send a number here; show it as sent.
        const QString userIdText = SafeNumbers::scalarText(userIdValue);
        auto *userIdNode
                = node->add(NodeKind::Property, u"user_id"_s,
                            userIdValue.isDouble() ? build.aNumber.arg(userIdText) : userIdText);
        userIdNode->copyText = userIdText;
        node->add(NodeKind::Property, u"isSocial"_s, SafeNumbers::scalarText(socialValue));

        bool hasToken[std::size(TokenKey)] = {};
        for (size_t kind = 0; kind < std::size(TokenKey); ++kind) {
            const QString &key = TokenKey[kind];
            const QJsonValue tokenValue = identity.value(key);
            if (tokenValue.isUndefined())
                continue;
            hasToken[kind] = true;
            ++placed;
            QByteArray bytes = tokenValue.toString().toUtf8();
            auto *token = node->add(NodeKind::Token, key);
            token->tokenKind = key;
            token->fingerprint = TokenFingerprint::of(bytes);
            token->secret = SecretBytes(std::move(bytes));
        }
        if (!expiresValue.isUndefined()) {
            // Any number the server sends, held to a range a duration can have (100 years).
            const qint64 seconds
                    = SafeNumbers::toInteger(expiresValue.toDouble(), -3155760000, 3155760000)
                              .value_or(0);
            node->add(NodeKind::Property, u"expires_in"_s, build.expiresIn(seconds));
        }
        if (identity.size() > placed) {
            for (auto it = identity.begin(); it != identity.end(); ++it) {
                static const QStringList shown{
                        u"provider"_s,     u"connection"_s,    u"user_id"_s,
                        u"isSocial"_s,     u"expires_in"_s,    u"profileData"_s,
                        u"access_token"_s, u"refresh_token"_s, u"access_token_secret"_s};
                if (!shown.contains(it.key()))
                    build.addJson(node, it.key(), it.value());
            }
        }
        if (!profileValue.isUndefined())
            build.addJson(node, u"profileData"_s, profileValue);
        const QStringList reasons = TokenInsight::explainMissing(
                provider, hasToken[AccessToken], hasToken[RefreshToken], grantedScopes,
                m_hiddenByAccessLevel);
        for (const QString &reason : reasons)
            node->add(NodeKind::Explanation, build.whyNoToken, reason);
    }
    endResetModel();
}

void IdentityModel::addExplanation(const QString &connection, const QString &text)
{
    for (Node *identity : m_root->children) {
        if (identity->connection != connection)
            continue;
        const int row = int(identity->children.size());
        beginInsertRows(indexFor(identity, 0), row, row);
        identity->add(NodeKind::Explanation, tr("Token Vault"), text);
        endInsertRows();
    }
}

IdentityModel::Node *IdentityModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex IdentityModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

bool IdentityModel::isToken(const QModelIndex &index) const
{
    return index.isValid() && nodeFor(index)->kind == NodeKind::Token;
}

SecretBytes IdentityModel::tokenValue(const QModelIndex &index) const
{
    if (!isToken(index))
        return {};
    const SecretBytes &secret = nodeFor(index)->secret;
    return SecretBytes(QByteArray(secret.reveal().constData(), secret.size()));
}

void IdentityModel::reveal(const QModelIndex &index)
{
    if (!isToken(index))
        return;
    Node *node = nodeFor(index);
    if (m_revealed == node)
        return;
    maskAll();
    m_revealed = node;
    const QModelIndex value = indexFor(node, ValueColumn);
    Q_EMIT dataChanged(indexFor(node, FieldColumn), value);
}

void IdentityModel::maskAll()
{
    Node *previous = std::exchange(m_revealed, nullptr);
    if (previous)
        Q_EMIT dataChanged(indexFor(previous, FieldColumn), indexFor(previous, ValueColumn));
}

QModelIndex IdentityModel::revealedIndex() const
{
    return indexFor(m_revealed, ValueColumn);
}

QList<QModelIndex> IdentityModel::tokenIndexes(qsizetype atMost) const
{
    QList<QModelIndex> list;
    for (const Node *identity : m_root->children) {
        for (Node *child : identity->children) {
            if (list.size() == atMost)
                return list;
            if (child->kind == NodeKind::Token)
                list.append(indexFor(child, ValueColumn));
        }
    }
    return list;
}

QModelIndex IdentityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = nodeFor(parent);
    if (row < 0 || size_t(row) >= parentNode->children.size())
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)]);
}

QModelIndex IdentityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeFor(child);
    return indexFor(node->parent, 0);
}

int IdentityModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int IdentityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant IdentityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FieldColumn)
            return node->field;
        if (node->kind == NodeKind::Token) {
            // The value itself only while revealed; the view never gets it otherwise.
            return node == m_revealed ? QString::fromUtf8(node->secret.reveal())
                                      : node->fingerprint.masked();
        }
        return node->value;
    case Qt::ToolTipRole:
        if (node->kind == NodeKind::Token)
            return node == m_revealed ? tr("Revealed. It masks itself again after a while or when "
                                           "the window loses focus.")
                                      : tr("Masked. Reveal with Ctrl+H or copy with Ctrl+C.");
        if (node->kind == NodeKind::Explanation)
            return node->value;
        return {};
    case Qt::AccessibleTextRole:
        // What a screen reader says for a token: never its characters, revealed or not.
        if (node->kind == NodeKind::Token && index.column() == ValueColumn) {
            const QString kind = QString(node->tokenKind).replace(u'_', u' ');
            return node == m_revealed
                    ? tr("revealed %1, %n characters, shown whole in the token inspector", nullptr,
                         int(node->fingerprint.length))
                              .arg(kind)
                    : tr("masked %1, %n characters", nullptr, int(node->fingerprint.length))
                              .arg(kind);
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (node->kind == NodeKind::Token)
            return tr("Ctrl+H reveals or masks it, Ctrl+C copies it; the copy clears itself.");
        return {};
    case NodeKindRole:
        return QVariant::fromValue(node->kind);
    case TokenKindRole:
        return node->tokenKind;
    case ConnectionRole:
        return node->connection;
    case ProviderRole:
        return node->provider;
    case RevealedRole:
        return node == m_revealed;
    case CopyTextRole:
        // Never a token (those are copied guarded, by tokenValue()); objects have no one value.
        if (node->kind == NodeKind::Token || node->kind == NodeKind::Object)
            return QString();
        return node->copyText.isEmpty() ? node->value : node->copyText;
    default:
        return {};
    }
}

QVariant IdentityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == FieldColumn ? tr("Field") : tr("Value");
}
