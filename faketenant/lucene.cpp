#include "lucene.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace FakeAuth0 {

struct LuceneQuery::Node
{
    enum class Kind { And, Or, Not, Term, Range, Exists, All };
    Kind kind = Kind::Term;
    std::vector<std::unique_ptr<Node>> children;
    QString field; // empty: the default fields
    QString value;
    bool phrase = false;
    QString low, high;
    bool lowInclusive = true, highInclusive = true;
};

namespace {

using Node = LuceneQuery::Node;

struct Token
{
    enum class Type { Word, Phrase, LParen, RParen, Colon, And, Or, Not, Minus, Plus, Range, End };
    Token(Type t, const QString &s)
        : type(t)
        , text(s)
    { }
    Type type;
    QString text;
    QString low, high;
    bool lowInclusive = true, highInclusive = true;
};

bool isCaseInsensitiveField(const QString &field)
{
    static const QStringList fields{u"email"_s, u"name"_s, u"given_name"_s, u"family_name"_s,
                                    u"nickname"_s};
    return fields.contains(field);
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    std::unique_ptr<Node> parse(QString *error)
    {
        if (!tokenize(error))
            return nullptr;
        if (m_tokens.size() == 1) {
            auto all = std::make_unique<Node>();
            all->kind = Node::Kind::All;
            return all;
        }
        auto node = parseOr(QString(), error);
        if (node && peek().type != Token::Type::End) {
            *error = u"Unexpected '%1' in query"_s.arg(peek().text);
            return nullptr;
        }
        return node;
    }

private:
    bool tokenize(QString *error)
    {
        const QString &s = m_text;
        qsizetype i = 0;
        while (i < s.size()) {
            const QChar c = s.at(i);
            if (c.isSpace()) {
                ++i;
            } else if (c == u'(') {
                m_tokens.push_back({Token::Type::LParen, u"("_s});
                ++i;
            } else if (c == u')') {
                m_tokens.push_back({Token::Type::RParen, u")"_s});
                ++i;
            } else if (c == u':') {
                m_tokens.push_back({Token::Type::Colon, u":"_s});
                ++i;
            } else if (c == u'"') {
                QString phrase;
                ++i;
                while (i < s.size() && s.at(i) != u'"') {
                    if (s.at(i) == u'\\' && i + 1 < s.size())
                        ++i;
                    phrase += s.at(i++);
                }
                if (i >= s.size()) {
                    *error = u"Unterminated phrase in query"_s;
                    return false;
                }
                ++i;
                m_tokens.push_back({Token::Type::Phrase, phrase});
            } else if (c == u'[' || c == u'{') {
                const qsizetype close = [&] {
                    for (qsizetype j = i + 1; j < s.size(); ++j) {
                        if (s.at(j) == u']' || s.at(j) == u'}')
                            return j;
                    }
                    return qsizetype(-1);
                }();
                if (close < 0) {
                    *error = u"Unterminated range in query"_s;
                    return false;
                }
                const QString inner = s.mid(i + 1, close - i - 1).trimmed();
                const QStringList parts = inner.split(QRegularExpression(u"\\s+TO\\s+"_s));
                if (parts.size() != 2) {
                    *error = u"A range needs the form [low TO high]"_s;
                    return false;
                }
                Token token{Token::Type::Range, s.mid(i, close - i + 1)};
                auto unquote = [](QString v) {
                    v = v.trimmed();
                    if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"'))
                        v = v.mid(1, v.size() - 2);
                    return v;
                };
                token.low = unquote(parts.at(0));
                token.high = unquote(parts.at(1));
                token.lowInclusive = c == u'[';
                token.highInclusive = s.at(close) == u']';
                m_tokens.push_back(token);
                i = close + 1;
            } else if ((c == u'-' || c == u'+')
                       && (m_tokens.empty() || m_tokens.back().type != Token::Type::Colon)) {
                m_tokens.push_back({c == u'-' ? Token::Type::Minus : Token::Type::Plus, c});
                ++i;
            } else {
                QString word;
                while (i < s.size()) {
                    const QChar w = s.at(i);
                    if (w == u'\\' && i + 1 < s.size()) {
                        word += s.at(i + 1);
                        i += 2;
                        continue;
                    }
                    if (w.isSpace() || w == u'(' || w == u')' || w == u'"' || w == u':')
                        break;
                    word += w;
                    ++i;
                }
                if (word == u"AND"_s || word == u"&&"_s)
                    m_tokens.push_back({Token::Type::And, word});
                else if (word == u"OR"_s || word == u"||"_s)
                    m_tokens.push_back({Token::Type::Or, word});
                else if (word == u"NOT"_s || word == u"!"_s)
                    m_tokens.push_back({Token::Type::Not, word});
                else
                    m_tokens.push_back({Token::Type::Word, word});
            }
        }
        m_tokens.push_back({Token::Type::End, u"end of query"_s});
        return true;
    }

    const Token &peek() const { return m_tokens.at(m_pos); }
    const Token &next() { return m_tokens.at(m_pos++); }

    bool startsOperand() const
    {
        switch (peek().type) {
        case Token::Type::Word:
        case Token::Type::Phrase:
        case Token::Type::LParen:
        case Token::Type::Not:
        case Token::Type::Minus:
        case Token::Type::Plus:
        case Token::Type::Range:
            return true;
        default:
            return false;
        }
    }

    static std::unique_ptr<Node> combine(Node::Kind kind, std::vector<std::unique_ptr<Node>> parts)
    {
        if (parts.size() == 1)
            return std::move(parts.front());
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->children = std::move(parts);
        return node;
    }

    // OR binds loosest; juxtaposition is OR too, as in Lucene's default operator.
    std::unique_ptr<Node> parseOr(const QString &field, QString *error)
    {
        return parseList(Node::Kind::Or, &Parser::parseAnd, field, error, [this] {
            if (peek().type == Token::Type::Or) {
                next();
                return true;
            }
            return startsOperand();
        });
    }

    std::unique_ptr<Node> parseAnd(const QString &field, QString *error)
    {
        return parseList(Node::Kind::And, &Parser::parseUnary, field, error, [this] {
            if (peek().type != Token::Type::And)
                return false;
            next();
            return true;
        });
    }

    // operand (separator operand)*, combined into one node of the given kind.
    template<typename Continues>
    std::unique_ptr<Node>
    parseList(Node::Kind kind, std::unique_ptr<Node> (Parser::*operand)(const QString &, QString *),
              const QString &field, QString *error, Continues continues)
    {
        std::vector<std::unique_ptr<Node>> parts;
        do {
            auto part = (this->*operand)(field, error);
            if (!part)
                return nullptr;
            parts.push_back(std::move(part));
        } while (continues());
        return combine(kind, std::move(parts));
    }

    std::unique_ptr<Node> parseUnary(const QString &field, QString *error)
    {
        if (peek().type == Token::Type::Not || peek().type == Token::Type::Minus) {
            next();
            auto inner = parseUnary(field, error);
            if (!inner)
                return nullptr;
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Not;
            node->children.push_back(std::move(inner));
            return node;
        }
        if (peek().type == Token::Type::Plus)
            next();
        return parsePrimary(field, error);
    }

    std::unique_ptr<Node> parsePrimary(const QString &field, QString *error)
    {
        const Token token = next();
        switch (token.type) {
        case Token::Type::LParen: {
            auto inner = parseOr(field, error);
            if (!inner)
                return nullptr;
            if (next().type != Token::Type::RParen) {
                *error = u"Missing ')' in query"_s;
                return nullptr;
            }
            return inner;
        }
        case Token::Type::Word:
            if (field.isEmpty() && peek().type == Token::Type::Colon) {
                next();
                return parseFieldValue(token.text, error);
            }
            return term(field, token.text, false, error);
        case Token::Type::Phrase:
            return term(field, token.text, true, error);
        case Token::Type::Range:
            return range(field, token, error);
        default:
            *error = u"Unexpected '%1' in query"_s.arg(token.text);
            return nullptr;
        }
    }

    std::unique_ptr<Node> parseFieldValue(const QString &field, QString *error)
    {
        if (field == u"_exists_"_s) {
            const Token target = next();
            if (target.type != Token::Type::Word && target.type != Token::Type::Phrase) {
                *error = u"_exists_ needs a field name"_s;
                return nullptr;
            }
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Exists;
            node->field = target.text;
            return node;
        }
        const Token &value = peek();
        if (value.type == Token::Type::LParen) {
            next();
            auto inner = parseOr(field, error);
            if (!inner)
                return nullptr;
            if (next().type != Token::Type::RParen) {
                *error = u"Missing ')' in query"_s;
                return nullptr;
            }
            return inner;
        }
        const Token token = next();
        switch (token.type) {
        case Token::Type::Word:
            return term(field, token.text, false, error);
        case Token::Type::Phrase:
            return term(field, token.text, true, error);
        case Token::Type::Range:
            return range(field, token, error);
        default:
            *error = u"Field '%1' has no value"_s.arg(field);
            return nullptr;
        }
    }

    static std::unique_ptr<Node> term(const QString &field, const QString &value, bool phrase,
                                      QString *error)
    {
        if (!phrase && (value.contains(u'*') || value.contains(u'?'))) {
            // Auth0 (user-search-query-syntax): a trailing wildcard after any prefix is fine
            // (name:j*); a leading one needs at least 3 literal characters (name:*usa, not
            // name:*sa); none at all on user_metadata.
            if (field.startsWith(u"user_metadata"_s)) {
                *error = u"Wildcards are not supported on user_metadata fields: '%1'"_s.arg(value);
                return nullptr;
            }
            if (value.startsWith(u'*') || value.startsWith(u'?')) {
                qsizetype literal = 0;
                for (const QChar c : value)
                    literal += c != u'*' && c != u'?';
                if (literal < 3) {
                    *error = u"Wildcard queries need at least 3 characters after a leading "
                             "wildcard: '%1'"_s.arg(value);
                    return nullptr;
                }
            }
        }
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Term;
        node->field = field;
        node->value = value;
        node->phrase = phrase;
        return node;
    }

    static std::unique_ptr<Node> range(const QString &field, const Token &token, QString *error)
    {
        if (field.startsWith(u"user_metadata"_s)) {
            *error = u"Ranges are not supported on user_metadata fields"_s;
            return nullptr;
        }
        if (field.isEmpty()) {
            *error = u"A range needs a field: field:[low TO high]"_s;
            return nullptr;
        }
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Range;
        node->field = field;
        node->low = token.low;
        node->high = token.high;
        node->lowInclusive = token.lowInclusive;
        node->highInclusive = token.highInclusive;
        return node;
    }

    QString m_text;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
};

void collectValues(const QJsonValue &value, const QStringList &path, qsizetype index,
                   QList<QJsonValue> *out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            collectValues(element, path, index, out);
        return;
    }
    if (index == path.size()) {
        if (!value.isUndefined() && !value.isNull())
            out->append(value);
        return;
    }
    if (value.isObject())
        collectValues(value.toObject().value(path.at(index)), path, index + 1, out);
}

QList<QJsonValue> fieldValues(const QJsonObject &user, const QString &field)
{
    QList<QJsonValue> values;
    if (field == u"email.domain"_s) {
        const QString email = user.value(u"email"_s).toString();
        const qsizetype at = email.lastIndexOf(u'@');
        if (at >= 0)
            values.append(email.mid(at + 1));
        return values;
    }
    collectValues(user, field.split(u'.'), 0, &values);
    return values;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

bool wildcardMatch(const QString &pattern, const QString &text, Qt::CaseSensitivity cs)
{
    const QString regex = QRegularExpression::wildcardToRegularExpression(
            pattern, QRegularExpression::UnanchoredWildcardConversion);
    QRegularExpression re(u"\\A(?:"_s + regex + u")\\z"_s,
                          cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                    : QRegularExpression::NoPatternOption);
    return re.match(text).hasMatch();
}

bool termMatches(const Node &node, const QString &field, const QJsonObject &user)
{
    const Qt::CaseSensitivity cs = (isCaseInsensitiveField(field) || field == u"email.domain"_s)
            ? Qt::CaseInsensitive
            : Qt::CaseSensitive;
    const bool wildcard = !node.phrase && (node.value.contains(u'*') || node.value.contains(u'?'));
    const auto values = fieldValues(user, field);
    for (const QJsonValue &value : values) {
        const QString text = valueText(value);
        if (wildcard ? wildcardMatch(node.value, text, cs) : text.compare(node.value, cs) == 0)
            return true;
    }
    return false;
}

int compareValues(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const double da = a.toDouble(&okA);
    const double db = b.toDouble(&okB);
    if (okA && okB)
        return da < db ? -1 : (da > db ? 1 : 0);
    return QString::compare(a, b);
}

// A date as Auth0's search reads one: 2024, 2024-12, 2024-12-31, or a full ISO time. The period
// it covers runs from start (inclusive) to end (exclusive).
struct DatePeriod
{
    QDateTime start;
    QDateTime end;
    bool isValid() const { return start.isValid() && end.isValid(); }
};

DatePeriod datePeriod(const QString &text)
{
    static const QRegularExpression partial(u"^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?$"_s);
    const QRegularExpressionMatch match = partial.match(text);
    if (match.hasMatch()) {
        const int year = match.captured(1).toInt();
        const int month = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        const int day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
        const QDate first(year, month ? month : 1, day ? day : 1);
        if (!first.isValid())
            return {};
        const QDate next
                = day ? first.addDays(1) : (month ? first.addMonths(1) : first.addYears(1));
        return {QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(next, QTime(0, 0), Qt::UTC)};
    }
    if (!text.contains(u'T'))
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    time = time.toUTC();
    return {time, time.addMSecs(1)};
}

// Whether a value lies within a range, comparing dates as dates: a partial bound covers its
// whole day, month or year, rounded as Elasticsearch does (>= from its start, > after its end,
// <= up to its end, < before its start). Otherwise numbers as numbers, the rest as text.
bool inRange(const QString &text, const Node &node)
{
    const DatePeriod value = datePeriod(text);
    const DatePeriod low = node.low == u"*"_s ? DatePeriod() : datePeriod(node.low);
    const DatePeriod high = node.high == u"*"_s ? DatePeriod() : datePeriod(node.high);
    const bool dates = value.isValid() && (node.low == u"*"_s || low.isValid())
            && (node.high == u"*"_s || high.isValid());
    if (dates) {
        const bool lowOk = node.low == u"*"_s
                || (node.lowInclusive ? value.start >= low.start : value.start >= low.end);
        const bool highOk = node.high == u"*"_s
                || (node.highInclusive ? value.start < high.end : value.start < high.start);
        return lowOk && highOk;
    }
    const bool lowOk = node.low == u"*"_s
            || (node.lowInclusive ? compareValues(text, node.low) >= 0
                                  : compareValues(text, node.low) > 0);
    const bool highOk = node.high == u"*"_s
            || (node.highInclusive ? compareValues(text, node.high) <= 0
                                   : compareValues(text, node.high) < 0);
    return lowOk && highOk;
}

bool evaluate(const Node &node, const QJsonObject &user)
{
    switch (node.kind) {
    case Node::Kind::All:
        return true;
    case Node::Kind::And:
        for (const auto &child : node.children) {
            if (!evaluate(*child, user))
                return false;
        }
        return true;
    case Node::Kind::Or:
        for (const auto &child : node.children) {
            if (evaluate(*child, user))
                return true;
        }
        return false;
    case Node::Kind::Not:
        return !evaluate(*node.children.front(), user);
    case Node::Kind::Exists:
        return !fieldValues(user, node.field).isEmpty();
    case Node::Kind::Term:
        if (node.field.isEmpty()) {
            static const QStringList defaults{u"email"_s, u"name"_s, u"nickname"_s, u"username"_s,
                                              u"user_id"_s};
            for (const QString &field : defaults) {
                if (termMatches(node, field, user))
                    return true;
            }
            return false;
        }
        return termMatches(node, node.field, user);
    case Node::Kind::Range: {
        const auto values = fieldValues(user, node.field);
        for (const QJsonValue &value : values) {
            const QString text = valueText(value);
            if (text.isEmpty())
                continue;
            if (inRange(text, node))
                return true;
        }
        return false;
    }
    }
    return false;
}

} // namespace

LuceneQuery::LuceneQuery() = default;
LuceneQuery::~LuceneQuery() = default;
LuceneQuery::LuceneQuery(LuceneQuery &&) noexcept = default;
LuceneQuery &LuceneQuery::operator=(LuceneQuery &&) noexcept = default;

LuceneQuery LuceneQuery::parse(const QString &text, QString *error)
{
    LuceneQuery query;
    QString message;
    Parser parser(text);
    query.m_root = parser.parse(&message);
    query.m_valid = query.m_root != nullptr;
    if (!query.m_valid && error)
        *error = message;
    return query;
}

bool LuceneQuery::isValid() const
{
    return m_valid;
}

bool LuceneQuery::matches(const QJsonObject &user) const
{
    return m_valid && evaluate(*m_root, user);
}

} // namespace FakeAuth0
