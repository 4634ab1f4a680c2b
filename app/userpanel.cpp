#include "userpanel.h"

#include "apierror.h"
#include "auditlog.h"
#include "clipboardguard.h"
#include "elidedlabel.h"
#include "identitymodel.h"
#include "prompts.h"
#include "redaction.h"
#include "tenantsession.h"
#include "tokeninsight.h"
#include "ui_userpanel.h"
#include "uicolours.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Shows what kind of node a row is (explanations in italics and amber, tokens in a fixed font)
// and puts Reveal and Copy buttons on each token's row.
class IdentityDelegate final : public QStyledItemDelegate
{
public:
    IdentityDelegate(QObject *parent, std::function<void(const QModelIndex &, bool copy)> onButton)
        : QStyledItemDelegate(parent)
        , m_onButton(std::move(onButton))
    { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (!isTokenValue(index)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem text = option;
        text.rect.setRight(buttonRect(option.rect, 0).left() - 4);
        QStyledItemDelegate::paint(painter, text, index);
        const bool revealed = index.data(IdentityModel::RevealedRole).toBool();
        const QString labels[] = {revealed ? UserPanel::tr("Mask") : UserPanel::tr("Reveal"),
                                  UserPanel::tr("Copy")};
        for (int i = 0; i < 2; ++i) {
            QStyleOptionButton button;
            button.rect = buttonRect(option.rect, i);
            button.text = labels[i];
            button.state = QStyle::State_Enabled | QStyle::State_Raised;
            button.palette = option.palette;
            QStyle *style = option.widget ? option.widget->style() : QApplication::style();
            style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (m_remembersSizes && index.column() == IdentityModel::FieldColumn) {
            // A field's size depends on its text and its kind (the font) alone.
            const std::pair<int, QString> key{
                    int(index.data(IdentityModel::NodeKindRole).value<IdentityModel::NodeKind>()),
                    index.data(Qt::DisplayRole).toString()};
            auto known = m_sizes.constFind(key);
            if (known == m_sizes.cend())
                known = m_sizes.insert(key, QStyledItemDelegate::sizeHint(option, index));
            return *known;
        }
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (isTokenValue(index))
            size.rwidth() += 2 * ButtonWidth + 12;
        return size;
    }

    // While on, a field's size is measured once per distinct label, for a fit of the column
    // (the same style and font throughout); off again, what was measured is forgotten.
    void setRemembersSizes(bool on)
    {
        m_remembersSizes = on;
        m_sizes.clear();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = index.data(IdentityModel::NodeKindRole).value<IdentityModel::NodeKind>();
        if (kind == IdentityModel::NodeKind::Explanation) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, uiColour(UiColour::Warning, option->palette));
        } else if (kind == IdentityModel::NodeKind::Token
                   && index.column() == IdentityModel::ValueColumn) {
            option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            if (index.data(IdentityModel::RevealedRole).toBool())
                option->palette.setColor(QPalette::Text, uiColour(UiColour::Bad, option->palette));
        } else if (kind == IdentityModel::NodeKind::Identity) {
            option->font.setBold(true);
        }
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (isTokenValue(index) && event->type() == QEvent::MouseButtonRelease) {
            const QPoint position = static_cast<QMouseEvent *>(event)->position().toPoint();
            for (int i = 0; i < 2; ++i) {
                if (buttonRect(option.rect, i).contains(position)) {
                    m_onButton(index, i == 1);
                    return true;
                }
            }
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }

private:
    static constexpr int ButtonWidth = 64;

    static bool isTokenValue(const QModelIndex &index)
    {
        return index.column() == IdentityModel::ValueColumn
                && index.data(IdentityModel::NodeKindRole).value<IdentityModel::NodeKind>()
                == IdentityModel::NodeKind::Token;
    }

    static QRect buttonRect(const QRect &cell, int i)
    {
        const int right = cell.right() - 2 - (1 - i) * (ButtonWidth + 4);
        return QRect(right - ButtonWidth + 1, cell.top() + 1, ButtonWidth, cell.height() - 2);
    }

    std::function<void(const QModelIndex &, bool copy)> m_onButton;
    bool m_remembersSizes = false;
    mutable QHash<std::pair<int, QString>, QSize> m_sizes;
};

// Fits the first column to its labels. Qt measures up to a thousand rows for it, laying out each
// row's text; the labels repeat (every identity has a provider, a connection, a user_id, ...), so
// each distinct one is measured once.
void fitFieldColumn(QTreeView *view)
{
    auto *delegate = static_cast<IdentityDelegate *>(view->itemDelegate());
    delegate->setRemembersSizes(true);
    view->resizeColumnToContents(IdentityModel::FieldColumn);
    delegate->setRemembersSizes(false);
}

} // namespace

UserPanel::UserPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserPanel>())
    , m_model(new IdentityModel(this))
    , m_maskTimer(new QTimer(this))
    , m_countdownTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->identitiesView->setAccessibleName(tr("Identities and tokens"));
    m_ui->identitiesView->setAccessibleDescription(
            tr("Arrows move between rows. On a token, Ctrl+H reveals or masks it and Ctrl+C copies "
               "it; on any other row Ctrl+C copies its value."));
    m_ui->inspectorSummary->setAccessibleName(tr("Token summary"));
    m_ui->inspectorText->setAccessibleName(tr("Token inspector"));
    m_ui->inspectorText->setAccessibleDescription(
            tr("The decoded token, and the whole token while it is revealed."));
    m_ui->rawJsonView->setAccessibleName(tr("Raw JSON, token values redacted"));
    m_ui->tokenHint->setAccessibleName(tr("Token status"));
    QFont nameFont = m_ui->userNameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_ui->userNameLabel->setFont(nameFont);
    // The user id on a line of its own, elided in the middle when long (the whole id in the
    // tooltip), so it never wraps halfway through.
    m_userIdLabel = new ElidedLabel(this);
    m_userIdLabel->setObjectName(QStringLiteral("userIdLabel"));
    m_userIdLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_userIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->headerText->insertWidget(1, m_userIdLabel);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->inspectorText->setFont(mono);
    m_ui->rawJsonView->setFont(mono);
    m_ui->identitiesView->setModel(m_model);
    m_ui->identitiesView->setItemDelegate(
            new IdentityDelegate(m_ui->identitiesView, [this](const QModelIndex &index, bool copy) {
                selectIndex(index);
                if (copy)
                    copySelected();
                else
                    revealSelected();
            }));
    m_ui->environmentBadge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    // The first column is fitted to its labels when a user is opened (setUser()), when a row is
    // opened or closed and when rows come later (a Token Vault explanation), not on every change
    // of the view's layout: a live fit (ResizeToContents) measured up to a thousand rows three
    // times for each user opened. In between it can be dragged wider or narrower.
    m_ui->identitiesView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    const auto fit = [this] {
        fitFieldColumn(m_ui->identitiesView);
    };
    for (auto changed : {&QTreeView::expanded, &QTreeView::collapsed})
        connect(m_ui->identitiesView, changed, this, fit);
    // Once for all the rows that come together (an explanation adds one to every identity of its
    // connection), when the event loop next turns.
    auto *fitLater = new QTimer(this);
    fitLater->setSingleShot(true);
    fitLater->setInterval(0);
    connect(fitLater, &QTimer::timeout, this, fit);
    connect(m_model, &QAbstractItemModel::rowsInserted, fitLater, qOverload<>(&QTimer::start));
    m_ui->identitiesView->header()->setStretchLastSection(true);
    // The identities get every pixel the inspector does not need (fitInspector()).
    m_ui->identitySplitter->setStretchFactor(0, 1);
    m_ui->identitySplitter->setStretchFactor(1, 0);
    m_ui->tokenHint->setText(tr("Tokens are masked: length and SHA-256 fingerprint."));
    m_maskTimer->setSingleShot(true);
    connect(m_maskTimer, &QTimer::timeout, this, &UserPanel::maskAll);
    // While a token shows, the hint counts down to when it masks itself.
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &UserPanel::showCountdown);
    // A revealed token is shown whole in the inspector: tokens have no spaces, so lines break
    // anywhere, decoded JSON at word boundaries where it can.
    m_ui->inspectorText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->inspectorText->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_ui->inspectorText->setUndoRedoEnabled(false); // no copy of a revealed token in an undo stack
    connect(m_ui->revealButton, &QPushButton::clicked, this, &UserPanel::revealSelected);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &UserPanel::copySelected);
    // Reveal and Copy as actions: the Token menu lists them with their keys, and the keys work
    // wherever the focus is in this panel (a text field's own Ctrl+C still copies its text).
    m_revealAction = new QAction(tr("&Reveal or mask token"), this);
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setToolTip(tr("Copy the selected token (the clipboard clears itself) or the "
                                "selected value"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    for (QAction *action : {m_revealAction, m_copyAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // What can be handed over without a secret: the user's Dashboard page and a ticket summary.
    m_dashboardAction = new QAction(tr("Open in Auth0 &Dashboard"), this);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_ticketAction = new QAction(tr("Copy for &ticket"), this);
    m_ticketAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ticketMarkdownAction = new QAction(tr("Copy for ticket as &Markdown"), this);
    m_saveTicketAction = new QAction(tr("&Save for ticket…"), this);
    for (QAction *action : {m_dashboardAction, m_ticketAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_dashboardAction, &QAction::triggered, this, &UserPanel::openInDashboard);
    connect(m_ticketAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(ticketText(Handover::Format::PlainText));
        Q_EMIT statusMessage(tr("Summary for a ticket copied: no token values in it."), 5000);
    });
    connect(m_ticketMarkdownAction, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(ticketText(Handover::Format::Markdown));
        Q_EMIT statusMessage(tr("Summary for a ticket copied as Markdown: no token values in it."),
                             5000);
    });
    connect(m_saveTicketAction, &QAction::triggered, this, [this] {
        const QString suggested = QDir::home().filePath(
                u"%1.md"_s.arg(QString(m_model->userId()).replace(u'|', u'-')));
        const QString path
                = QFileDialog::getSaveFileName(this, tr("Save the summary for a ticket"), suggested,
                                               tr("Markdown (*.md);;Plain text (*.txt)"));
        if (!path.isEmpty())
            saveTicket(path);
    });
    m_checkAction = new QAction(tr("Check at &provider"), this);
    m_checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkAction->setToolTip(tr("Ask the provider whether the selected access token still works, "
                                 "what it grants and whose it is, without showing it"));
    m_checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_checkAction);
    connect(m_checkAction, &QAction::triggered, this, &UserPanel::checkSelected);
    connect(m_revealAction, &QAction::triggered, this, &UserPanel::revealSelected);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        // Text selected in the inspector (decoded claims; never the token itself, which cannot
        // be selected) or in the redacted JSON copies as text; anything else is the row's.
        if (auto *text = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()); text
            && (text == m_ui->inspectorText || text == m_ui->rawJsonView)
            && text->textInteractionFlags() != Qt::NoTextInteraction
            && text->textCursor().hasSelection()) {
            text->copy();
            return;
        }
        copySelected();
    });
    m_ui->identitiesView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->identitiesView, &QWidget::customContextMenuRequested, this,
            &UserPanel::showContextMenu);
    // Tab moves between the panel's areas, never from cell to cell.
    m_ui->identitiesView->setTabKeyNavigation(false);
    connect(m_ui->identitiesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                inspect(current);
            });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &UserPanel::showRawJsonIfVisible);
    // Who read this user's tokens: the tenant's mgmt_api_read log entries, asked for when the
    // tab is shown (one more request per user, only for those who look).
    m_readsTab = new QWidget(this);
    m_readsTab->setObjectName(u"readsTab"_s);
    auto *readsLayout = new QVBoxLayout(m_readsTab);
    m_readsStatus = new QLabel(m_readsTab);
    m_readsStatus->setObjectName(u"readsStatus"_s);
    m_readsStatus->setWordWrap(true);
    m_readsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readsView = new QTreeWidget(m_readsTab);
    m_readsView->setObjectName(u"readsView"_s);
    m_readsView->setRootIsDecorated(false);
    m_readsView->setUniformRowHeights(true);
    m_readsView->setHeaderLabels(
            {tr("When"), tr("Client"), tr("Secrets"), tr("IP"), tr("Tool"), tr("Client ID")});
    m_readsView->setAccessibleName(tr("Reads of this user's IdP tokens"));
    readsLayout->addWidget(m_readsStatus);
    readsLayout->addWidget(m_readsView, 1);
    m_ui->tabs->addTab(m_readsTab, tr("Token reads"));
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_readsTab)
            askForTokenReads();
    });
    connect(m_ui->copyRedactedButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(
                QString::fromUtf8(QJsonDocument(redacted()).toJson(QJsonDocument::Indented)));
        Q_EMIT statusMessage(tr("Redacted JSON copied: no token values in it."), 5000);
    });
    clear();
}

UserPanel::~UserPanel() = default;

void UserPanel::showRawJsonIfVisible()
{
    if (!m_rawJsonStale || m_ui->tabs->currentWidget() != m_ui->rawTab)
        return;
    m_rawJsonStale = false;
    m_ui->rawJsonView->setPlainText(
            QString::fromUtf8(QJsonDocument(redacted()).toJson(QJsonDocument::Indented)));
}

QString UserPanel::ticketText(Handover::Format format)
{
    if (m_model->userId().isEmpty())
        return {};
    // The expiry a JWT states; an opaque token has none to read.
    QHash<QString, QString> expiries;
    const QList<QModelIndex> tokens = m_model->tokenIndexes();
    for (const QModelIndex &token : tokens) {
        const TokenDetails details
                = TokenInsight::inspect(m_model->tokenValue(token).reveal(),
                                        token.data(IdentityModel::ProviderRole).toString());
        for (const TokenDetails::TimeClaim &claim : details.times) {
            if (claim.name == u"exp"_s)
                expiries.insert(
                        Handover::tokenKey(token.parent().row(),
                                           token.data(IdentityModel::TokenKindRole).toString()),
                        u"%1 (%2)"_s.arg(claim.relative,
                                         claim.time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
        }
    }
    return Handover::ticketText(redacted(), m_profile, format, expiries, m_checks);
}

bool UserPanel::saveTicket(const QString &path)
{
    const bool markdown = path.endsWith(u".md"_s, Qt::CaseInsensitive);
    const QString text
            = ticketText(markdown ? Handover::Format::Markdown : Handover::Format::PlainText);
    QSaveFile file(path);
    if (text.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        Q_EMIT statusMessage(tr("The summary could not be saved to %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()),
                             8000);
        return false;
    }
    Q_EMIT statusMessage(tr("Summary for a ticket saved to %1: no token values in it.")
                                 .arg(QDir::toNativeSeparators(path)),
                         5000);
    return true;
}

void UserPanel::openInDashboard()
{
    QString whyNot;
    const QUrl url = Handover::dashboardUserUrl(m_profile, m_model->userId(), &whyNot);
    if (url.isEmpty()) {
        Q_EMIT statusMessage(whyNot, 10000);
        return;
    }
    QDesktopServices::openUrl(url);
    Q_EMIT statusMessage(tr("Opened in the Auth0 Dashboard: %1").arg(url.toString()), 5000);
}

void UserPanel::resetUserExtras(bool userOpen)
{
    m_ui->copyRedactedButton->setEnabled(userOpen);
    for (QAction *action : userActions())
        action->setEnabled(userOpen);
    if (TokenReadsFetch *fetch = std::exchange(m_readsFetch, nullptr))
        fetch->deleteLater();
    m_readsAsked = false;
    m_readsView->clear();
    m_readsStatus->setText(userOpen ? QString()
                                    : tr("Open a user to see who read its IdP tokens."));
    m_checks.clear();
    if (ProviderCheckRun *run = std::exchange(m_checkRun, nullptr))
        run->deleteLater();
}

QString UserPanel::identityUserId(const QModelIndex &tokenIndex) const
{
    const QModelIndex identity = tokenIndex.parent();
    for (int row = 0; row < m_model->rowCount(identity); ++row) {
        const QModelIndex field = m_model->index(row, IdentityModel::FieldColumn, identity);
        if (field.data().toString() == u"user_id"_s)
            return field.data(IdentityModel::CopyTextRole).toString();
    }
    return {};
}

QString UserPanel::checkSummary(const QModelIndex &index) const
{
    const auto it = m_checks.constFind(Handover::tokenKey(
            index.parent().row(), index.data(IdentityModel::TokenKindRole).toString()));
    return it == m_checks.cend() ? QString() : it->summary;
}

void UserPanel::checkSelected()
{
    const QModelIndex index = currentTokenIndex();
    if (!index.isValid())
        return;
    if (index.data(IdentityModel::TokenKindRole).toString() != u"access_token"_s) {
        Q_EMIT statusMessage(tr("Only an access token can be checked at its provider; a refresh "
                                "token is never used here (refreshing elsewhere can break the "
                                "copy Auth0 holds)."),
                             10000);
        return;
    }
    const QString provider = index.data(IdentityModel::ProviderRole).toString();
    if (ProviderCheck::providerFor(provider) == ProviderCheck::Provider::None) {
        Q_EMIT statusMessage(ProviderCheck::noCheckReason(provider), 15000);
        return;
    }
    if (!m_session) {
        Q_EMIT statusMessage(tr("Connect to the tenant first."), 5000);
        return;
    }
    if (m_checkRun)
        return; // one check at a time
    if (!authorize(TokenAccessPolicy::Action::Check, index))
        return;
    const QString name = ProviderCheck::providerName(ProviderCheck::providerFor(provider));
    const QString key = Handover::tokenKey(index.parent().row(),
                                           index.data(IdentityModel::TokenKindRole).toString());
    const QString connection = index.data(IdentityModel::ConnectionRole).toString();
    const QString user = userId();
    Q_EMIT statusMessage(tr("Asking %1 about the token…").arg(name), 10000);
    m_checkRun = m_session->checkAtProvider(provider, m_model->tokenValue(index),
                                            identityUserId(index));
    connect(m_checkRun, &ProviderCheckRun::finished, this, [this, key, name, connection, user] {
        ProviderCheckRun *run = std::exchange(m_checkRun, nullptr);
        run->deleteLater();
        if (user != userId())
            return; // another user by now: the result is not about it
        const QString summary = run->result().summary();
        m_checks.insert(key, {summary, QDateTime::currentDateTimeUtc()});
        QString error;
        m_access.authorize(TokenAccessPolicy::Action::CheckResult,
                           {user, connection, u"access_token"_s, name, summary}, &error);
        Q_EMIT statusMessage(tr("%1: %2").arg(name, summary), 15000);
        inspect(currentTokenIndex());
        Q_EMIT tokenActionDone(u"check"_s);
    });
}

void UserPanel::askForTokenReads()
{
    if (m_readsAsked || m_model->userId().isEmpty())
        return;
    m_readsAsked = true;
    m_readsStatus->setText(tr("Reading the tenant's logs for this user…"));
    Q_EMIT tokenReadsWanted(m_model->userId());
}

void UserPanel::showTokenReads(TokenReadsFetch *fetch)
{
    if (!fetch)
        return;
    if (fetch->userId() != m_model->userId()) { // another user by now
        fetch->deleteLater();
        return;
    }
    if (TokenReadsFetch *old = std::exchange(m_readsFetch, fetch))
        old->deleteLater();
    connect(fetch, &TokenReadsFetch::finished, this, [this, fetch] { tokenReadsArrived(fetch); });
}

void UserPanel::tokenReadsArrived(TokenReadsFetch *fetch)
{
    if (fetch != m_readsFetch)
        return;
    m_readsView->clear();
    if (fetch->lacksLogsScope()) {
        m_readsStatus->setText(
                tr("Who read this user's tokens comes from the tenant's logs, and this "
                   "application's grant lacks read:logs. It is optional: tick it in Auth0 "
                   "Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine "
                   "Applications to see it here."));
        return;
    }
    if (fetch->isError()) {
        const Diagnosis diagnosis = ErrorAdvisor::diagnose(fetch->error());
        m_readsStatus->setText(tr("The tenant's logs could not be read: %1 %2")
                                       .arg(diagnosis.summary, diagnosis.fix));
        m_readsAsked = false; // showing the tab again tries again
        return;
    }
    const QList<TokenRead> &reads = fetch->reads();
    for (const TokenRead &read : reads) {
        auto *item = new QTreeWidgetItem(m_readsView);
        item->setText(0, QLocale().toString(read.when.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(0, read.when.toUTC().toString(Qt::ISODateWithMs));
        item->setText(1, read.clientName);
        item->setToolTip(1, read.clientId);
        item->setText(2, read.secrets.join(u", "_s));
        item->setText(3, read.ip);
        item->setText(4, read.tool);
        item->setToolTip(4, tr("Log entry %1").arg(read.logId));
        item->setText(5, read.clientId);
    }
    for (int column = 0; column < m_readsView->columnCount(); ++column)
        m_readsView->resizeColumnToContents(column);
    QString status = reads.isEmpty()
            ? tr("No read of this user's IdP tokens in the tenant's logs (%n event(s) read).",
                 nullptr, fetch->eventsRead())
            : tr("%n read(s) of this user's IdP tokens (log events of type mgmt_api_read), newest "
                 "first.",
                 nullptr, int(reads.size()));
    if (fetch->hasMore())
        status += u' '
                + tr("Only the newest %1 log events were read; older ones are in Auth0 Dashboard "
                     "› Monitoring › Logs.")
                          .arg(fetch->eventsRead());
    status += u' ' + tr("Auth0 keeps logs for a limited time that depends on the plan.");
    m_readsStatus->setText(status);
}

void UserPanel::dropRedacted()
{
    if (m_redacting.valid())
        m_redacting.get(); // the worker holds the user's JSON until it ends
    m_redacted = {};
}

const QJsonObject &UserPanel::redacted()
{
    if (m_redacting.valid())
        m_redacted = m_redacting.get();
    return m_redacted;
}

void UserPanel::setServices(ClipboardGuard *clipboard, AuditLog *audit)
{
    m_clipboard = clipboard;
    m_access.setAuditLog(audit);
}

QString UserPanel::userId() const
{
    return m_model->userId();
}

QString UserPanel::requestedUserId() const
{
    return m_fetch ? m_fetch->userId() : userId();
}

void UserPanel::open(UserFetch *fetch, const TenantProfile &profile)
{
    clear();
    m_fetch = fetch;
    m_ui->userNameLabel->setText(tr("Opening…"));
    m_userIdLabel->setFullText(fetch->userId());
    m_ui->userDetailsLabel->clear();
    auto arrived = [this, fetch, profile] {
        if (fetch != m_fetch)
            return;
        if (fetch->isError()) {
            m_fetch = nullptr;
            fetch->deleteLater();
            if (fetch->error().kind == ApiError::Kind::Cancelled)
                return;
            m_ui->userNameLabel->setText(tr("The user could not be opened"));
            m_ui->userDetailsLabel->setText(ErrorAdvisor::oneLine(fetch->error()));
            Q_EMIT statusMessage(ErrorAdvisor::oneLine(fetch->error()), 10000);
            Q_EMIT opened(false);
            return;
        }
        setUser(fetch->takeUser(), profile, fetch->grantedScopes());
        Q_EMIT opened(true);
    };
    connect(fetch, &UserFetch::explained, this,
            [this](const QString &connection, const QString &text) {
                m_model->addExplanation(connection, text);
            });
    connect(fetch, &UserFetch::settled, this, [this, fetch] {
        if (fetch == m_fetch)
            m_fetch = nullptr;
        fetch->deleteLater();
    });
    if (fetch->isDone())
        arrived(); // a search already brought the whole user
    else
        connect(fetch, &UserFetch::finished, this, arrived);
}

void UserPanel::clear()
{
    if (UserFetch *fetch = std::exchange(m_fetch, nullptr)) {
        fetch->disconnect(this);
        fetch->deleteLater();
    }
    maskAll();
    m_model->clear();
    dropRedacted();
    m_ui->userNameLabel->setText(tr("No user open"));
    m_userIdLabel->setFullText(QString());
    m_ui->userDetailsLabel->setText(tr("Search for a user, then open it to see its identities."));
    m_ui->environmentBadge->clear();
    m_ui->rawJsonView->clear();
    m_rawJsonStale = false;
    resetUserExtras(false);
    // Nothing of the last token stays in the inspector either. Its size stays: the next user
    // most likely needs the same, and every change of it lays the whole pane out again.
    emptyInspector();
    updateActions();
}

void UserPanel::setUser(const QJsonObject &user, const TenantProfile &profile,
                        const QStringList &scopes)
{
    maskAll();
    m_profile = profile;
    m_access.setProfile(profile);
    m_model->setTokensHiddenByAccessLevel(!profile.mayReadTokens());
    dropRedacted();
    // The worker's copy shares the user's storage (no second copy of any token) and lets go of
    // it as soon as the redacted copy is made, not when the result is collected.
    m_redacting = std::async(std::launch::async, [source = user]() mutable {
        const QJsonObject whole = std::exchange(source, {});
        return redactUser(whole);
    });
    m_model->setUser(user, scopes);

    const QString name = user.value(u"name"_s).toString();
    m_ui->userNameLabel->setText(name.isEmpty() ? user.value(u"user_id"_s).toString() : name);
    auto when = [](const QString &iso) {
        const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                              : tr("never");
    };
    QStringList details;
    if (!user.value(u"email"_s).toString().isEmpty())
        details.append(user.value(u"email"_s).toString());
    m_userIdLabel->setFullText(user.value(u"user_id"_s).toString());
    details.append(tr("created %1").arg(when(user.value(u"created_at"_s).toString())));
    details.append(tr("last login %1").arg(when(user.value(u"last_login"_s).toString())));
    details.append(tr("%n logins", nullptr, user.value(u"logins_count"_s).toInt()));
    if (user.value(u"blocked"_s).toBool())
        details.append(tr("blocked"));
    m_ui->userDetailsLabel->setText(details.join(u" · "_s));

    m_ui->environmentBadge->setEnvironment(
            profile.environment,
            u"%1 · %2"_s.arg(TenantProfile::environmentName(profile.environment), profile.name));

    // Written when its tab is shown: for a large profile it costs more than the rest of the panel.
    m_rawJsonStale = true;
    showRawJsonIfVisible();
    resetUserExtras(true);
    if (m_ui->tabs->currentWidget() == m_readsTab)
        askForTokenReads();
    // Each identity open. expandToDepth() lays the tree out once per identity, inserting its rows
    // into the middle of the view's list each time (quadratic: a second for 20,000 identities);
    // expanding while the model reset's layout is still pending only records the state, and the
    // one layout that follows builds the rows in a single pass.
    {
        const QSignalBlocker oneFit(m_ui->identitiesView); // not one per identity opened
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_ui->identitiesView->expand(m_model->index(row, 0));
    }
    fitFieldColumn(m_ui->identitiesView);
    if (const QModelIndex token = m_model->firstTokenIndex(); token.isValid())
        selectIndex(token);
    else
        inspect({});
    updateActions();
}

void UserPanel::focusTokens()
{
    const QModelIndex token = m_model->firstTokenIndex();
    if (token.isValid() && !currentTokenIndex().isValid())
        selectIndex(token);
    m_ui->identitiesView->setFocus(Qt::OtherFocusReason);
}

void UserPanel::selectIndex(const QModelIndex &index)
{
    m_ui->identitiesView->setCurrentIndex(index.siblingAtColumn(0));
    m_ui->identitiesView->scrollTo(index);
}

QModelIndex UserPanel::currentTokenIndex() const
{
    const QModelIndex current = m_ui->identitiesView->currentIndex();
    return m_model->isToken(current) ? current.siblingAtColumn(IdentityModel::ValueColumn)
                                     : QModelIndex();
}

void UserPanel::updateActions()
{
    const bool token = currentTokenIndex().isValid();
    m_ui->revealButton->setEnabled(token);
    m_ui->copyButton->setEnabled(token && m_clipboard);
    m_revealAction->setEnabled(token);
    m_checkAction->setEnabled(token
                              && currentTokenIndex().data(IdentityModel::TokenKindRole).toString()
                                      == u"access_token"_s);
    // Enabled on every row, so that Ctrl+C in the tree is always ours: the view's own Ctrl+C
    // would copy whatever the current cell shows, a revealed token included, unguarded.
    m_copyAction->setEnabled(m_ui->identitiesView->currentIndex().isValid());
    const bool revealed = token && currentTokenIndex().data(IdentityModel::RevealedRole).toBool();
    m_ui->revealButton->setText(revealed ? tr("Mask") : tr("Reveal"));
}

bool UserPanel::authorize(TokenAccessPolicy::Action action, const QModelIndex &index)
{
    TokenAccessPolicy::Target target{userId(), index.data(IdentityModel::ConnectionRole).toString(),
                                     index.data(IdentityModel::TokenKindRole).toString()};
    if (action == TokenAccessPolicy::Action::Check)
        target.provider = ProviderCheck::providerName(
                ProviderCheck::providerFor(index.data(IdentityModel::ProviderRole).toString()));
    if (m_access.needsReason(target.userId)) {
        if (m_asking)
            return false;
        // Production: a ticket number or reason before the first reveal or copy of each user.
        m_asking = true;
        const QPointer<UserPanel> alive(this);
        const std::optional<QString> reason = Prompt::askText(
                this, u"reasonDialog"_s, tr("Production tenant"),
                tr("“%1” is a production tenant. Give a ticket number or a reason before you %2 "
                   "tokens of %3. It goes into the audit log.")
                        .arg(m_profile.name,
                             action == TokenAccessPolicy::Action::Reveal         ? tr("reveal")
                                     : action == TokenAccessPolicy::Action::Copy ? tr("copy")
                                                                                 : tr("check"),
                             target.userId));
        if (!alive)
            return false;
        m_asking = false;
        // The user may have been closed while the question was open.
        if (!reason || userId() != target.userId)
            return false;
        if (!m_access.giveReason(target.userId, *reason)) {
            Q_EMIT statusMessage(tr("A reason is needed on a production tenant."), 5000);
            return false;
        }
    }
    QString error;
    if (!m_access.authorize(action, target, &error)) {
        Q_EMIT statusMessage(error, 10000);
        return false;
    }
    return true;
}

void UserPanel::revealSelected()
{
    const QModelIndex index = currentTokenIndex();
    if (!index.isValid())
        return;
    if (index.data(IdentityModel::RevealedRole).toBool()) {
        maskAll();
        return;
    }
    const QPersistentModelIndex target(index);
    if (!authorize(TokenAccessPolicy::Action::Reveal, index) || !target.isValid())
        return;
    m_model->reveal(target);
    Q_EMIT revealedChanged(true);
    m_maskTimer->start(m_revealSeconds * 1000);
    m_countdownTimer->start();
    showCountdown();
    updateActions();
    inspect(target); // the whole value, where it can be read
    Q_EMIT statusMessage(
            tr("Token revealed; it masks itself again in %n s.", nullptr, m_revealSeconds), 5000);
    Q_EMIT tokenActionDone(u"reveal"_s);
}

void UserPanel::copySelected()
{
    const QModelIndex index = currentTokenIndex();
    if (!index.isValid()) {
        copyValue(m_ui->identitiesView->currentIndex());
        return;
    }
    if (!m_clipboard)
        return;
    const QPersistentModelIndex target(index);
    if (!authorize(TokenAccessPolicy::Action::Copy, index) || !target.isValid())
        return;
    m_clipboard->copySecret(m_model->tokenValue(target));
    Q_EMIT tokenActionDone(u"copy"_s);
}

void UserPanel::copyValue(const QModelIndex &index)
{
    // Not a secret: copied plainly, not audited. (Secret-named fields show only a fingerprint.)
    const QString text = index.data(IdentityModel::CopyTextRole).toString();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(
            tr("Copied %1.")
                    .arg(index.siblingAtColumn(IdentityModel::FieldColumn).data().toString()),
            3000);
}

void UserPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->identitiesView->indexAt(position);
    if (!index.isValid())
        return;
    selectIndex(index);
    QMenu menu(this);
    if (m_model->isToken(index)) {
        menu.addAction(m_revealAction);
        menu.addAction(m_copyAction);
        menu.addAction(m_checkAction);
    } else if (!index.data(IdentityModel::CopyTextRole).toString().isEmpty()) {
        menu.addAction(tr("Copy &value"), this,
                       [this, index = QPersistentModelIndex(index)] { copyValue(index); });
    } else {
        return;
    }
    menu.exec(m_ui->identitiesView->viewport()->mapToGlobal(position));
}

void UserPanel::maskAll()
{
    m_maskTimer->stop();
    m_countdownTimer->stop();
    const QModelIndex revealed = m_model->revealedIndex();
    m_model->maskAll();
    updateActions();
    m_ui->tokenHint->setText(tr("Tokens are masked: length and SHA-256 fingerprint."));
    if (revealed.isValid()) {
        // The inspector lets go of the value too.
        const QModelIndex current = m_ui->identitiesView->currentIndex();
        if (current.isValid() && current.siblingAtColumn(0) == revealed.siblingAtColumn(0))
            inspect(current);
        Q_EMIT revealedChanged(false);
    }
}

void UserPanel::fitInspector(bool withText)
{
    QSplitter *splitter = m_ui->identitySplitter;
    QWidget *box = m_ui->inspectorBox;
    QPlainTextEdit *text = m_ui->inspectorText;
    // Shown or hidden only when that changes: each change lays the pane out again there and then.
    if (text->isHidden() == withText)
        text->setVisible(withText);
    const int total = splitter->height() - splitter->handleWidth();
    if (total <= 0)
        return; // not laid out yet: the stretch factors share the space
    // The summary's height (the box's frame and title, its layout's margins, the text as it
    // wraps), then the text's lines as they wrap, up to a third of the height.
    const QMargins frame = box->contentsMargins();
    const QMargins margins = box->layout()->contentsMargins();
    const int summaryWidth = box->contentsRect().width() - margins.left() - margins.right();
    int wanted = frame.top() + frame.bottom() + margins.top() + margins.bottom()
            + m_ui->inspectorSummary->heightForWidth(summaryWidth);
    if (withText) {
        const QFontMetrics metrics(text->font());
        const int width = std::max(box->width() - 40, 100);
        int lines = 0;
        const QStringList blocks = text->toPlainText().split(u'\n');
        for (const QString &block : blocks)
            lines += std::max(1, (metrics.horizontalAdvance(block) + width - 1) / width);
        wanted += std::min(lines * metrics.lineSpacing() + 4 * text->frameWidth() + 16, total / 3);
    }
    const QList<int> sizes{std::max(total - wanted, total / 3), std::min(wanted, total * 2 / 3)};
    if (splitter->sizes() != sizes)
        splitter->setSizes(sizes);
}

void UserPanel::showCountdown()
{
    // Whole seconds left, rounded up, never more than the reveal time (the timer may report a
    // millisecond over it just after it started).
    const int seconds = std::min((m_maskTimer->remainingTime() + 999) / 1000, m_revealSeconds);
    m_ui->tokenHint->setText(tr("Revealed: masks itself in %n s, or when the window loses focus.",
                                nullptr, std::max(seconds, 0)));
}

void UserPanel::emptyInspector()
{
    m_ui->inspectorSummary->setText(tr("Select a token to decode it. Decoding happens here; the "
                                       "token is never sent anywhere."));
    m_ui->inspectorText->clear();
}

void UserPanel::inspect(const QModelIndex &index)
{
    const auto kind = index.data(IdentityModel::NodeKindRole).value<IdentityModel::NodeKind>();
    if (index.isValid() && kind == IdentityModel::NodeKind::Explanation) {
        // Explanations are long: the inspector shows them whole.
        m_ui->inspectorSummary->setText(u"<b>%1</b><br>%2"_s.arg(
                index.siblingAtColumn(IdentityModel::FieldColumn).data().toString().toHtmlEscaped(),
                index.siblingAtColumn(IdentityModel::ValueColumn)
                        .data()
                        .toString()
                        .toHtmlEscaped()));
        m_ui->inspectorText->clear();
        fitInspector(false);
        return;
    }
    if (!m_model->isToken(index)) {
        emptyInspector();
        fitInspector(false);
        return;
    }
    const SecretBytes token = m_model->tokenValue(index);
    const TokenDetails details = TokenInsight::inspect(
            token.reveal(), index.data(IdentityModel::ProviderRole).toString());
    const TokenFingerprint fingerprint = TokenFingerprint::of(token.reveal());
    QStringList lines;
    lines.append(u"<b>%1</b> · %2 · %3"_s.arg(
            index.data(IdentityModel::TokenKindRole).toString().toHtmlEscaped(),
            index.data(IdentityModel::ConnectionRole).toString().toHtmlEscaped(),
            tr("%n chars, SHA-256 %1", nullptr, int(fingerprint.length))
                    .arg(fingerprint.shortHash)));
    lines.append(details.description.toHtmlEscaped());
    for (const TokenDetails::TimeClaim &claim : details.times) {
        lines.append(u"<b>%1</b> %2 — %3"_s.arg(
                claim.name,
                QLocale().toString(claim.time.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(),
                claim.relative.toHtmlEscaped()));
    }
    if (const QString checked = checkSummary(index); !checked.isEmpty())
        lines.append(tr("<b>Checked at the provider:</b> %1").arg(checked.toHtmlEscaped()));
    m_ui->inspectorSummary->setText(lines.join(u"<br>"_s));
    const QString decoded = details.isJwt
            ? tr("// header\n%1\n\n// payload\n%2").arg(details.headerJson, details.payloadJson)
            : tr("(opaque token: nothing to decode)");
    const QModelIndex revealed = m_model->revealedIndex();
    const bool showsToken
            = revealed.isValid() && revealed.siblingAtColumn(0) == index.siblingAtColumn(0);
    // While the token itself shows, nothing of the text can be selected: a selection would go to
    // the X11 primary selection, a drag or the text's own Copy, past the guarded copy.
    m_ui->inspectorText->setTextInteractionFlags(showsToken ? Qt::NoTextInteraction
                                                            : Qt::TextSelectableByMouse
                                                                 | Qt::TextSelectableByKeyboard);
    m_ui->inspectorText->setContextMenuPolicy(showsToken ? Qt::NoContextMenu
                                                         : Qt::DefaultContextMenu);
    if (showsToken)
        m_ui->inspectorText->setPlainText(tr("// the token, revealed\n%1\n\n%2")
                                                  .arg(QString::fromUtf8(token.reveal()), decoded));
    else
        m_ui->inspectorText->setPlainText(decoded);
    // An opaque token, masked, has nothing more to show than its summary.
    fitInspector(
            details.isJwt
            || (revealed.isValid() && revealed.siblingAtColumn(0) == index.siblingAtColumn(0)));
}
