#include "../support/fixtures.h"
#include "userlistmodel.h"
#include "usersearch.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// The results table's model under QAbstractItemModelTester.
class UserListModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userListModel_passesModelTester()
    {
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<UserSummary> users;
        users.append(UserSummary::fromJson(fixtureUser(u"jordan-lee"_s)));
        users.append(UserSummary::fromJson(fixtureUser(u"github"_s)));
        model.setUsers(users);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, UserListModel::Connections).data().toString(),
                 u"Username-Password-Authentication, google-oauth2, github"_s);
        QCOMPARE(model.index(0, UserListModel::Identities).data().toInt(), 3);
        QCOMPARE(model.index(1, UserListModel::Logins).data(UserListModel::SortRole).toInt(), 57);
        QVERIFY(model.index(0, UserListModel::LastLogin)
                        .data(UserListModel::SortRole)
                        .toDateTime()
                        .isValid());
        // The day in the table, the time too in the tooltip.
        const QModelIndex login = model.index(0, UserListModel::LastLogin);
        const QDateTime when = login.data(UserListModel::SortRole).toDateTime().toLocalTime();
        QCOMPARE(login.data().toString(), QLocale().toString(when.date(), QLocale::ShortFormat));
        QCOMPARE(login.data(Qt::ToolTipRole).toString(),
                 QLocale().toString(when, QLocale::LongFormat));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(UserListModelTest)
#include "userlistmodel_test.moc"
