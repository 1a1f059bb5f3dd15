"""Fault injection: seeded, validated, changeable at run time; and the error bodies."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from sasekit.emulator.config import Faults
from sasekit.emulator.faults import (
    KINDS,
    Decision,
    FaultInjector,
    error_500_body,
    error_page,
    html_502,
    html_503,
)

DRAWS = 10_000


def shares(injector: FaultInjector, n: int = DRAWS) -> dict[str, float]:
    counts = Counter(injector.decide().kind for _ in range(n))
    return {kind: counts[kind] / n for kind in KINDS}


def test_no_faults_by_default() -> None:
    injector = FaultInjector(Faults())
    assert {injector.decide() for _ in range(100)} == {Decision("none", 0.0)}


def test_a_502_share_close_to_its_probability() -> None:
    got = shares(FaultInjector(Faults(p502=0.3, seed=7)))
    # 10,000 draws: the standard deviation of the share is ~0.0046; allow ~4 of them.
    assert got["502"] == pytest.approx(0.3, abs=0.02)
    assert got["none"] == pytest.approx(0.7, abs=0.02)
    assert got["500"] == got["503"] == got["drop_before"] == got["drop_after"] == 0


def test_every_kind_gets_its_own_slice() -> None:
    cfg = Faults(p500=0.1, p502=0.15, p503=0.05, p_drop_before=0.2, p_drop_after=0.1, seed=1)
    got = shares(FaultInjector(cfg))
    expected = {"500": 0.1, "502": 0.15, "503": 0.05, "drop_before": 0.2, "drop_after": 0.1,
                "none": 0.4}
    for kind, share in expected.items():
        assert got[kind] == pytest.approx(share, abs=0.02), kind


def test_probabilities_of_one_sum_to_certainty() -> None:
    injector = FaultInjector(Faults(p503=0.5, p_drop_after=0.5, seed=3))
    assert {injector.decide().kind for _ in range(1000)} == {"503", "drop_after"}
    assert {FaultInjector(Faults(p500=1.0)).decide().kind for _ in range(100)} == {"500"}


def test_the_same_seed_gives_the_same_run() -> None:
    cfg = dict(p500=0.2, p502=0.2, p_drop_before=0.1, seed=42)
    a, b = FaultInjector(Faults(**cfg)), FaultInjector(Faults(**cfg))
    run_a = [a.decide().kind for _ in range(500)]
    assert run_a == [b.decide().kind for _ in range(500)]
    other = FaultInjector(Faults(**{**cfg, "seed": 43}))
    assert run_a != [other.decide().kind for _ in range(500)]


def test_latency_comes_with_every_decision() -> None:
    injector = FaultInjector(Faults(latency_ms=250, p502=0.5, seed=0))
    assert {d.latency_s for d in (injector.decide() for _ in range(100))} == {0.25}


@pytest.mark.parametrize(("field", "value"), [
    ("p500", -0.1), ("p502", 1.5), ("p503", float("nan")), ("p_drop_before", "0.1"),
    ("p_drop_after", True), ("latency_ms", -1), ("latency_ms", float("inf")),
    ("token_ttl_s", 0), ("token_ttl_s", "30"), ("seed", 1.5),
])
def test_bad_values_are_rejected_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        FaultInjector(Faults(**{field: value}))
    injector = FaultInjector(Faults())
    with pytest.raises(ValueError, match=field):
        injector.update({field: value})


def test_a_sum_over_one_is_rejected_naming_the_fields() -> None:
    with pytest.raises(ValueError) as info:
        FaultInjector(Faults(p500=0.5, p502=0.4, p_drop_after=0.2))
    message = str(info.value)
    assert "p500" in message and "p502" in message and "p_drop_after" in message
    assert "p503" not in message  # only the ones that add up are named
    assert "1.1" in message


def test_update_rejects_unknown_names_listing_the_known_ones() -> None:
    injector = FaultInjector(Faults())
    with pytest.raises(ValueError) as info:
        injector.update({"p502": 0.1, "p504": 0.2})
    message = str(info.value)
    assert "p504" in message
    for known in ("p500", "p502", "p503", "latency_ms", "p_drop_before", "p_drop_after",
                  "token_ttl_s", "seed"):
        assert known in message
    assert injector.cfg.p502 == 0  # nothing applied


def test_a_rejected_update_changes_nothing() -> None:
    injector = FaultInjector(Faults(p502=0.6))
    with pytest.raises(ValueError, match="add up"):
        injector.update({"p500": 0.3, "p503": 0.3})
    assert injector.snapshot()["p500"] == 0
    assert injector.snapshot()["p503"] == 0


def test_update_changes_behaviour_in_place() -> None:
    cfg = Faults()
    injector = FaultInjector(cfg)
    assert injector.decide().kind == "none"
    new = injector.update({"p502": 1.0, "latency_ms": 20, "token_ttl_s": 5})
    assert new == Faults(p502=1.0, latency_ms=20, token_ttl_s=5)
    assert injector.decide() == Decision("502", 0.02)
    # The shared object changed (the token authority reads token_ttl_s from it) ...
    assert cfg.token_ttl_s == 5
    # ... but the returned copy cannot be used to bypass validation.
    new.p500 = 5.0
    assert injector.cfg.p500 == 0
    injector.update({"p502": 0.0, "token_ttl_s": None})
    assert injector.decide().kind == "none"


def test_update_with_a_seed_restarts_the_sequence() -> None:
    injector = FaultInjector(Faults(p500=0.5, seed=9))
    first = [injector.decide().kind for _ in range(50)]
    injector.update({"seed": 9})
    assert [injector.decide().kind for _ in range(50)] == first


def test_snapshot_is_plain_data() -> None:
    injector = FaultInjector(Faults(p503=0.25, seed=5))
    snap = injector.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    assert snap["p503"] == 0.25
    assert snap["seed"] == 5
    assert set(snap) == {"p500", "p502", "p503", "latency_ms", "p_drop_before", "p_drop_after", "p_empty",
                         "token_ttl_s", "seed"}


def test_gateway_pages_are_html() -> None:
    page = html_502().decode("ascii")
    assert "<title>502 Bad Gateway</title>" in page
    assert page.lstrip().startswith("<html>")
    page = html_503().decode("ascii")
    assert "503 Service Temporarily Unavailable" in page
    with pytest.raises(json.JSONDecodeError):
        json.loads(page)


def test_error_page_serves_the_gateway_statuses() -> None:
    assert error_page(502) == html_502()
    assert error_page(503) == html_503()
    assert b"504 Gateway Time-out" in error_page(504)
    with pytest.raises(ValueError, match="404"):
        error_page(404)


def test_the_500_body_is_the_scm_error_shape() -> None:
    body = json.loads(error_500_body("a1b2-c3"))
    assert body == {"_errors": [{"code": "E000", "message": "Internal Error", "details": {}}],
                    "_request_id": "a1b2-c3"}
