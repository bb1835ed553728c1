// Test helper: joins the leader election on the DSN given and prints one line per change
// ("leader <backend pid>" / "observer"), until killed or until its lifetime ends, so a crashed
// test can never leave it running for long.
#include "LeaderElection.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: fo_leader_holder DSN [interval-ms] [lifetime-ms]\n");
        return 2;
    }
    const int interval = args.size() > 2 ? args.at(2).toInt() : 500;
    const int lifetime = args.size() > 3 ? args.at(3).toInt() : 60000;
    looma::LeaderElection election(args.at(1), interval);
    QObject::connect(&election, &looma::LeaderElection::leadershipChanged, &app, [](bool leader, qint64 pid) {
        if (leader)
            std::printf("leader %lld\n", static_cast<long long>(pid));
        else
            std::printf("observer\n");
        std::fflush(stdout);
    });
    QTimer::singleShot(lifetime, &app, &QCoreApplication::quit);
    election.start();
    std::printf("started\n");
    std::fflush(stdout);
    return app.exec();
}
