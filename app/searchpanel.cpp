#include "searchpanel.h"

#include "apierror.h"
#include "appsettings.h"
#include "tenantsession.h"
#include "ui_searchpanel.h"
#include "uicolours.h"
#include "userlistmodel.h"

#include <QCompleter>
#include <QHeaderView>
#include <QHelpEvent>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
constexpr int HistorySize = 20;
}

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPanel>())
    , m_busyDelay(new QTimer(this))
    , m_users(new UserListModel(this))
    , m_sortedUsers(new QSortFilterProxyModel(this))
    , m_history(new QStringListModel(this))
{
    m_ui->setupUi(this);
    // Names and descriptions a screen reader gives these controls.
    m_ui->searchEdit->setAccessibleName(tr("Search users"));
    m_ui->searchEdit->setAccessibleDescription(
            tr("A user ID, an email address or a Lucene query. Enter searches; Escape comes back "
               "here from anywhere."));
    m_ui->searchModeCombo->setAccessibleName(tr("Search by"));
    m_ui->pageSizeCombo->setAccessibleName(tr("Results per page"));
    m_ui->resultsView->setAccessibleName(tr("Search results"));
    m_ui->resultsView->setAccessibleDescription(
            tr("Arrows show a user; Enter opens it with the keyboard on its first token."));
    m_ui->windowMessage->setAccessibleName(tr("Search message"));
    // A search that answers within 300 ms shows no busy bar at all: an animation that flashes
    // for a moment is noise, and it repaints all the while. Its space is kept, so nothing moves.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300);
    connect(m_busyDelay, &QTimer::timeout, m_ui->busyBar, &QWidget::show);
    QSizePolicy busyPolicy = m_ui->busyBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyBar->setSizePolicy(busyPolicy);
    for (QueryKind kind : {QueryKind::Auto, QueryKind::UserId, QueryKind::Email, QueryKind::Lucene})
        m_ui->searchModeCombo->addItem(queryKindName(kind), int(kind));
    m_ui->pageSizeCombo->addItem(tr("50 per page"), 50);
    m_ui->pageSizeCombo->addItem(tr("100 per page"), 100);
    m_sortedUsers->setSourceModel(m_users);
    m_sortedUsers->setSortRole(UserListModel::SortRole);
    QTableView *results = m_ui->resultsView;
    results->setModel(m_sortedUsers);
    results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    results->horizontalHeader()->setStretchLastSection(true);
    results->verticalHeader()->hide();
    results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    results->sortByColumn(-1, Qt::AscendingOrder);
    results->setTextElideMode(Qt::ElideMiddle);
    results->viewport()->installEventFilter(this);
    auto *completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->searchEdit->setCompleter(completer);
    // Its link (a case-insensitive search after an email found nobody) works by mouse and, once
    // Tab has reached it, by Enter.
    m_ui->windowMessage->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                                 | Qt::LinksAccessibleByKeyboard);
    m_ui->windowMessage->setFocusPolicy(Qt::TabFocus);
    connect(m_ui->windowMessage, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"search:email-insensitive"_s)
            searchEmailCaseInsensitively();
    });
    m_ui->windowMessage->setStyleSheet(
            u"color:%1;"_s.arg(uiColourName(UiColour::Warning, palette())));

    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &SearchPanel::search);
    // Anywhere in the window, as the status bar says while a search runs.
    // Escape also brings the keyboard back to the search box, from anywhere in the window.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        cancel();
        focusSearchBox();
    });
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { goToPage(m_page - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { goToPage(m_page + 1); });
    connect(m_ui->pageSizeCombo, &QComboBox::activated, this, [this] {
        if (!m_query.isSet)
            return;
        m_query.perPage = m_ui->pageSizeCombo->currentData().toInt();
        run(0);
    });
    auto choose = [this](const QModelIndex &index, bool takeFocus) {
        const QString id = index.data(UserListModel::UserIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT userChosen(id, {}, takeFocus);
    };
    connect(results, &QAbstractItemView::activated, this,
            [choose](const QModelIndex &index) { choose(index, true); });
    connect(results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [choose](const QModelIndex &index) { choose(index, false); });
    results->setTabKeyNavigation(false); // Tab leaves the table, not goes to the next cell
    setSession(nullptr, nullptr);
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setSession(TenantSession *session, AppSettings *settings)
{
    if (m_search)
        m_search->disconnect(this); // the session it belongs to cancels it
    m_search = nullptr;
    m_session = session;
    // A session-only profile (the demo, a memory-only secret) leaves no history behind.
    m_settings = session && !session->profile().sessionOnly ? settings : nullptr;
    m_query = {};
    m_page = 0;
    m_history->setStringList(m_settings ? m_settings->history(session->profile().id)
                                        : QStringList());
    resetResults();
    setBusy(false);
    m_ui->searchEdit->setEnabled(session);
}

QString SearchPanel::luceneEmailQuery(const QString &email)
{
    QString quoted = email;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u"email:\"%1\""_s.arg(quoted);
}

void SearchPanel::searchEmailCaseInsensitively()
{
    if (m_query.kind == QueryKind::Lucene || m_query.text.isEmpty())
        return;
    m_ui->searchEdit->setText(luceneEmailQuery(m_query.text));
    m_ui->searchModeCombo->setCurrentIndex(m_ui->searchModeCombo->findData(int(QueryKind::Lucene)));
    search();
}

void SearchPanel::focusSearchBox()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void SearchPanel::search()
{
    const QString text = m_ui->searchEdit->text().trimmed();
    if (!m_session)
        return;
    if (!text.isEmpty())
        remember(text);
    m_query.text = text;
    m_query.kind = QueryKind(m_ui->searchModeCombo->currentData().toInt());
    m_query.perPage = m_ui->pageSizeCombo->currentData().toInt();
    m_query.isSet = true;
    run(0);
}

void SearchPanel::goToPage(int page)
{
    if (m_query.isSet)
        run(std::max(0, page));
}

void SearchPanel::run(int page)
{
    if (!m_session)
        return;
    if (m_search) {
        m_search->disconnect(this);
        m_search->deleteLater();
    }
    m_page = page;
    setBusy(true);
    Q_EMIT searchStarted();
    m_search = m_session->search(m_query.text, m_query.kind, page, m_query.perPage);
    connect(m_search, &UserSearch::finished, this,
            [this, search = m_search.data()] { finished(search); });
    Q_EMIT statusMessage(tr("Searching (%1)…").arg(queryKindName(m_search->result().kind)), 0);
}

void SearchPanel::cancel()
{
    if (!m_search)
        return;
    UserSearch *search = std::exchange(m_search, nullptr);
    search->disconnect(this);
    search->abort();
    search->deleteLater();
    setBusy(false);
    Q_EMIT statusMessage(tr("Search cancelled"), 3000);
}

void SearchPanel::finished(UserSearch *search)
{
    search->deleteLater();
    if (search != m_search)
        return;
    m_search = nullptr;
    setBusy(false);
    SearchResult result = search->result();
    if (result.pageSizeFellBack) {
        // This tenant takes fewer per page: the following pages and searches use that size too.
        m_query.perPage = result.perPage;
        m_page = result.page;
        const int index = m_ui->pageSizeCombo->findData(result.perPage);
        if (index >= 0)
            m_ui->pageSizeCombo->setCurrentIndex(index);
    }
    const bool failed = result.error.isError() && result.users.isEmpty();
    if (failed) {
        showError(result);
    } else {
        // One answer opens itself: an email's user is asked for before the list is drawn, so
        // the request is on its way meanwhile; a user id search already holds the whole user.
        if (result.fullUser.isEmpty() && result.users.size() == 1
            && result.kind == QueryKind::Email)
            Q_EMIT userChosen(result.users.first().userId, {}, true);
        showUsers(result);
        if (!result.fullUser.isEmpty())
            Q_EMIT userChosen(result.users.value(0).userId, std::exchange(result.fullUser, {}),
                              true);
    }
    Q_EMIT searchFinished(!failed);
}

void SearchPanel::showError(const SearchResult &result)
{
    const Diagnosis diagnosis = ErrorAdvisor::diagnose(result.error);
    m_users->clear();
    m_ui->pageLabel->clear();
    m_ui->windowMessage->setText(u"<b>%1</b> — %2"_s.arg(diagnosis.summary.toHtmlEscaped(),
                                                         diagnosis.fix.toHtmlEscaped()));
    m_ui->windowMessage->setToolTip(diagnosis.detail);
    m_ui->windowMessage->show();
    m_ui->previousButton->setEnabled(result.page > 0);
    m_ui->nextButton->setEnabled(false);
    Q_EMIT statusMessage(diagnosis.summary, 8000);
}

void SearchPanel::showUsers(const SearchResult &result)
{
    m_users->setUsers(result.users);
    m_contentWidths.clear();
    fitColumns();
    const int first = result.page * result.perPage + 1;
    const int last = result.page * result.perPage + int(result.users.size());
    if (result.users.isEmpty())
        m_ui->pageLabel->setText(tr("No users found"));
    else if (result.kind == QueryKind::Lucene)
        m_ui->pageLabel->setText(tr("%1–%2 of %3").arg(first).arg(last).arg(result.total));
    else
        m_ui->pageLabel->setText(tr("%n user(s)", nullptr, int(result.users.size())));
    const bool more = result.kind == QueryKind::Lucene && last < result.total;
    m_ui->previousButton->setEnabled(result.page > 0);
    m_ui->nextButton->setEnabled(more && !result.beyondWindow);
    if (result.beyondWindow
        || (result.kind == QueryKind::Lucene && result.total > UserSearch::ResultWindow)) {
        m_ui->windowMessage->setText(
                tr("%1 users match, and Auth0 lets a search page through the first 1000 only. "
                   "Narrow the query, for example with identities.connection:\"github\" or "
                   "email.domain:\"example.com\".")
                        .arg(result.total));
        m_ui->windowMessage->show();
    } else if (result.kind == QueryKind::Email && result.users.isEmpty()) {
        // Auth0's users-by-email is exact, case included; a Lucene email: query is not.
        m_ui->windowMessage->setText(
                tr("Email lookups are exact, case included. <a href=\"search:email-insensitive\">"
                   "Search %1 ignoring case</a> (a Lucene query, indexed a few seconds later).")
                        .arg(luceneEmailQuery(m_query.text).toHtmlEscaped()));
        m_ui->windowMessage->show();
    } else {
        m_ui->windowMessage->hide();
    }
    if (result.pageSizeFellBack)
        Q_EMIT statusMessage(tr("This tenant takes at most %1 users per page; %n user(s) found",
                                nullptr, result.total)
                                     .arg(result.perPage),
                             10000);
    else
        Q_EMIT statusMessage(tr("%n user(s) found", nullptr, result.total), 5000);
}

void SearchPanel::remember(const QString &text)
{
    // Queries only: never a token or a secret.
    QStringList list = m_history->stringList();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > HistorySize)
        list.removeLast();
    m_history->setStringList(list);
    if (m_settings)
        m_settings->setHistory(m_session->profile().id, list);
}

void SearchPanel::setBusy(bool busy)
{
    if (busy) {
        m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_ui->busyBar->hide();
    }
    m_ui->searchButton->setEnabled(!busy && m_session);
}

void SearchPanel::resetResults()
{
    m_users->clear();
    m_ui->pageLabel->clear();
    m_ui->windowMessage->hide();
    m_ui->previousButton->setEnabled(false);
    m_ui->nextButton->setEnabled(false);
}

void SearchPanel::fitColumns()
{
    QTableView *results = m_ui->resultsView;
    QHeaderView *header = results->horizontalHeader();
    const int columns = m_sortedUsers->columnCount();
    if (m_contentWidths.size() != columns) {
        results->resizeColumnsToContents();
        for (int column = 0; column < columns; ++column)
            m_contentWidths.append(column == columns - 1 ? header->sectionSizeHint(column)
                                                         : header->sectionSize(column));
    }
    QList<int> widths = m_contentWidths;
    const int total = std::accumulate(widths.cbegin(), widths.cend(), 0);
    const int available = results->viewport()->width();
    if (total > available) {
        // The widest columns give way first: the largest width w such that every column
        // narrowed to at most w fits. Each keeps room for a few characters.
        QList<int> sorted = widths;
        std::sort(sorted.begin(), sorted.end());
        int room = available;
        int cap = sorted.last();
        for (int i = 0; i < sorted.size(); ++i) {
            const int left = int(sorted.size()) - i;
            if (sorted.at(i) * left > room) {
                cap = room / left;
                break;
            }
            room -= sorted.at(i);
        }
        cap = std::max(cap, fontMetrics().horizontalAdvance(u"mmmm"_s));
        for (int &width : widths)
            width = std::min(width, cap);
    }
    for (int column = 0; column < columns; ++column)
        header->resizeSection(column, widths.at(column));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *results = m_ui->resultsView;
    if (watched == results->viewport()) {
        if (event->type() == QEvent::Resize && m_users->rowCount() > 0) {
            fitColumns();
        } else if (event->type() == QEvent::ToolTip) {
            // A value elided to fit its column shows whole in its tooltip.
            const auto *help = static_cast<QHelpEvent *>(event);
            const QModelIndex index = results->indexAt(help->pos());
            const QString text = index.data().toString();
            const int room = results->columnWidth(index.column()) - 8;
            if (index.isValid() && results->fontMetrics().horizontalAdvance(text) > room
                && index.data(Qt::ToolTipRole).isNull()) {
                QToolTip::showText(help->globalPos(), text, results->viewport());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
