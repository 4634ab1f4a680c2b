#pragma once

#include <QLabel>

/**
 * One line of text elided in the middle when it does not fit (ids keep their start and end, which
 * tell them apart), with the whole text in its tooltip and selectable copy of the whole text.
 */
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
};
