#pragma once

#include "services/model/Model.h"
#include "services/results/UnifiedResult.h"

#include <QDate>
#include <QList>
#include <QString>

#include <algorithm>
#include <numeric>
#include <vector>

// Small helpers shared by the verdict's rule files (Unifier.cpp, Verdict*.cpp). Internal.
namespace bd::results::rules {

using namespace bd::model;

inline int colourAlarm(LinkColour c)
{
    switch (c) {
    case LinkColour::Red:
        return 0;
    case LinkColour::Yellow:
        return 1;
    case LinkColour::Green:
        return 2;
    case LinkColour::White:
        return 3;
    }
    return 4;
}

inline RequiredAction makeAction(
    ActionCode code, const QString& text, std::optional<SystemId> source = std::nullopt, const QString& recordId = {})
{
    return RequiredAction { code, decisionForAction(code), refusalLetterForAction(code), text, source, recordId };
}

inline QString markers(const SisAlert& a)
{
    return a.warningMarkers.isEmpty()
        ? QString()
        : QStringLiteral(" Warning markers: %1.").arg(a.warningMarkers.join(QStringLiteral(", ")));
}

inline QString systemNames(const QList<SystemId>& systems)
{
    QStringList names;
    for (SystemId s : systems)
        names.append(systemKey(s).toUpper());
    return names.join(QStringLiteral(", "));
}

inline bool answered(SystemStatus s)
{
    return s == SystemStatus::Hit || s == SystemStatus::NoHit || s == SystemStatus::NotAuthorised;
}

inline bool isEntry(Purpose p)
{
    return p == Purpose::EntryCheck || p == Purpose::Training;
}

inline QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

struct UnionFind
{
    explicit UnionFind(int n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<int> parent;
};

inline QString refKey(SystemId s, const QString& recordId)
{
    return systemKey(s) + QLatin1Char('|') + recordId;
}

// The system-specific block a hit of this system must carry to be understood.
inline QString missingBlock(const Hit& h)
{
    switch (h.system) {
    case SystemId::Sis:
        return h.sis ? QString() : QStringLiteral("sis");
    case SystemId::Vis:
        return h.vis ? QString() : QStringLiteral("vis");
    case SystemId::Ees:
        return h.ees ? QString() : QStringLiteral("ees");
    case SystemId::Etias:
        return h.etias ? QString() : QStringLiteral("etias");
    default:
        return {};
    }
}

} // namespace bd::results::rules
