#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace looma {

// A path field with a "Browse…" button. Only the path is kept; the file's content (a token, a
// password) is read by the client when it connects, never by the settings.
class FilePathEdit final : public QWidget
{
    Q_OBJECT

public:
    // name: the object-name stem, e.g. "prometheusTokenFile" gives prometheusTokenFileLineEdit.
    explicit FilePathEdit(const QString &name, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_lineEdit; }

    void setDialogTitle(const QString &title) { m_dialogTitle = title; }
    void retranslateUi();

Q_SIGNALS:
    void pathChanged();

private:
    void browse();

    QLineEdit *m_lineEdit = nullptr;
    QToolButton *m_browseButton = nullptr;
    QString m_dialogTitle;
};

} // namespace looma
