#include "services/training/FaceRecords.h"

namespace bd::training {

QList<FaceRecord> faceRecords(const bd::results::UnifiedResult& result)
{
    QList<FaceRecord> out;
    const auto add = [&out](const bd::model::RecordRef& ref, const QList<bd::model::IdentityLink>& links) {
        for (const FaceRecord& f : std::as_const(out))
            if (f.record == ref)
                return;
        FaceRecord face { ref, std::nullopt };
        for (const auto& link : links)
            if (link.records.contains(ref))
                face.link = link.colour;
        out.append(face);
    };
    for (const auto& identity : result.identities) {
        for (const auto& hit : identity.hits)
            add({ hit.hit.system, hit.hit.recordId }, identity.links);
        for (const auto& link : identity.links)
            for (const auto& ref : link.records)
                add(ref, identity.links);
    }
    return out;
}

} // namespace bd::training
