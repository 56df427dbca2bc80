"""``bench.webhooks``: verify and the straightforward reference give the same answer everywhere.

The benchmark measures speed; this keeps its other half, agreement, checked on every test run.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.webhooks import NOW, OLD_SECRET, SECRET, corpus, ours, reference_verify
from didit_async.webhooks import serialize, sign

from .test_canonical import json_objects


def test_the_corpus_gets_the_same_answers() -> None:
    cases = corpus(size=20)
    answers = [ours(b, h, s, now=NOW) for b, h, s in cases]
    assert answers == [reference_verify(b, h, s, now=NOW) for b, h, s in cases]
    assert {"v2", "raw", None} <= set(answers)  # the corpus exercises every outcome


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(payload=json_objects, data=st.data())
def test_same_answers_on_random_deliveries(payload: dict[str, Any], data: st.DataObject) -> None:
    payload = {**payload, "timestamp": NOW}
    headers = sign(serialize(payload), OLD_SECRET, timestamp=NOW, previous_secret=SECRET)
    keep = data.draw(st.sets(st.sampled_from(sorted(headers)), min_size=1))
    headers = {k: v for k, v in headers.items() if k in keep}
    body = data.draw(
        st.sampled_from(
            [
                serialize(payload),
                json.dumps(payload, indent=2).encode(),
                json.dumps(payload, ensure_ascii=True).encode(),
            ]
        )
    )
    if data.draw(st.booleans()):
        i = data.draw(st.integers(0, len(body) - 1))
        body = body[:i] + bytes([body[i] ^ data.draw(st.integers(1, 255))]) + body[i + 1 :]
    secrets = data.draw(st.sampled_from([SECRET, [OLD_SECRET], ["x", SECRET], "x"]))
    now = NOW + data.draw(st.sampled_from([0, 300, -300, 301, -301]))
    assert ours(body, headers, secrets, now=now) == reference_verify(
        body, headers, secrets, now=now
    )


def test_a_lone_surrogate_is_rejected_by_both() -> None:
    # A one-byte corruption of an ASCII-escaped surrogate pair leaves a lone surrogate, which
    # json.loads accepts but no UTF-8 encoder can sign: both verifiers must reject, not crash.
    payload = {"\U00010000": None, "timestamp": NOW}
    headers = sign(serialize(payload), SECRET, timestamp=NOW)
    body = json.dumps(payload, ensure_ascii=True).encode().replace(b"\\ud800", b"]ud800")
    assert ours(body, headers, SECRET, now=NOW) is None
    assert reference_verify(body, headers, SECRET, now=NOW) is None
