#include <QTest>
class tst_FleetsimStack final : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_FleetsimStack)
#include "tst_fleetsim_stack.moc"
