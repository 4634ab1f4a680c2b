#include "prompts.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QQueue>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct State
{
    QQueue<Prompt::Answer> answers;
    QList<Prompt::Question> asked;
    bool testMode = false;
};

State &state()
{
    static State s;
    return s;
}

// A prepared answer, or in test mode a refusal; nothing when a person should be asked.
std::optional<Prompt::Answer> prepared(const QString &name, const QStringList &words)
{
    State &s = state();
    s.asked.append({name, words.join(u'\n')});
    if (!s.answers.isEmpty())
        return s.answers.dequeue();
    if (s.testMode)
        return Prompt::Answer{};
    return std::nullopt;
}

} // namespace

bool Prompt::confirm(QWidget *parent, const QString &name, QMessageBox::Icon icon,
                     const QString &title, const QString &text, const QString &informative,
                     const QString &acceptLabel)
{
    if (const auto answer = prepared(name, {title, text, informative}))
        return answer->accept;
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(name);
    box.setInformativeText(informative);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

namespace {

// A line of text or a choice, asked in a QInputDialog named for the test record.
std::optional<QString> runInputDialog(QWidget *parent, const QString &name, const QString &title,
                                      const QString &label,
                                      const std::function<void(QInputDialog &)> &setUp)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(name);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    setUp(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace

std::optional<QString> Prompt::askText(QWidget *parent, const QString &name, const QString &title,
                                       const QString &label, bool hidden)
{
    if (const auto answer = prepared(name, {title, label})) {
        if (!answer->accept)
            return std::nullopt;
        return answer->text;
    }
    return runInputDialog(parent, name, title, label, [hidden](QInputDialog &dialog) {
        if (hidden)
            dialog.setTextEchoMode(QLineEdit::Password);
    });
}

std::optional<QString> Prompt::choose(QWidget *parent, const QString &name, const QString &title,
                                      const QString &label, const QStringList &choices, int current)
{
    if (const auto answer = prepared(name, {title, label, choices.join(u", "_s)})) {
        if (!answer->accept || !choices.contains(answer->text))
            return std::nullopt;
        return answer->text;
    }
    return runInputDialog(parent, name, title, label, [&](QInputDialog &dialog) {
        dialog.setComboBoxItems(choices);
        dialog.setComboBoxEditable(false);
        dialog.setTextValue(choices.value(current));
    });
}

void Prompt::answerNext(const Answer &answer)
{
    state().answers.enqueue(answer);
}

void Prompt::setTestMode(bool on)
{
    state().testMode = on;
    state().answers.clear();
}

QList<Prompt::Question> Prompt::takeAsked()
{
    return std::exchange(state().asked, {});
}
