#include "PageBase.h"

#include <QEvent>

namespace looma {

PageBase::PageBase(const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
{}

void PageBase::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace looma
