#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

namespace FakeAuth0 {

// The part of Auth0's user search v3 query syntax (Lucene, run by Elasticsearch) that admins type:
// field:value, field:"phrase", wildcards (a trailing wildcard needs at least 3 characters before
// it), ranges [a TO b] and {a TO b}, AND / OR / NOT / -, parentheses, field:(a OR b),
// _exists_:field, email.domain, identities.connection, nested metadata paths. Terms without an
// operator between them are joined with OR, Lucene's default. email, name, given_name, family_name
// and nickname compare case-insensitively; everything else is case-sensitive.
class LuceneQuery final
{
public:
    LuceneQuery();
    ~LuceneQuery();
    LuceneQuery(LuceneQuery &&) noexcept;
    LuceneQuery &operator=(LuceneQuery &&) noexcept;

    // An empty query matches everything. On a syntax error, returns an invalid query and sets
    // error.
    static LuceneQuery parse(const QString &text, QString *error);

    bool isValid() const;
    bool matches(const QJsonObject &user) const;

    struct Node;

private:
    std::unique_ptr<Node> m_root;
    bool m_valid = false;
};

} // namespace FakeAuth0
