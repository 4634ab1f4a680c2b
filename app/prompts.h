#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

/**
 * Every question the app asks in a dialog goes through here: a confirmation or a line of text.
 * Tests answer them in advance with answerNext() (the idea of KeePassXC's
 * MessageBox::setNextAnswer), so no test polls for a dialog or races it with a timer; in test
 * mode a question with no answer waiting is refused at once, never left on screen.
 */
class Prompt final
{
public:
    struct Answer
    {
        bool accept = false;
        QString text; ///< for askText()
    };

    /** A question with one accepting button and Cancel; true when accepted. */
    static bool confirm(QWidget *parent, const QString &name, QMessageBox::Icon icon,
                        const QString &title, const QString &text, const QString &informative,
                        const QString &acceptLabel);
    /** A line of text, or nothing when cancelled; a hidden one (a passphrase) when hidden. */
    static std::optional<QString> askText(QWidget *parent, const QString &name,
                                          const QString &title, const QString &label,
                                          bool hidden = false);
    /** One of the given choices, or nothing when cancelled. */
    static std::optional<QString> choose(QWidget *parent, const QString &name, const QString &title,
                                         const QString &label, const QStringList &choices,
                                         int current = 0);

    /** Tests: answer the next question with this, without showing it. */
    static void answerNext(const Answer &answer);
    /** Tests: questions with no answer waiting are refused instead of shown. */
    static void setTestMode(bool on);
    /** A question as it was asked: its name and every word of it. */
    struct Question
    {
        QString name;
        QString text;
    };
    /** The questions asked so far, oldest first; clears the record. */
    static QList<Question> takeAsked();
};
