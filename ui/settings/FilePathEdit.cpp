#include "FilePathEdit.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace looma {

FilePathEdit::FilePathEdit(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_lineEdit(new QLineEdit(this))
    , m_browseButton(new QToolButton(this))
{
    setObjectName(name + QStringLiteral("FilePathEdit"));
    m_lineEdit->setObjectName(name + QStringLiteral("LineEdit"));
    m_browseButton->setObjectName(name + QStringLiteral("BrowseToolButton"));
    m_lineEdit->setClearButtonEnabled(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit, 1);
    layout->addWidget(m_browseButton);
    connect(m_browseButton, &QToolButton::clicked, this, &FilePathEdit::browse);
    connect(m_lineEdit, &QLineEdit::textChanged, this, &FilePathEdit::pathChanged);
    retranslateUi();
}

QString FilePathEdit::path() const
{
    return m_lineEdit->text().trimmed();
}
void FilePathEdit::setPath(const QString &path)
{
    m_lineEdit->setText(path);
}

void FilePathEdit::retranslateUi()
{
    m_browseButton->setText(tr("Browse…"));
    m_lineEdit->setPlaceholderText(tr("Path to a file"));
}

void FilePathEdit::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    // open(), not exec(): no nested event loop while the data sources keep polling.
    auto *dialog = new QFileDialog(this, m_dialogTitle, start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_lineEdit, &QLineEdit::setText);
    dialog->open();
}

} // namespace looma
