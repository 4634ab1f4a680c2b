#pragma once

#include "usersearch.h"

#include <QAbstractTableModel>

/** The results table: one row per user. SortRole gives values that sort naturally. */
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)

public:
    enum Column { Name, Email, UserId, Connections, LastLogin, Logins, Identities, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, UserIdRole };

    explicit UserListModel(QObject *parent = nullptr);

    void setUsers(const QList<UserSummary> &users);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UserSummary> m_users;
};
