"""Row ids: UUIDv7, unique and ordered by creation time across devices' clocks' milliseconds."""

import time
import uuid

from consultant_app.core.ids import is_uuid, uuid7


def test_ids_are_valid_version_7_uuids_and_unique():
    ids = [uuid7() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == ids[0]
    assert all(is_uuid(i) for i in ids[:100])


def test_later_ids_sort_after_earlier_ones(monkeypatch):
    now = time.time_ns()
    monkeypatch.setattr(time, "time_ns", lambda: now)
    first = uuid7()
    monkeypatch.setattr(time, "time_ns", lambda: now + 1_000_000)  # one millisecond later
    assert uuid7() > first


def test_is_uuid_rejects_what_is_not_a_canonical_uuid():
    assert not is_uuid("not-a-uuid")
    assert not is_uuid(42)
    assert not is_uuid("01A2090E-6A74-74C4-8B62-327FEF28280C")  # ids are stored lower-case
