#include "usersearch.h"

#include "managementapi.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QueryKind guessQueryKind(const QString &input)
{
    const QString text = input.trimmed();
    // provider|id, where the provider part is what Auth0 uses: letters, digits, dashes.
    static const QRegularExpression userId(u"^[A-Za-z0-9][A-Za-z0-9-]*\\|\\S+$"_s);
    static const QRegularExpression email(u"^[^\\s@:()\"]+@[^\\s@:()\"]+\\.[^\\s@:()\"]+$"_s);
    if (userId.match(text).hasMatch() && !text.contains(u':'))
        return QueryKind::UserId;
    if (email.match(text).hasMatch())
        return QueryKind::Email;
    return QueryKind::Lucene;
}

QString queryKindName(QueryKind kind)
{
    switch (kind) {
    case QueryKind::Auto:
        return QCoreApplication::translate("UserSearch", "Auto");
    case QueryKind::UserId:
        return QCoreApplication::translate("UserSearch", "User ID");
    case QueryKind::Email:
        return QCoreApplication::translate("UserSearch", "Email");
    case QueryKind::Lucene:
        return QCoreApplication::translate("UserSearch", "Lucene query");
    }
    return {};
}

UserSummary UserSummary::fromJson(const QJsonObject &user)
{
    UserSummary summary;
    summary.userId = user.value(u"user_id"_s).toString();
    summary.name = user.value(u"name"_s).toString();
    summary.email = user.value(u"email"_s).toString();
    const QJsonArray identities = user.value(u"identities"_s).toArray();
    summary.identityCount = int(identities.size());
    for (const QJsonValue &identity : identities) {
        const QString connection = identity.toObject().value(u"connection"_s).toString();
        if (!connection.isEmpty() && !summary.connections.contains(connection))
            summary.connections.append(connection);
    }
    summary.lastLogin
            = QDateTime::fromString(user.value(u"last_login"_s).toString(), Qt::ISODateWithMs);
    summary.loginsCount = user.value(u"logins_count"_s).toInt();
    summary.blocked = user.value(u"blocked"_s).toBool();
    return summary;
}

UserSearch::UserSearch(ManagementApi *api, const QString &text, QueryKind kind, int page,
                       int perPage, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_text(text.trimmed())
{
    m_result.kind = kind == QueryKind::Auto ? guessQueryKind(m_text) : kind;
    m_result.page = std::max(0, page);
    m_result.perPage = std::clamp(perPage, 1, 100);
}

UserSearch::~UserSearch()
{
    if (ManagementReply *reply = std::exchange(m_reply, nullptr))
        reply->abandon(this);
}

SearchRequest UserSearch::requestFor(const QString &text, QueryKind kind, int page, int perPage)
{
    SearchRequest request;
    switch (kind) {
    case QueryKind::UserId:
        request.path = u"users/"_s + ManagementApi::encodeUserId(text);
        break;
    case QueryKind::Email:
        request.path = u"users-by-email"_s;
        request.query.addQueryItem(u"email"_s, QString::fromUtf8(QUrl::toPercentEncoding(text)));
        break;
    case QueryKind::Auto:
    case QueryKind::Lucene:
        request.path = u"users"_s;
        if ((qint64(page) + 1) * perPage > ResultWindow) {
            request.beyondWindow = true;
            break;
        }
        if (!text.isEmpty())
            request.query.addQueryItem(u"q"_s, QString::fromUtf8(QUrl::toPercentEncoding(text)));
        request.query.addQueryItem(u"search_engine"_s, u"v3"_s);
        request.query.addQueryItem(u"page"_s, QString::number(page));
        request.query.addQueryItem(u"per_page"_s, QString::number(perPage));
        request.query.addQueryItem(u"include_totals"_s, u"true"_s);
        break;
    }
    return request;
}

void UserSearch::start()
{
    const SearchRequest request
            = requestFor(m_text, m_result.kind, m_result.page, m_result.perPage);
    if (request.beyondWindow) {
        m_result.beyondWindow = true;
        // Auth0's own words for this limit, so the diagnosis reads the same either way.
        m_result.error = ApiError::make(ApiError::Kind::Http,
                                        u"You can only page through the first 1000 records."_s);
        m_result.error.httpStatus = 400;
        QTimer::singleShot(0, this, &UserSearch::finish);
        return;
    }
    // A user id search is the opening of that user (its answer is shown without another request);
    // lists never ask for IdP tokens.
    QPointer<ManagementReply> reply = m_result.kind == QueryKind::UserId
            ? m_api->getUser(m_text)
            : m_api->get(request.path, request.query, TokenScope::Users);
    m_reply = reply;
    connect(m_reply, &ManagementReply::rateLimitWait, this, &UserSearch::rateLimitWait);
    connect(m_reply, &ManagementReply::finished, this, [this] {
        ManagementReply *done = m_reply;
        m_reply = nullptr;
        done->deleteLater();
        if (done->isError()) {
            const ApiError &error = done->error();
            if (m_result.kind == QueryKind::Lucene && !m_askedWithFallback
                && m_result.perPage > FallbackPerPage && error.httpStatus == 400
                && error.message.contains(u"on property per_page"_s)) {
                // The same first result, on a page of the size the tenant takes; once.
                m_askedWithFallback = true;
                m_result.page = int(qint64(m_result.page) * m_result.perPage / FallbackPerPage);
                m_result.perPage = FallbackPerPage;
                m_result.pageSizeFellBack = true;
                start();
                return;
            }
            // A user id that does not exist is an empty result, not a failure.
            if (m_result.kind == QueryKind::UserId && done->error().httpStatus == 404)
                m_result.total = 0;
            else
                m_result.error = done->error();
            finish();
            return;
        }
        const QJsonDocument json = done->json();
        QJsonArray users;
        if (m_result.kind == QueryKind::UserId) {
            m_result.fullUser = json.object();
            users.append(json.object());
        } else if (json.isArray()) {
            users = json.array();
        } else {
            const QJsonObject envelope = json.object();
            users = envelope.value(u"users"_s).toArray();
            m_result.total = envelope.value(u"total"_s).toInt(int(users.size()));
        }
        for (const QJsonValue &user : std::as_const(users)) {
            if (user.isObject())
                m_result.users.append(UserSummary::fromJson(user.toObject()));
        }
        if (m_result.kind != QueryKind::Lucene)
            m_result.total = int(m_result.users.size());
        m_result.beyondWindow = m_result.kind == QueryKind::Lucene
                && (m_result.page + 2) * m_result.perPage > ResultWindow
                && m_result.total > (m_result.page + 1) * m_result.perPage;
        finish();
    });
}

void UserSearch::abort()
{
    if (m_reply)
        m_reply->abort();
}

void UserSearch::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}
