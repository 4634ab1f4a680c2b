#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// JSON fixtures from tests/data/: users as Auth0 returns them (taken from the demo seed) and other
// answers of the Management API. Empty when the file is missing, so a test fails on its content.
inline QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixtureBytes(name)).object();
}

inline QJsonObject fixtureUser(const QString &name)
{
    return fixtureObject(QStringLiteral("users/") + name + QStringLiteral(".json"));
}
