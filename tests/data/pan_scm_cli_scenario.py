"""pan-scm-cli 2.0.0 (unmodified, its own venv) driven as a user drives it, against the emulator.

Shared by tests/test_pan_scm_cli.py (asserts) and bench/third_party_cli.py (prints a table).
Also home of :class:`Recorder` and :class:`Legacy`, which tests/data/scm_config_clone_scenario.py
uses too.

How the tool is configured (read from its source, scm_cli/utils/context.py and
scm_cli/utils/config.py): ``scm context create NAME --client-id --client-secret --tsg-id
[--api-base-url] [--token-url]`` writes ``~/.scm-cli/contexts/NAME.yaml`` and makes it
current; Dynaconf then reads it (environment variables ``SCM_CLIENT_ID``... work too, but
Dynaconf would read ``SCM_TSG_ID=1596000002`` as an int). ``api_base_url`` and
``token_url`` go to pan-scm-sdk's ``Scm(...)``, which requests ``<api_base_url>/config/...``
and fetches the JWKS beside the token URL. The CLI keeps its token in ``~/.scm-cli/cache``,
so HOME is a temporary directory; it is the working directory too (Dynaconf loads a
``.env`` from there). ``OAUTHLIB_INSECURE_TRANSPORT=1`` because the emulator is plain http.

Each step is one ``scm ...`` process; each of its checks is one *operation* of the report.
An operation works when the process ended 0 (for ``load``: also printed no error for that
object) and its effect is visible in the emulator over the legacy URL family
(``/sse/config/v1/...``) with a token of our own. The emulator is wrapped in
:class:`Recorder`, so a failing operation names the requests the tool sent and what the
emulator answered.

A ``scm`` process costs about a second of CPU (it imports pan-scm-sdk and its models), so
the steps run in *lanes*: one per object kind, each a service account of its own on the
same tenant with a HOME of its own, lanes of a phase side by side. The account tells the
recorder whose request it serves (the token's ``sub``), so each step still gets exactly the
requests it sent.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import yaml

HERE = Path(__file__).resolve().parent
RULES_FILE = HERE / "pan_scm_cli_rules.yaml"
FOLDER = "Texas"  # a folder of the tenant's own, made before the run (pan-scm-cli's examples use it)
TSG = "1596000002"
STEP_TIMEOUT_S = 60
LANES = ("tags", "addresses", "services", "groups", "rules", "ops")


def lane_account(lane: str, tsg: str = TSG) -> Any:
    from sasekit.emulator.config import Account

    return Account(f"scm-cli-{lane}@{tsg}.iam.panserviceaccount.com", f"scm-cli-{lane}-secret", tsg, "admin")


def reader_account(tsg: str = TSG) -> Any:
    """Ours, for reading the emulator over its legacy URLs (never the tool's token)."""
    from sasekit.emulator.config import Account

    return Account(f"sasekit-reader@{tsg}.iam.panserviceaccount.com", "sasekit-reader-secret", tsg, "admin")


def accounts(tsg: str = TSG) -> list[Any]:
    """The service accounts the emulator must know: one per lane and ours, on one tenant."""
    return [*(lane_account(lane, tsg) for lane in LANES), reader_account(tsg)]


# --------------------------------------------------------------------------- recording


@dataclass
class Exchange:
    """One request the emulator served and its answer (no headers, so no secrets)."""

    method: str
    path: str
    query: str
    body_keys: list[str]
    status: int
    answer: Any
    client: str | None = None  # the service account that sent it, when it said

    @property
    def error(self) -> str:
        """The emulator's answer, worded as ``status code message: details``."""
        ans = self.answer
        if isinstance(ans, dict) and ans.get("_errors"):
            e = ans["_errors"][0]
            return f"{self.status} {e.get('code')} {e.get('message')}: {json.dumps(e.get('details'))}"
        if isinstance(ans, dict) and "error" in ans:  # OAuth errors
            return f"{self.status} {ans.get('error')}: {ans.get('error_description', '')}"
        return f"{self.status} {str(ans)[:200]}"

    @property
    def request(self) -> str:
        q = f"?{unquote(self.query)}" if self.query else ""
        keys = f" body keys {self.body_keys}" if self.body_keys else ""
        return f"{self.method} {self.path}{q}{keys}"

    def __str__(self) -> str:
        return f"{self.request} -> {self.error}"

    @property
    def brief(self) -> str:
        """The request and its status; the error when it was one."""
        return str(self) if self.status >= 400 else f"{self.request} -> {self.status}"


def _body(raw: bytes) -> tuple[list[str], dict[str, Any]]:
    """The top-level keys of a request body, and the body when it is a form or an object."""
    if not raw:
        return [], {}
    try:
        body = json.loads(raw)
    except ValueError:
        form = dict(parse_qsl(raw.decode("latin-1")))  # a form (token request)
        return sorted(form), form
    return (sorted(body), body) if isinstance(body, dict) else ([f"<{type(body).__name__}>"], {})


def _client(headers: list[tuple[bytes, bytes]], form: dict[str, Any]) -> str | None:
    """Who sent a request: the ``sub`` of its bearer token, the user of its basic
    credentials, or the ``client_id`` of its token form. Nothing is verified or kept."""
    for name, value in headers:
        if name.lower() != b"authorization":
            continue
        scheme, _, cred = value.decode("latin-1").partition(" ")
        try:
            if scheme.lower() == "bearer":
                payload = cred.split(".")[1]
                claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
                return str(claims.get("sub"))
            if scheme.lower() == "basic":
                return base64.b64decode(cred).decode("utf-8").partition(":")[0]
        except (ValueError, IndexError, UnicodeDecodeError):
            return None
    cid = form.get("client_id")
    return str(cid) if cid else None


class Recorder:
    """An ASGI wrapper around the emulator app that keeps every exchange in :attr:`log`.
    Everything else (``admin_headers``, ``store``...) is the wrapped app's."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.log: list[Exchange] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["app"], name)

    def since(self, mark: int, client: str | None = None) -> list[Exchange]:
        return [x for x in self.log[mark:] if client is None or x.client == client]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent: list[bytes] = []
        got: list[bytes] = []
        status = 0

        async def recv() -> Any:
            message = await receive()
            if message["type"] == "http.request":
                sent.append(message.get("body", b""))
            return message

        async def snd(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                got.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, recv, snd)
        finally:
            raw = b"".join(got)
            try:
                answer: Any = json.loads(raw) if raw else None
            except ValueError:
                answer = raw[:300].decode("utf-8", "replace")
            keys, body = _body(b"".join(sent))
            self.log.append(Exchange(scope["method"], scope["path"],
                                     scope.get("query_string", b"").decode("latin-1"), keys, status,
                                     answer, _client(scope.get("headers", []), body)))


def writes(exchanges: list[Exchange]) -> list[str]:
    """What a step changed or tried to: its requests other than reads and token requests."""
    return [x.brief for x in exchanges if x.method != "GET" and not x.path.endswith("access_token")]


def failed_exchanges(exchanges: list[Exchange]) -> list[Exchange]:
    """The answers that were errors, leaving out a lookup's 404 (``GET ...?name=`` before a
    create is how the tools find out that an object is new)."""
    return [x for x in exchanges if x.status >= 400 and not (x.method == "GET" and x.status == 404)]


# --------------------------------------------------------------------------- our own view


class Legacy:
    """The emulator over the legacy URL family, with a token of our own."""

    def __init__(self, url: str, client_id: str, secret: str, tsg: str, verify: Any = True) -> None:
        self.http = httpx.Client(base_url=url, timeout=15, trust_env=False, verify=verify)
        token = self.http.post("/oauth2/access_token", auth=(client_id, secret),
                               data={"grant_type": "client_credentials", "scope": f"tsg_id:{tsg}"})
        token.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"

    def close(self) -> None:
        self.http.close()

    def list(self, stem: str, folder: str = FOLDER, **params: Any) -> list[dict[str, Any]]:
        resp = self.http.get(f"/sse/config/v1/{stem}", params={"folder": folder, "limit": 5000, **params})
        resp.raise_for_status()
        body = resp.json()
        return body["data"] if isinstance(body, dict) else body

    def find(self, stem: str, name: str, folder: str = FOLDER, **params: Any) -> dict[str, Any] | None:
        hits = [o for o in self.list(stem, folder, **params) if o.get("name") == name]
        return hits[0] if hits else None

    def job(self, job_id: str) -> dict[str, Any] | None:
        resp = self.http.get(f"/sse/config/v1/jobs/{job_id}")
        return resp.json()["data"][0] if resp.status_code == 200 else None


# --------------------------------------------------------------------------- steps and checks


@dataclass
class Run:
    args: list[str]
    rc: int
    out: str  # stdout then stderr
    stdout: str
    exchanges: list[Exchange]
    seconds: float


@dataclass
class Ctx:
    api: Legacy
    home: Path
    url: str
    account: Any
    jobs: dict[str, str]  # shared by the lanes: commit label -> the job id the tool printed


Check = Callable[[Ctx, Run], str | None]  # None: the effect is there; else what is wrong


@dataclass
class Step:
    args: list[str] | Callable[[Ctx], list[str]]
    checks: list[tuple[str, Check]]  # (operation, check)
    after: Callable[[Ctx, Run], None] | None = None


@dataclass
class Phase:
    """Lanes that run side by side; the steps of a lane run in order."""

    lanes: dict[str, list[Step]] = field(default_factory=dict)


def expect(obj: dict[str, Any] | None, what: str, **want: Any) -> str | None:
    if obj is None:
        return f"{what} is not in the emulator"
    wrong = {k: obj.get(k) for k, v in want.items() if obj.get(k) != v}
    if wrong:
        return f"{what} in the emulator has {wrong}, expected {{{', '.join(f'{k!r}: {want[k]!r}' for k in wrong)}}}"
    return None


def gone(obj: dict[str, Any] | None, what: str) -> str | None:
    return None if obj is None else f"{what} is still in the emulator"


def json_out(run: Run) -> Any:
    """The JSON document a ``--output json`` command printed (the SDK may log lines beside it)."""
    lines = run.stdout.splitlines()
    start = next((i for i, line in enumerate(lines) if line[:1] in "[{"), None)
    if start is None:
        raise ValueError("no JSON in the output")
    return json.loads("\n".join(lines[start:]))


def ok(run: Run) -> str | None:
    return None if run.rc == 0 else f"exit {run.rc}"


def all_of(*problems: str | None) -> str | None:
    found = [p for p in problems if p]
    return "; ".join(found) if found else None


def done(effect: Callable[[Ctx], str | None]) -> Check:
    """The process ended 0 and ``effect`` finds what it should have done."""
    def check(c: Ctx, r: Run) -> str | None:
        return ok(r) or effect(c)
    return check


def _shown_one(stem: str, name: str, *fields: str, **params: Any) -> Check:
    def check(c: Ctx, r: Run) -> str | None:
        if r.rc:
            return ok(r)
        held = c.api.find(stem, name, **params)
        if held is None:
            return f"{stem}/{name} is not in the emulator"
        shown = json_out(r)
        wrong = [f for f in ("id", "name", *fields) if shown.get(f) != held.get(f)]
        return f"shown {wrong} differ from the emulator's" if wrong else None
    return check


def _shown_list(stem: str, **params: Any) -> Check:
    def check(c: Ctx, r: Run) -> str | None:
        if r.rc:
            return ok(r)
        held = {o["name"] for o in c.api.list(stem, **params)}
        shown = {o["name"] for o in json_out(r)}
        if not held:
            return "nothing to list: the emulator holds none"
        return None if shown == held else f"listed {sorted(shown)}, the emulator holds {sorted(held)}"
    return check


def _backed_up(file: str, key: str, stem: str, **params: Any) -> Check:
    def check(c: Ctx, r: Run) -> str | None:
        if r.rc:
            return ok(r)
        held = {o["name"] for o in c.api.list(stem, **params)}
        path = c.home / file
        if not path.is_file():
            return f"{file} was not written" + ("" if held else " (the emulator holds none)")
        saved = {o["name"] for o in (yaml.safe_load(path.read_text()) or {}).get(key, [])}
        return None if saved == held else f"{file} holds {sorted(saved)}, the emulator {sorted(held)}"
    return check


def _loaded(name: str, effect: Callable[[Ctx], str | None]) -> Check:
    """A ``load`` check: the tool printed no error for ``name`` and the emulator shows it."""
    def check(c: Ctx, r: Run) -> str | None:
        if r.rc:
            return ok(r)
        said = [line.strip() for line in r.out.splitlines() if "Error" in line and f"'{name}'" in line]
        return all_of(f"the tool said: {said[-1]}" if said else None, effect(c))
    return check


def _job_id(label: str) -> Callable[[Ctx, Run], None]:
    def after(c: Ctx, r: Run) -> None:
        m = re.search(r"Job ID: (\d+)", r.out)
        if m:
            c.jobs[label] = m.group(1)
    return after


def _committed(label: str, sync: bool) -> Check:
    def check(c: Ctx, r: Run) -> str | None:
        if r.rc:
            return ok(r)
        job_id = c.jobs.get(label)
        if not job_id:
            return "no job id printed"
        job = c.api.job(job_id)
        if job is None:
            return f"job {job_id} is not in the emulator"
        want: dict[str, Any] = {"type_str": "CommitAndPush", "uname": c.account.client_id}
        if sync:
            want.update(status_str="FIN", result_str="OK")
            if "Status: OK" not in r.out:
                return "the tool did not print Status: OK"
        return expect(job, f"job {job_id}", **want)
    return check


def _rule(c: Ctx, name: str, position: str = "pre") -> dict[str, Any] | None:
    return c.api.find("security-rules", name, position=position)


def _context(first: bool) -> list[Step]:
    """Configure the lane's HOME the tool's way; the operations count on the first lane only."""
    create = Step(lambda c: ["context", "create", "emulator", "--client-id", c.account.client_id,
                             "--client-secret", c.account.client_secret, "--tsg-id", c.account.tsg_id,
                             "--api-base-url", c.url, "--token-url", f"{c.url}/am/oauth2/access_token"],
                  [("context create", done(lambda c: None if (c.home / ".scm-cli/contexts/emulator.yaml").is_file()
                                           else "no context file"))])
    test = Step(["context", "test"],
                [("context test", lambda c, r: ok(r) or (None if "Authentication successful" in r.out
                                                         else "no 'Authentication successful'"))])
    if not first:  # the other lanes only need their context
        create.checks = [("", create.checks[0][1])]
        return [create]
    return [create, test]


def phases() -> list[Phase]:
    F = ["--folder", FOLDER]
    tags = [
        Step(["set", "object", "tag", "web", *F, "--color", "Red", "--comments", "web servers"],
             [("set tag (create)", done(lambda c: expect(c.api.find("tags", "web"), "tag web",
                                                          color="Red", comments="web servers")))]),
        Step(["set", "object", "tag", "scratch", *F, "--color", "Green"],
             [("set tag (create, 2nd)", done(lambda c: expect(c.api.find("tags", "scratch"), "tag scratch",
                                                               color="Green")))]),
        Step(["set", "object", "tag", "web", *F, "--color", "Blue", "--comments", "web tier"],
             [("set tag (update)", done(lambda c: expect(c.api.find("tags", "web"), "tag web",
                                                          color="Blue", comments="web tier")))]),
        Step(["show", "object", "tag", "web", *F, "--output", "json"],
             [("show tag (one)", _shown_one("tags", "web", "color", "comments"))]),
        Step(["show", "object", "tag", *F, "--output", "json"], [("show tag (list)", _shown_list("tags"))]),
    ]
    addresses = [
        Step(["set", "object", "address", "web1", *F, "--ip-netmask", "192.0.2.10/32", "--tags", "web",
              "--description", "web one"],
             [("set address (create, ip-netmask)", done(lambda c: expect(
                 c.api.find("addresses", "web1"), "address web1", ip_netmask="192.0.2.10/32", tag=["web"],
                 description="web one")))]),
        Step(["set", "object", "address", "web2", *F, "--fqdn", "www.example.com"],
             [("set address (create, fqdn)", done(lambda c: expect(
                 c.api.find("addresses", "web2"), "address web2", fqdn="www.example.com")))]),
        Step(["set", "object", "address", "web3", *F, "--ip-range", "192.0.2.20-192.0.2.29"],
             [("set address (create, ip-range)", done(lambda c: expect(
                 c.api.find("addresses", "web3"), "address web3", ip_range="192.0.2.20-192.0.2.29")))]),
        Step(["set", "object", "address", "web1", *F, "--ip-netmask", "192.0.2.11/32", "--tags", "web",
              "--description", "web one, moved"],
             [("set address (update)", done(lambda c: expect(
                 c.api.find("addresses", "web1"), "address web1", ip_netmask="192.0.2.11/32", tag=["web"],
                 description="web one, moved")))]),
        Step(["show", "object", "address", "web1", *F, "--output", "json"],
             [("show address (one)", _shown_one("addresses", "web1", "ip_netmask", "tag"))]),
        Step(["show", "object", "address", *F, "--output", "json"],
             [("show address (list)", _shown_list("addresses"))]),
    ]
    services = [
        Step(["set", "object", "service", "web-http", *F, "--protocol", "tcp", "--port", "80,8080",
              "--description", "web"],
             [("set service (create, tcp)", done(lambda c: expect(
                 c.api.find("services", "web-http"), "service web-http", protocol={"tcp": {"port": "80,8080"}})))]),
        Step(["set", "object", "service", "syslog-udp", *F, "--protocol", "udp", "--port", "514"],
             [("set service (create, udp)", done(lambda c: expect(
                 c.api.find("services", "syslog-udp"), "service syslog-udp", protocol={"udp": {"port": "514"}})))]),
        Step(["set", "object", "service", "web-http", *F, "--protocol", "tcp", "--port", "80,8080,8443",
              "--description", "web and alt"],
             [("set service (update)", done(lambda c: expect(
                 c.api.find("services", "web-http"), "service web-http",
                 protocol={"tcp": {"port": "80,8080,8443"}}, description="web and alt")))]),
        Step(["show", "object", "service", "web-http", *F, "--output", "json"],
             [("show service (one)", _shown_one("services", "web-http", "protocol"))]),
    ]
    groups = [
        Step(["set", "object", "address-group", "grp-web", *F, "--type", "static", "--members", "web1",
              "--description", "web"],
             [("set address-group (create, static)", done(lambda c: expect(
                 c.api.find("address-groups", "grp-web"), "address group grp-web", static=["web1"])))]),
        Step(["set", "object", "address-group", "dyn-web", *F, "--type", "dynamic", "--filter", "'web'"],
             [("set address-group (create, dynamic)", done(lambda c: expect(
                 c.api.find("address-groups", "dyn-web"), "address group dyn-web", dynamic={"filter": "'web'"})))]),
        Step(["set", "object", "address-group", "grp-web", *F, "--type", "static", "--members", "web1,web3",
              "--description", "web servers"],
             [("set address-group (update)", done(lambda c: expect(
                 c.api.find("address-groups", "grp-web"), "address group grp-web", static=["web1", "web3"],
                 description="web servers")))]),
        Step(["show", "object", "address-group", "grp-web", *F, "--output", "json"],
             [("show address-group (one)", _shown_one("address-groups", "grp-web", "static"))]),
    ]
    rules = [
        Step(["set", "security", "rule", "allow-web", *F, "--source-zones", "trust", "--destination-zones",
              "untrust", "--destination-addresses", "grp-web", "--services", "web-http", "--action", "allow",
              "--tags", "web", "--description", "web in"],
             [("set security rule (create)", done(lambda c: expect(
                 _rule(c, "allow-web"), "rule allow-web", action="allow", destination=["grp-web"],
                 service=["web-http"], tag=["web"], **{"from": ["trust"], "to": ["untrust"]})))]),
        Step(["set", "security", "rule", "scratch-rule", *F, "--source-zones", "any", "--destination-zones", "any",
              "--action", "deny"],
             [("set security rule (create, 2nd)", done(lambda c: expect(
                 _rule(c, "scratch-rule"), "rule scratch-rule", action="deny")))]),
        Step(["set", "security", "rule", "cleanup", *F, "--source-zones", "any", "--destination-zones", "any",
              "--action", "drop", "--log-end", "--rulebase", "post"],
             [("set security rule (create, post, --log-end)", done(lambda c: expect(
                 _rule(c, "cleanup", "post"), "post rule cleanup", action="drop", log_end=True)))]),
        Step(["set", "security", "rule", "allow-web", *F, "--source-zones", "trust", "--destination-zones",
              "untrust", "--destination-addresses", "grp-web", "--services", "web-http", "--action", "deny",
              "--tags", "web", "--description", "web in, closed"],
             [("set security rule (update)", done(lambda c: expect(
                 _rule(c, "allow-web"), "rule allow-web", action="deny", description="web in, closed")))]),
        Step(["show", "security", "rule", "allow-web", *F, "--output", "json"],
             [("show security rule (one)", _shown_one("security-rules", "allow-web", "action", position="pre"))]),
        Step(["show", "security", "rule", *F, "--output", "json"],
             [("show security rule (list, pre)", _shown_list("security-rules", position="pre"))]),
        Step(["show", "security", "rule", *F, "--rulebase", "post", "--output", "json"],
             [("show security rule (list, post)", _shown_list("security-rules", position="post"))]),
    ]

    def backup(kind: list[str], file: str, key: str, stem: str, op: str, **params: Any) -> Step:
        return Step(["backup", *kind, *F, "--file", file], [(op, _backed_up(file, key, stem, **params))])

    def delete(kind: list[str], name: str, op: str, find: Callable[[Ctx], dict[str, Any] | None]) -> Step:
        return Step(["delete", *kind, name, *F, "--force"], [(op, done(lambda c: gone(find(c), name)))])

    ops = [
        Step(["commit", *F, "--description", "scm-cli commit"], [("commit", _committed("commit", False))],
             after=_job_id("commit")),
        Step(["commit", *F, "--description", "scm-cli commit, sync", "--sync", "--timeout", "60"],
             [("commit --sync", _committed("sync", True))], after=_job_id("sync")),
        Step(["jobs", "list", "--output", "json"],
             [("jobs list", lambda c, r: ok(r) or (None if {c.jobs.get("commit"), c.jobs.get("sync")}
                                                   <= {j["id"] for j in json_out(r)}
                                                   else "the commit jobs are not listed"))]),
        Step(lambda c: ["jobs", "status", "--id", c.jobs.get("sync", "0"), "--output", "json"],
             [("jobs status", lambda c, r: ok(r) or (None if (c.api.job(c.jobs.get("sync", "0")) or {}).get(
                 "status_str") == json_out(r).get("status_str") == "FIN" else "status differs from the emulator's"))]),
        Step(lambda c: ["jobs", "wait", "--id", c.jobs.get("commit", "0"), "--timeout", "30"],
             [("jobs wait", lambda c, r: ok(r) or (None if "completed with status: FIN" in r.out
                                                   else "no 'completed with status: FIN'"))]),
    ]
    return [
        Phase({"tags": _context(True) + tags, "addresses": _context(False) + addresses,
               "services": _context(False) + services, "groups": _context(False),
               "rules": _context(False), "ops": _context(False)}),
        Phase({"groups": groups,
               "tags": [backup(["object", "tag"], "tags.yaml", "tags", "tags", "backup tag")],
               "addresses": [backup(["object", "address"], "addresses.yaml", "addresses", "addresses",
                                    "backup address")],
               "services": [backup(["object", "service"], "services.yaml", "services", "services",
                                   "backup service")]}),
        Phase({"rules": rules,
               "groups": [backup(["object", "address-group"], "groups.yaml", "address_groups", "address-groups",
                                 "backup address-group")]}),
        Phase({"rules": [backup(["security", "rule"], "rules.yaml", "security_rules", "security-rules",
                                "backup security rule", position="pre")],
               "ops": ops}),
        # deletes: objects nothing refers to, one per lane
        Phase({"rules": [delete(["security", "rule"], "scratch-rule", "delete security rule",
                                lambda c: _rule(c, "scratch-rule"))],
               "groups": [delete(["object", "address-group"], "dyn-web", "delete address-group",
                                 lambda c: c.api.find("address-groups", "dyn-web"))],
               "services": [delete(["object", "service"], "syslog-udp", "delete service",
                                   lambda c: c.api.find("services", "syslog-udp"))],
               "addresses": [delete(["object", "address"], "web2", "delete address",
                                    lambda c: c.api.find("addresses", "web2"))],
               "tags": [delete(["object", "tag"], "scratch", "delete tag", lambda c: c.api.find("tags", "scratch"))]}),
        # loads: the backups back (what was deleted comes back; the rest is unchanged)
        Phase({
            "tags": [Step(["load", "object", "tag", "--file", "tags.yaml"], [
                ("load tag (deleted one back)", _loaded("scratch", lambda c: expect(
                    c.api.find("tags", "scratch"), "tag scratch", color="Green"))),
                ("load tag (existing one unchanged)", _loaded("web", lambda c: expect(
                    c.api.find("tags", "web"), "tag web", color="Blue", comments="web tier")))])],
            "addresses": [Step(["load", "object", "address", "--file", "addresses.yaml"], [
                ("load address (deleted one back)", _loaded("web2", lambda c: expect(
                    c.api.find("addresses", "web2"), "address web2", fqdn="www.example.com"))),
                ("load address (existing one unchanged)", _loaded("web1", lambda c: expect(
                    c.api.find("addresses", "web1"), "address web1", ip_netmask="192.0.2.11/32", tag=["web"],
                    description="web one, moved")))])],
            "services": [
                Step(["load", "object", "service", "--file", "services.yaml"], [
                    ("load service (file as backed up)", _loaded("syslog-udp", lambda c: expect(
                        c.api.find("services", "syslog-udp"), "service syslog-udp",
                        protocol={"udp": {"port": "514"}})))]),
                Step(["load", "object", "service", "--file", "services.yaml", *F], [
                    ("load service --folder (deleted one back)", _loaded("syslog-udp", lambda c: expect(
                        c.api.find("services", "syslog-udp"), "service syslog-udp",
                        protocol={"udp": {"port": "514"}}))),
                    ("load service --folder (existing one unchanged)", _loaded("web-http", lambda c: expect(
                        c.api.find("services", "web-http"), "service web-http",
                        protocol={"tcp": {"port": "80,8080,8443"}}, description="web and alt")))])],
            "groups": [Step(["load", "object", "address-group", "--file", "groups.yaml"], [
                ("load address-group (deleted dynamic one back)", _loaded("dyn-web", lambda c: expect(
                    c.api.find("address-groups", "dyn-web"), "address group dyn-web", dynamic={"filter": "'web'"}))),
                ("load address-group (existing one unchanged)", _loaded("grp-web", lambda c: expect(
                    c.api.find("address-groups", "grp-web"), "address group grp-web", static=["web1", "web3"],
                    description="web servers")))])],
            "rules": [
                Step(["load", "security", "rule", "--file", "rules.yaml"], [
                    ("load security rule (deleted one back)", _loaded("scratch-rule", lambda c: expect(
                        _rule(c, "scratch-rule"), "rule scratch-rule", action="deny"))),
                    ("load security rule (existing one unchanged)", _loaded("allow-web", lambda c: expect(
                        _rule(c, "allow-web"), "rule allow-web", action="deny", destination=["grp-web"])))]),
                Step(["load", "security", "rule", "--file", str(RULES_FILE), *F], [
                    ("load security rule (new, from a file)", _loaded("loaded-rule", lambda c: expect(
                        _rule(c, "loaded-rule"), "rule loaded-rule", action="allow", service=["web-http"],
                        destination=["web3"])))])],
        }),
        Phase({"ops": [Step(["commit", *F, "--description", "scm-cli commit after load", "--sync", "--timeout",
                             "60"], [("commit --sync (after load)", _committed("final", True))],
                            after=_job_id("final"))]}),
    ]


# --------------------------------------------------------------------------- running


@dataclass
class Outcome:
    op: str
    command: str
    ok: bool
    problem: str | None  # what the check found
    cause: str  # the emulator's answer, or the tool's own error, or the problem
    requests: list[str]  # the failed exchanges of the step (request -> answer)
    rc: int
    sent: list[str] = field(default_factory=list)  # the step's writes (not GET, not the token)


def tool_error(out: str) -> str | None:
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    errors = [line for line in lines if re.match(r"^(Error|✗|ERROR:scm_cli)", line)]
    return errors[-1] if errors else None


def run_cli(scm: Path, args: list[str], home: Path, env: dict[str, str], recorder: Recorder,
            client: str) -> Run:
    mark = len(recorder.log)
    started = time.monotonic()
    try:
        proc = subprocess.run([str(scm), *args], capture_output=True, text=True, timeout=STEP_TIMEOUT_S,
                              cwd=home, env={**env, "HOME": str(home)}, stdin=subprocess.DEVNULL)
        rc, stdout, stderr = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as exc:
        rc, stdout, stderr = -9, str(exc.stdout or ""), f"timed out after {STEP_TIMEOUT_S} s"
    return Run(args, rc, stdout + "\n" + stderr, stdout, recorder.since(mark, client),
               time.monotonic() - started)


def tool_env(base: dict[str, str]) -> dict[str, str]:
    return {**base, "COLUMNS": "200", "OAUTHLIB_INSECURE_TRANSPORT": "1",
            "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}


def _outcomes(step_args: list[str], run: Run, ctx: Ctx, checks: list[tuple[str, Check]]) -> list[Outcome]:
    failed = failed_exchanges(run.exchanges)
    shown = " ".join(a if re.fullmatch(r"[\w@.:/,=-]+", a) else repr(a) for a in step_args)
    shown = "scm " + shown.replace(ctx.account.client_secret, "***")
    out = []
    for op, check in checks:
        try:
            problem = check(ctx, run)
        except Exception as exc:  # a check that cannot read the output is a failure too
            problem = f"{type(exc).__name__}: {exc}"
        if not op:  # a set-up step of a lane: reported only when it fails
            if problem is None:
                continue
            op = f"{step_args[0]} {step_args[1]} (lane of {ctx.account.client_id.split('@')[0]})"
        if problem is None:
            cause = ""
        elif failed:
            cause = f"emulator answered {failed[-1].error}"
        else:
            said = tool_error(run.out)
            cause = f"tool: {said}" if said else problem
        out.append(Outcome(op, shown, problem is None, problem, cause, [str(x) for x in failed], run.rc,
                           writes(run.exchanges)))
    return out


def run_scenario(scm: Path, url: str, recorder: Recorder, workdir: Path, base_env: dict[str, str],
                 tsg: str = TSG) -> list[Outcome]:
    """Make folder Texas (our own client), then run the phases with the tool; the outcomes
    come in the order of :func:`phases`."""
    reader = reader_account(tsg)
    api = Legacy(url, reader.client_id, reader.client_secret, tsg)
    made = api.http.post("/config/setup/v1/folders", json={"name": FOLDER, "parent": "Shared"})
    api.close()
    if made.status_code not in (200, 201):
        raise RuntimeError(f"could not make folder {FOLDER}: {made.status_code} {made.text[:200]}")
    env = tool_env(base_env)
    jobs: dict[str, str] = {}
    ctxs: dict[str, Ctx] = {}
    for lane in LANES:
        account = lane_account(lane, tsg)
        (workdir / lane).mkdir(parents=True, exist_ok=True)
        ctxs[lane] = Ctx(Legacy(url, reader.client_id, reader.client_secret, tsg), workdir / lane, url,
                         account, jobs)

    def run_lane(lane: str, lane_steps: list[Step]) -> list[Outcome]:
        ctx, found = ctxs[lane], []
        for step in lane_steps:
            args = step.args(ctx) if callable(step.args) else step.args
            run = run_cli(scm, args, ctx.home, env, recorder, ctx.account.client_id)
            if step.after:
                step.after(ctx, run)
            found += _outcomes(args, run, ctx, step.checks)
        return found

    outcomes: list[Outcome] = []
    try:
        with ThreadPoolExecutor(max_workers=len(LANES)) as pool:
            for phase in phases():
                futures = [pool.submit(run_lane, lane, s) for lane, s in phase.lanes.items()]
                for future in futures:
                    outcomes += future.result()
    finally:
        for ctx in ctxs.values():
            ctx.api.close()
    return outcomes
