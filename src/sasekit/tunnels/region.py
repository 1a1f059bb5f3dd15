"""Which Prisma Access location and SPN a site's remote network goes to, and why.

``auto`` means the nearest location (great-circle distance from the site's
coordinates to the location's) whose aggregate region has bandwidth allocated — a
remote network in a region without an allocation is refused by the service. Within
the allocation, the SPN that carries the fewest remote networks takes the site, so a
large rollout spreads over the region's SPNs; a site that already has an SPN there
keeps it (a second plan changes nothing). Every choice can be given by hand
(``region``, ``spn_name`` in the intent) and is then only checked.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sasekit.suggest import close_matches

from .intent import Place, SiteIntent

EARTH_RADIUS_KM = 6371.0
SHOWN = 3  # nearest locations shown in the explanation


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Candidate:
    value: str
    display: str
    aggregate_region: str
    distance_km: float | None
    allocated: bool


@dataclass
class Choice:
    """The chosen location (``region`` of the remote network) and SPN, with the reasons."""

    region: str = ""
    display: str = ""
    aggregate_region: str = ""
    spn_name: str | None = None
    how: str = ""                       # how the region was chosen: "nearest with an allocation", "given"
    spn_how: str = ""                   # how the SPN was: "given", "kept: ...", "least used of ..."
    candidates: list[Candidate] = field(default_factory=list)
    problem: str | None = None

    def explain(self) -> list[str]:
        lines = []
        for c in self.candidates:
            dist = f"{c.distance_km:,.0f} km" if c.distance_km is not None else "-"
            mark = "allocated" if c.allocated else "no bandwidth allocation"
            chosen = "  <- chosen" if c.value == self.region else ""
            lines.append(f"{c.display} ({c.value}, {c.aggregate_region}): {dist}, {mark}{chosen}")
        if self.problem:
            lines.append(self.problem)
        elif self.spn_name:
            lines.append(f"SPN {self.spn_name} ({self.spn_how})")
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {"region": self.region, "display": self.display, "aggregate_region": self.aggregate_region,
                "spn_name": self.spn_name, "how": self.how, "spn_how": self.spn_how, "problem": self.problem,
                "candidates": [c.__dict__ for c in self.candidates]}


class Regions:
    """The tenant's locations and allocations, read once, and the SPN load so far."""

    def __init__(self, locations: Iterable[Mapping[str, Any]], allocations: Iterable[Mapping[str, Any]],
                 remote_networks: Iterable[Mapping[str, Any]] = ()) -> None:
        self.locations = [dict(x) for x in locations if isinstance(x, Mapping) and x.get("value")]
        self.by_value = {x["value"]: x for x in self.locations}
        self.allocations = {a["name"]: a for a in allocations if isinstance(a, Mapping) and a.get("name")}
        # radians and cosines once: a 500-site plan measures 500 x ~100 distances
        self._points = [(math.radians(float(x["latitude"])), math.radians(float(x["longitude"])),
                         math.cos(math.radians(float(x["latitude"]))), x)
                        for x in self.locations if x.get("latitude") is not None and x.get("longitude") is not None]
        self.load: Counter[str] = Counter(str(rn["spn_name"]) for rn in remote_networks if rn.get("spn_name"))

    def aggregate(self, loc: Mapping[str, Any]) -> str:
        return str(loc.get("aggregate_region") or loc.get("region") or loc["value"])

    def spns(self, aggregate: str) -> list[str]:
        return list((self.allocations.get(aggregate) or {}).get("spn_name_list") or [])

    def _candidate(self, loc: Mapping[str, Any], km: float | None) -> Candidate:
        agg = self.aggregate(loc)
        return Candidate(loc["value"], str(loc.get("display") or loc["value"]), agg, km, agg in self.allocations)

    def _ranked(self, lat: float, lon: float) -> list[tuple[float, dict[str, Any]]]:
        """Every location with its distance from (lat, lon), nearest first (haversine)."""
        p1, l1 = math.radians(lat), math.radians(lon)
        c1, sin, asin, sqrt = math.cos(p1), math.sin, math.asin, math.sqrt
        out = []
        for p2, l2, c2, x in self._points:
            a = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin((l2 - l1) / 2) ** 2
            out.append((2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(a))), x))
        out.sort(key=lambda p: p[0])
        return out

    def choose(self, site: SiteIntent, existing: Mapping[str, Any] | None = None) -> Choice:
        """The location and SPN for ``site``; ``existing``: its remote network, if it has one."""
        place: Place | None = site.place
        choice = Choice()
        if place is not None and place.value is not None:
            loc = self.by_value.get(place.value)
            if loc is None:
                hint = close_matches(place.value, list(self.by_value))
                choice.problem = (f"region {place.value!r} is not a Prisma Access location of this tenant"
                                  + (f" (did you mean {hint[0]!r}?)" if hint else ""))
                return choice
            choice.candidates = [self._candidate(loc, None)]
            choice.how = "given"
        elif place is not None and place.latitude is not None and place.longitude is not None:
            ranked = self._ranked(place.latitude, place.longitude)
            if not ranked:
                choice.problem = "the tenant lists no locations with coordinates"
                return choice
            allocated = [(km, x) for km, x in ranked if self.aggregate(x) in self.allocations]
            shown = [self._candidate(x, km) for km, x in ranked[:SHOWN]]
            if allocated and allocated[0][1]["value"] not in {c.value for c in shown}:
                shown.append(self._candidate(allocated[0][1], allocated[0][0]))
            choice.candidates = shown
            if not allocated:
                choice.problem = ("no aggregate region of this tenant has bandwidth allocated: allocate some "
                                  "(sasekit bandwidthAllocation create) or give `region`")
                return choice
            loc = allocated[0][1]
            choice.how = "nearest with an allocation"
        else:
            choice.problem = "the site has no location: give `location` or `region`"
            return choice
        choice.region, choice.display = loc["value"], str(loc.get("display") or loc["value"])
        choice.aggregate_region = self.aggregate(loc)
        if choice.aggregate_region not in self.allocations:
            choice.problem = (f"region {choice.region} ({choice.aggregate_region}) has no bandwidth allocation: "
                              f"allocate some first (sasekit bandwidthAllocation create --name "
                              f"{choice.aggregate_region} ...) or choose another region")
            return choice
        if site.license_type != "FWAAS-AGGREGATE":
            return choice
        spns = self.spns(choice.aggregate_region)
        if site.spn_name:
            if site.spn_name not in spns:
                choice.problem = (f"spn_name {site.spn_name!r} is not in the allocation of "
                                  f"{choice.aggregate_region} ({', '.join(spns) or 'none'})")
                return choice
            choice.spn_name, choice.spn_how = site.spn_name, "given"
        elif existing and existing.get("region") == choice.region and existing.get("spn_name") in spns:
            choice.spn_name, choice.spn_how = existing["spn_name"], "kept: the remote network has it"
        elif not spns:
            choice.problem = f"the allocation of {choice.aggregate_region} lists no SPN"
            return choice
        else:
            choice.spn_name = min(spns, key=lambda s: (self.load[s], spns.index(s)))
            choice.spn_how = f"least used of {len(spns)} in {choice.aggregate_region}"
            self.load[choice.spn_name] += 1
        return choice
