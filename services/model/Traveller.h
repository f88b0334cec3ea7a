#pragma once

#include "services/model/Systems.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// Who and what is being checked: the person and document data and a search request.
namespace bd::model {

struct PersonData
{
    QString surname;
    QString givenNames;
    QDate dateOfBirth;
    QString sex; // "M", "F", "X" or empty
    QString nationality; // ICAO code
    bool operator==(const PersonData&) const = default;
};

struct DocumentData
{
    QString documentCode; // "P", "I", "V", ...
    QString issuingState;
    QString number;
    QDate dateOfExpiry;
    bool operator==(const DocumentData&) const = default;
};

struct FingerprintSample
{
    int position = 0; // ISO/IEC 19794-4 finger position 1..10
    QByteArray image; // PNG or WSQ bytes
    int nfiq = 0; // NFIQ 2 quality 0..100
    bool operator==(const FingerprintSample&) const = default;
};

struct SearchRequest
{
    QString searchId; // client-generated UUID; the same id twice is the same search
    QString officerId;
    UserProfile profile = UserProfile::BorderFirstLine;
    Purpose purpose = Purpose::EntryCheck;
    DocumentData document;
    PersonData person;
    QByteArray faceImage; // JPEG/PNG, optional
    QList<FingerprintSample> fingerprints;
    QList<SystemId> systems; // empty: every system the profile may query
    bool operator==(const SearchRequest&) const = default;
};

} // namespace bd::model
