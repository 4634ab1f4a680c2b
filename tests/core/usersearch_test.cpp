#include "usersearch.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the search box holds: user id, email or Lucene query.
class UserSearchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessQueryKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("google id")
                << u"google-oauth2|108234567890123456789"_s << int(QueryKind::UserId);
        QTest::newRow("database id")
                << u" auth0|64a61dc427a7986d6e81ebe6 "_s << int(QueryKind::UserId);
        QTest::newRow("waad id") << u"waad|_4GG-bUi28mB"_s << int(QueryKind::UserId);
        QTest::newRow("email") << u"jordan.lee@example.com"_s << int(QueryKind::Email);
        QTest::newRow("mixed-case email") << u"Chris.Morgan@Example.com"_s << int(QueryKind::Email);
        QTest::newRow("field query")
                << u"email:\"jordan.lee@example.com\""_s << int(QueryKind::Lucene);
        QTest::newRow("user_id field") << u"user_id:\"github|5823109\""_s << int(QueryKind::Lucene);
        QTest::newRow("words") << u"Jordan Lee"_s << int(QueryKind::Lucene);
        QTest::newRow("boolean") << u"a|b OR c"_s << int(QueryKind::Lucene);
    }

    void guessQueryKind()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(::guessQueryKind(text)), kind);
    }
};

QTEST_GUILESS_MAIN(UserSearchTest)
#include "usersearch_test.moc"
