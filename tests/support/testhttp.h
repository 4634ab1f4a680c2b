#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QUrlQuery>

// A blocking HTTPS client for tests only: trusts the fake tenant's CA (and nothing is ever
// ignored), waits for the reply in a QSignalSpy, and hands back status, headers and body.
struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool finished = false;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

class TestHttp
{
public:
    explicit TestHttp(const QList<QSslCertificate> &caCertificates)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.addCaCertificates(caCertificates);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }

    TestReply get(const QUrl &url, const QByteArray &bearer = {}, int timeoutMs = 15000)
    {
        QNetworkRequest request = make(url);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        return wait(m_nam.get(request), timeoutMs);
    }

    TestReply post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000)
    {
        QNetworkRequest request = make(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return wait(m_nam.post(request, body), timeoutMs);
    }

    QNetworkAccessManager &manager() { return m_nam; }

private:
    QNetworkRequest make(const QUrl &url) const
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        return request;
    }

    static TestReply wait(QNetworkReply *reply, int timeoutMs)
    {
        TestReply result;
        QSignalSpy done(reply, &QNetworkReply::finished);
        result.finished = reply->isFinished() || done.wait(timeoutMs);
        if (!result.finished)
            reply->abort();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &[name, value] : pairs)
            result.headers.insert(name.toLower(), value);
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
};
