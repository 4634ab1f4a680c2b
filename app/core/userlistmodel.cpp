#include "userlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UserListModel::setUsers(const QList<UserSummary> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UserListModel::clear()
{
    setUsers({});
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserSummary &user = m_users.at(index.row());
    if (role == UserIdRole)
        return user.userId;
    if (role == Qt::ToolTipRole && index.column() == Name && user.blocked)
        return tr("This user is blocked.");
    // The date is enough in the table; the time is in its tooltip.
    if (role == Qt::ToolTipRole && index.column() == LastLogin && user.lastLogin.isValid())
        return QLocale().toString(user.lastLogin.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return role == Qt::DisplayRole && user.blocked ? tr("%1 (blocked)").arg(user.name)
                                                       : user.name;
    case Email:
        return user.email;
    case UserId:
        return user.userId;
    case Connections:
        return user.connections.join(u", "_s);
    case LastLogin:
        if (role == SortRole)
            return user.lastLogin;
        return user.lastLogin.isValid()
                ? QLocale().toString(user.lastLogin.toLocalTime().date(), QLocale::ShortFormat)
                : QString();
    case Logins:
        return user.loginsCount;
    case Identities:
        return user.identityCount;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case UserId:
        return tr("User ID");
    case Connections:
        return tr("Connections");
    case LastLogin:
        return tr("Last login");
    case Logins:
        return tr("Logins");
    case Identities:
        return tr("Identities");
    case ColumnCount:
        break;
    }
    return {};
}
