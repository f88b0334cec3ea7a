#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz harnesses (tests/fuzz/corpus/<harness>/) from the project's
own test data and protocol examples: tests/data/mrz, resources/scenarios, docs/gateway-protocol.md.
Run from anywhere: tests/fuzz/corpus/generate.py. Files named regress-* are inputs the fuzzer found
(kept as regression tests) and are never touched by this script; every other file is rewritten.
The input formats are described at the top of each harness (tests/fuzz/Fuzz*.cpp)."""
import calendar
import datetime
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[3]
OUT = pathlib.Path(__file__).resolve().parent
TODAY = datetime.date(2026, 11, 28)  # the date the harnesses pin
SEARCH_ID = "7f0c3b7e-2f4e-4f0e-9a51-3d3f4b0c2a11"  # FuzzSearchStream's search id, as in the protocol doc


def reset(harness):
    d = OUT / harness
    d.mkdir(exist_ok=True)
    for f in d.iterdir():
        if not f.name.startswith("regress-"):
            f.unlink()
    return d


def write(d, name, data):
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


# --- relative scenario dates, as ScenarioDeck::resolveRelativeDate -------------------------------
REL = re.compile(r"^today(?:([+-])(\d{1,3})y)?(?:([+-])(\d{1,5}))?$")


def add_years(d, years):
    y = d.year + years
    day = min(d.day, calendar.monthrange(y, d.month)[1])
    return d.replace(year=y, day=day)


def resolve(v):
    if isinstance(v, str):
        m = REL.match(v)
        if not m:
            return v
        years = int(m.group(2) or 0) * (-1 if m.group(1) == "-" else 1)
        days = int(m.group(4) or 0) * (-1 if m.group(3) == "-" else 1)
        return (add_years(TODAY, years) + datetime.timedelta(days=days)).isoformat()
    if isinstance(v, list):
        return [resolve(x) for x in v]
    if isinstance(v, dict):
        return {k: resolve(x) for k, x in v.items()}
    return v


def scenarios():
    for f in sorted((ROOT / "resources/scenarios").glob("*.json")):
        yield f.stem, resolve(json.loads(f.read_text()))


def system_events(scenario, search_id):
    """The answer lines the training gateway would send for a scenario (every other system: no-hit)."""
    systems = ["sis", "vis", "ees", "etias", "eurodac", "ecris-tcn", "europol", "interpol-sltd", "interpol-tdawn"]
    given = scenario.get("systems", {})
    lines = []
    for latency, s in enumerate(systems):
        e = dict(given.get(s, {"status": "no-hit", "hits": []}))
        hits = [dict(h, system=h.get("system", s)) for h in e.get("hits", [])]
        e.update(type="system", searchId=search_id, system=s, latencyMs=90 + 10 * latency, hits=hits)
        lines.append(e)
    return lines


def summary(scenario, search_id):
    return {"type": "summary", "searchId": search_id, "links": scenario.get("links", []), "withheld": [],
            "answered": ["sis", "vis", "ees", "etias", "eurodac", "ecris-tcn", "europol", "interpol-sltd",
                         "interpol-tdawn"], "totalMs": 320}


# --- protocol examples (docs/gateway-protocol.md) -------------------------------------------------
DOC_REQUEST = {"version": 1, "searchId": SEARCH_ID, "officerId": "officer-7", "profile": "border-first-line",
               "purpose": "entry-check",
               "document": {"documentCode": "P", "issuingState": "GBR", "number": "S10000007",
                            "dateOfExpiry": "2031-01-05"},
               "person": {"surname": "THOMPSON", "givenNames": "MARK", "dateOfBirth": "1986-08-08", "sex": "M",
                          "nationality": "GBR"}, "systems": []}
DOC_STREAM = [
    {"type": "system", "searchId": SEARCH_ID, "system": "eurodac", "status": "not-authorised", "latencyMs": 0,
     "hits": [], "detail": "not in the profile 'border-first-line'"},
    {"type": "system", "searchId": SEARCH_ID, "system": "interpol-sltd", "status": "hit", "latencyMs": 91,
     "hits": [{"recordId": "sltd-s07", "system": "interpol-sltd",
               "details": {"category": "stolen", "note": "Reported stolen by the issuing state"}}]},
    {"type": "system", "searchId": SEARCH_ID, "system": "etias", "status": "hit", "latencyMs": 100,
     "hits": [{"recordId": "etias-s07", "system": "etias", "etias": {"status": "valid", "validUntil": "2028-10-28"}}]},
    {"type": "system", "searchId": SEARCH_ID, "system": "sis", "status": "no-hit", "latencyMs": 120, "hits": []},
    {"type": "summary", "searchId": SEARCH_ID, "links": [], "withheld": ["eurodac", "ecris-tcn", "europol"],
     "answered": ["interpol-sltd", "etias", "interpol-tdawn", "sis", "ees", "vis"], "totalMs": 180},
]
DOC_RECORD = {"version": 1, "idempotencyKey": "0d6f1c0e-6b0b-4b55-8f0a-3a1f0f7d9e21", "kind": "decision",
              "searchId": SEARCH_ID, "officerId": "officer-7", "at": "2026-11-28T09:30:00.000Z",
              "document": {"issuingState": "NGA", "number": "S10000002"}, "decision": "refuse",
              "refusalReasons": ["F"], "crossingPoint": "FRA-CDG"}
DOC_HOTLIST = {"fromVersion": 9, "toVersion": 12, "fullReplace": False, "keyId": "hk-5f0c2a9e81d4b736",
               "added": [{"key": "daa8533017a26fed0f19c83afb2c2fe2fd62b479a23be4148639d289ef957ebf",
                          "kind": "stolen-document", "action": "seize-document"}],
               "removed": ["5b1e0c4f6a9d2b7e8f1a3c5d7e9f0b2d4c6e8a0b1c3d5e7f9a2b4c6d8e0f1a3b"]}
DOC_HEALTH = {"status": "ok", "version": "borderdesk-gateway/1", "training": True,
              "systems": {"sis": "up", "vis": "up", "ees": "up", "etias": "up", "eurodac": "up", "ecris-tcn": "up",
                          "europol": "up", "interpol-sltd": "up", "interpol-tdawn": "up"}}


def gateway_json():
    d = reset("gateway_json")
    write(d, "search-request.json", compact(DOC_REQUEST))
    write(d, "search-request-biometric.json", compact(dict(
        DOC_REQUEST, document={}, person={}, faceImage="iVBORw0KGgo=", systems=["sis", "eurodac"],
        fingerprints=[{"position": 2, "nfiq": 61, "image": "AAECAw=="}])))
    for i, line in enumerate(DOC_STREAM):
        write(d, f"doc-line-{i}.json", compact(line))
    write(d, "record-submission.json", compact(DOC_RECORD))
    write(d, "record-submission-ees-entry.json", compact(dict(
        DOC_RECORD, kind="ees-entry", decision="", refusalReasons=[], at="2026-11-28T10:30:00+01:00")))
    write(d, "record-receipt.json", '{"recordId":"rec-00000001","replayed":false}')
    write(d, "record-receipt-replayed.json", '{"recordId":"rec-00000001","replayed":true}')
    write(d, "hotlist-delta.json", compact(DOC_HOTLIST))
    write(d, "health-report.json", compact(DOC_HEALTH))
    write(d, "health-report-degraded.json", compact(dict(DOC_HEALTH, status="degraded",
                                                           systems={"sis": "down", "vis": "slow"})))
    write(d, "error.json", '{"error":{"code":"gateway.schema","message":"searchId: missing"}}')
    # One answer line and one hit of every kind the scenarios hold (sis, vis, ees, etias, details),
    # and the summaries with links.
    kinds_seen = set()
    for name, s in scenarios():
        for e in system_events(s, SEARCH_ID):
            for h in e["hits"]:
                kind = next((k for k in ("sis", "vis", "ees", "etias", "details") if k in h), None)
                if kind and kind not in kinds_seen:
                    kinds_seen.add(kind)
                    write(d, f"system-{kind}-{name}.json", compact(e))
                    write(d, f"hit-{kind}-{name}.json", compact(h))
        if s.get("links"):
            colour = s["links"][0]["colour"]
            if colour not in kinds_seen:
                kinds_seen.add(colour)
                write(d, f"summary-{colour}-link-{name}.json", compact(summary(s, SEARCH_ID)))


def search_stream():
    d = reset("search_stream")

    def stream(name, mode, mask, lines):
        body = "".join((l if isinstance(l, str) else compact(l)) + "\n" for l in lines)
        write(d, name, bytes([mode, mask]) + body.encode("utf-8"))

    stream("doc-example-whole.ndjson", 0x00, 0xFF, DOC_STREAM)
    stream("doc-example-chunks-7.ndjson", 0x07, 0xFF, DOC_STREAM)
    stream("doc-example-deadline.ndjson", 0x20 | 0x03, 0xFF, DOC_STREAM[:2])
    for i, name in enumerate(["sis-arrest", "red-link", "overstayer", "visa-revoked"]):
        s = json.loads((ROOT / f"resources/scenarios/{name}.json").read_text())
        s = resolve(s)
        stream(f"scenario-{name}.ndjson", [0x00, 0x01, 0x1F, 0x05][i], 0xFF, system_events(s, SEARCH_ID) + [summary(s, SEARCH_ID)])
    sis = DOC_STREAM[3]
    stream("garbage-line.ndjson", 0x00, 0xFF,
           [DOC_STREAM[1], "<html><body>502 Bad Gateway</body></html>", sis, DOC_STREAM[4]])
    stream("other-search.ndjson", 0x00, 0xFF, [dict(sis, searchId="another-search"), DOC_STREAM[4]])
    stream("repeat-and-conflict.ndjson", 0x00, 0xFF,
           [sis, dict(sis, latencyMs=130), DOC_STREAM[2], dict(DOC_STREAM[2], status="no-hit", hits=[]), DOC_STREAM[4]])
    stream("pending-status.ndjson", 0x00, 0xFF, [dict(sis, status="pending"), DOC_STREAM[4]])
    stream("oversized-line.ndjson", 0x0D, 0xFF,
           [dict(sis, detail="x" * 500, hits=[]) | {"pad": "y" * 5000}, DOC_STREAM[2], DOC_STREAM[4]])
    stream("no-summary-cancel.ndjson", 0x80, 0x0F, DOC_STREAM[:4])
    stream("late-answer-after-deadline.ndjson", 0xC0 | 0x20, 0xFF, DOC_STREAM)
    # Truncated: the last line has no end.
    write(d, "truncated-last-line.ndjson", bytes([0x00, 0xFF]) + (compact(sis) + "\n" + compact(DOC_STREAM[2])[:60]).encode())
    write(d, "complete-last-line-without-newline.ndjson", bytes([0x00, 0xFF]) + (compact(sis) + "\n" + compact(DOC_STREAM[4])).encode())


def scenario_deck():
    d = reset("scenario_deck")  # resources/scenarios is replayed as well (SEEDS in CMakeLists.txt)
    minimal = {"id": "minimal", "title": "Minimal case",
               "traveller": {"document": {"issuingState": "GBR", "number": "S10000099"}}}
    write(d, "minimal.json", compact(minimal))
    write(d, "faults-and-purpose.json", compact(dict(
        minimal, id="faults", purpose="exit-check", etiasPhase="grace",
        faults={"sis": {"kind": "down"}, "vis": {"kind": "latency", "ms": 800}, "ees": {"kind": "truncated", "ms": 10}})))
    write(d, "relative-dates.json", compact(dict(
        minimal, id="dates", traveller={"person": {"surname": "A", "dateOfBirth": "today-16y+12"},
                                        "document": {"issuingState": "D", "number": "C01X00T47",
                                                     "dateOfExpiry": "today+999y-99999"}})))
    write(d, "declarations-translations.json", compact(dict(
        minimal, id="declared",
        declarations={"residence": {"kind": "residence-permit", "issuingState": "DEU", "validUntil": "today+300"},
                      "familyMemberOfEuCitizen": True, "confirmedConditions": ["biometric-passport"]},
        expected={"decision": "admit", "requiredAction": "admit", "debrief": "A plain-language explanation here."},
        translations={"de": {"title": "Minimaler Fall", "debrief": "Eine Erklärung in einfacher Sprache."}})))
    write(d, "enrolled-faces.json", compact(dict(
        minimal, id="faces", traveller=dict(minimal["traveller"], face={"seed": 4294967295}),
        enrolledFaces=[{"system": "vis", "recordId": "vis-1", "face": {"seed": 7}}, {"system": "ees", "recordId": "ees-1"}])))
    for text in ["today", "today-30y+12", "today+5y-1", "today-0", "vis=latency:800", "sis=down", "europol=stalled:999999"]:
        write(d, "text-" + re.sub(r"[^a-z0-9]+", "-", text) + ".txt", text)


def settings():
    d = reset("settings")
    files = {
        "empty.ini": "",
        "readme-example.ini": "[ui]\nlanguage=de\n[log]\nlevel=debug\n[gateway]\ntimeoutMs=2500\nurl=https://esp.example.eu/v1\n[capture]\nsource=device:1\n",
        "etias.ini": "[etias]\noperationsStart=2026-10-01\ngraceEnd=2027-12-31\n[border]\nstate=DEU\n[check]\npurpose=exit-check\n",
        "etias-all.ini": "[etias]\noperationsStart=2026-10-01\ntransitionalEnd=2027-03-31\ngraceEnd=2027-09-30\n",
        "empty-values.ini": "[etias]\noperationsStart=\n[border]\nstate=\n[capture]\nsource=\n",
        "classroom.ini": "[training]\ngatewayUrl=https://trainer-pc.local:8443\ncaFile=/etc/hostname\nclientCertFile=/etc/hostname\nclientKeyFile=/etc/hostname\n",
        "wedge.ini": "[wedge]\nmaxKeyIntervalMs=200\nminLineLength=44\n",
        "capture-folder.ini": "[capture]\nsource=folder:/var/spool/borderdesk\n",
        "capture-video.ini": "[capture]\nsource=video:/tmp/desk.mp4\n",
        "bad-language.ini": "[ui]\nlanguage=fr\n",
        "bad-timeout.ini": "[gateway]\ntimeoutMs=99999999999\n",
        "bad-url.ini": "[gateway]\nurl=http://esp.example.eu\n",
        "unknown-key.ini": "[gateway]\nurl=https://esp.example.eu\nproxy=1\n",
        "general-section.ini": "language=de\n[General]\nfoo=bar\n",
        "quoted-escapes.ini": "[ui]\nlanguage=\"de\"\n[gateway]\nurl=\"https://h\\x00e.example/%41\"\n; comment\n",
        "variant-values.ini": "[gateway]\ntimeoutMs=@Variant(\\0\\0\\0\\x2\\0\\0\\t\\xc4)\n[border]\nstate=@ByteArray(DEU)\n",
        "list-value.ini": "[check]\npurpose=entry-check, exit-check\n",
        "crlf.ini": "[ui]\r\nlanguage=en\r\n[log]\r\nlevel=WARNING\r\n",
    }
    for name, text in files.items():
        write(d, name, text)


# --- keyboard wedge: MRZ lines typed by a desk reader under each host layout -----------------------
WEDGE_ALPHABET = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789<;.?&\"'(-_\r\t\n !#"
                  "\u00e9\u00e8\u00e7\u00e0")  # FuzzWedgeDecoder.cpp keyAlphabet()
AZERTY_DIGITS = "\u00e0&\u00e9\"'(-\u00e8_\u00e7"


def typed(c, layout):
    """What the host shows when a reader sends the US key for `c`."""
    if layout == "qwertz":
        return {"Y": "Z", "Z": "Y", "<": ";"}.get(c, c)
    if layout == "azerty":
        if c.isdigit():
            return AZERTY_DIGITS[int(c)]
        return {"A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", "<": "."}.get(c, c)
    return c


def wedge_keys(lines, layout, gap, caps=False):
    out = bytearray()
    for i, line in enumerate(lines):
        for c in line:
            t = typed(c, layout)
            if caps:
                t = t.lower()
            out += bytes([WEDGE_ALPHABET.index(t), gap])
        out += bytes([WEDGE_ALPHABET.index("\r"), gap])
    return bytes(out)


def wedge_decoder():
    d = reset("wedge_decoder")
    header = bytes([20, 30])  # minLineLength 30, maxKeyIntervalMs 35 (the defaults)
    docs = json.loads((ROOT / "tests/data/mrz/valid.json").read_text())["documents"]
    by_format = {}
    for doc in docs:
        by_format.setdefault(len(doc["lines"]), doc)
    td3 = by_format[2]["lines"]
    td1 = by_format[3]["lines"]
    for layout in ("us", "qwertz", "azerty"):
        write(d, f"td3-{layout}.keys", header + wedge_keys(td3, layout, 8) + bytes([0, 255]))
        write(d, f"td1-{layout}.keys", header + wedge_keys(td1, layout, 12) + bytes([0, 255]))
    write(d, "td3-caps-lock.keys", header + wedge_keys(td3, "us", 5, caps=True) + bytes([0, 255]))
    write(d, "td3-person-typing.keys", header + wedge_keys(td3[:1], "us", 180))
    write(d, "td3-shift-and-enter.keys", header + bytes(b for c in td3[0] for b in (205, 3, WEDGE_ALPHABET.index(c), 3))
          + bytes([215, 3]) + wedge_keys(td3[1:], "us", 3))
    write(d, "barcode-not-mrz.keys", header + bytes(b for c in "4006381333931" for b in (WEDGE_ALPHABET.index(c), 4)) + bytes([0, 255]))
    write(d, "clock-back.keys", header + wedge_keys(td3[:1], "us", 6) + bytes([10, 245]) + wedge_keys(td3[1:], "us", 6))
    write(d, "short-lines-min10.keys", bytes([0, 0]) + wedge_keys(["P<UTOERIKSSON", "L898902C36UTO"], "us", 2))
    # As text for decode(): two TD3 lines under QWERTZ.
    write(d, "text-td3-qwertz.txt", header + "\n".join("".join(typed(c, "qwertz") for c in l) for l in td3).encode())


def mrz_parser():
    d = reset("mrz_parser")
    for vectors in ("valid", "negative"):
        for i, doc in enumerate(json.loads((ROOT / f"tests/data/mrz/{vectors}.json").read_text())["documents"]):
            write(d, f"{vectors}-{i}.txt", "".join(l + "\n" for l in doc["lines"]))


def http_head():
    """Request heads as the training gateway's connection hands them to parseHttpHead: everything
    before the blank line, CRLF line ends, no body (docs/gateway-protocol.md requests, and the
    malformed and smuggling-shaped heads the parser must refuse)."""
    d = reset("http_head")
    heads = {
        "search": ["POST /v1/search HTTP/1.1", "Host: gateway.example", "Content-Type: application/json",
                   "Accept: application/x-ndjson", "Content-Length: 412"],
        "health": ["GET /v1/health HTTP/1.1", "Host: gateway.example"],
        "hotlist-query": ["GET /v1/hotlist?since=42 HTTP/1.1", "Host: gateway.example"],
        "records-close": ["POST /v1/records HTTP/1.1", "Content-Length: 300", "Connection: close"],
        "http10": ["GET /v1/health HTTP/1.0"],
        "admin-faults": ["POST /v1/admin/faults HTTP/1.1", "Content-Length: 40"],
        "chunked": ["POST /v1/search HTTP/1.1", "Transfer-Encoding: chunked"],
        "length-twice-same": ["POST /v1/records HTTP/1.1", "Content-Length: 12", "content-length: 12"],
        "length-conflict": ["POST /v1/records HTTP/1.1", "Content-Length: 12", "Content-Length: 13"],
        "length-signed": ["POST /v1/records HTTP/1.1", "Content-Length: +12"],
        "length-negative": ["POST /v1/records HTTP/1.1", "Content-Length: -1"],
        "length-huge": ["POST /v1/records HTTP/1.1", "Content-Length: 99999999999999999999"],
        "length-hex": ["POST /v1/records HTTP/1.1", "Content-Length: 0x10"],
        "no-colon": ["GET /v1/health HTTP/1.1", "Host gateway.example"],
        "request-line-short": ["GET /v1/health"],
        "request-line-http2": ["GET /v1/health HTTP/2"],
        "empty": [""],
    }
    for name, lines in heads.items():
        write(d, f"{name}.txt", "\r\n".join(lines))


if __name__ == "__main__":
    for make in (mrz_parser, gateway_json, search_stream, scenario_deck, settings, wedge_decoder, http_head):
        make()
    for d in sorted(p for p in OUT.iterdir() if p.is_dir()):
        print(f"{d.name}: {sum(1 for _ in d.iterdir())} files")
