"""Leveled findings about the specs: the build records them and goes on.

A spec quirk (a regex Python's ``re`` misreads, a ``required`` name with no property,
a copy-pasted parameter) must never stop a build; it becomes a diagnostic that
``sasekit catalog lint`` prints with the file and the JSON path it was found at.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

LEVELS = ("error", "warning", "info")


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    path: str
    code: str
    level: str
    message: str

    def format(self) -> str:
        return f"{self.level:<7} {self.code:<28} {self.file}:{self.path}  {self.message}"


@dataclass
class Diagnostics:
    items: list[Diagnostic] = field(default_factory=list)
    _seen: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, level: str, code: str, file: str, path: str, message: str) -> None:
        if level not in LEVELS:
            raise ValueError(f"unknown diagnostic level {level!r}")
        key = (file, path, code)
        if key in self._seen:
            return
        self._seen.add(key)
        self.items.append(Diagnostic(file, path, code, level, message))

    def error(self, code: str, file: str, path: str, message: str) -> None:
        self.add("error", code, file, path, message)

    def warning(self, code: str, file: str, path: str, message: str) -> None:
        self.add("warning", code, file, path, message)

    def info(self, code: str, file: str, path: str, message: str) -> None:
        self.add("info", code, file, path, message)

    def sorted(self) -> list[Diagnostic]:
        rank = {level: i for i, level in enumerate(LEVELS)}
        return sorted(self.items, key=lambda d: (rank[d.level], d.code, d.file, d.path))

    def to_json(self) -> list[dict[str, str]]:
        return [asdict(d) for d in self.sorted()]

    def count(self, level: str) -> int:
        return sum(1 for d in self.items if d.level == level)
