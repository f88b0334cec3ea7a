#include "services/core/ProcessHardening.h"

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#endif

namespace bd::core {

QString disableCoreDumps()
{
#if defined(Q_OS_LINUX)
    QString why;
    const rlimit none { 0, 0 };
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        why = QStringLiteral("setrlimit(RLIMIT_CORE, 0): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        const QString err
            = QStringLiteral("prctl(PR_SET_DUMPABLE, 0): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        why = why.isEmpty() ? err : why + QStringLiteral("; ") + err;
    }
    return why;
#else
    return {};
#endif
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_LINUX)
    rlimit limit {};
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0
        && limit.rlim_max == 0;
#else
    return true;
#endif
}

void restrictNewFiles()
{
#if defined(Q_OS_LINUX)
    ::umask(077);
#endif
}

} // namespace bd::core
