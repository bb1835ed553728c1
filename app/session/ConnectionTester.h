#pragma once

#include "PromError.h"
#include "PromTypes.h"
#include "SourceStatus.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class QTimer;

namespace looma {

class PromClient;
class RegistryClient;
struct PrometheusSettings;
struct RegistrySettings;

// The Settings page's "Test connection" buttons: a throwaway client on the form's values (not the
// stored ones) with a short timeout, and one sentence saying what worked or exactly what failed
// (name resolution, refused, authentication, TLS, schema version, HTTP status).
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void testRegistry(const looma::RegistrySettings &settings);
    void testPrometheus(const looma::PrometheusSettings &settings);

    // Pure classifiers, public for tests: the raw error in, the sentence for the user out.
    static QString describeRegistryError(const QString &error);
    static QString describePrometheusError(const looma::PromError &error);

Q_SIGNALS:
    void registryTestFinished(bool ok, const QString &text);
    void prometheusTestFinished(bool ok, const QString &text);

private:
    void finishRegistry(bool ok, const QString &text);
    void onRegistryStatus(const looma::SourceStatus &status);

    QPointer<RegistryClient> m_registry;
    QTimer *m_registryDeadline = nullptr;
    PromClient *m_prometheus = nullptr;
    quint64 m_promRequest = 0;
};

} // namespace looma
