"""What each operation does to the emulator's state, chosen by catalog facts.

Generic behaviour comes from the operation's kind and path shape (collection or
item, addressed by id, by ``name`` or a singleton: :meth:`Handlers._addressing`); the
few operations whose meaning no shape conveys (push, load, rollback, running, jobs,
move, folders, BGP routing) are named in ``Handlers.special``. Handlers return a
Starlette response and never raise for bad input: every refusal is an SCM-shaped
error, and a refused write changes nothing (every check comes before the one write).
"""

from __future__ import annotations

import builtins
import ipaddress
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from sasekit.catalog import Operation, Shape

from . import jobs
from . import responses as r
from .config import SYSTEM_FOLDERS, EmulatorConfig, system_folder_id
from .provisioning import ALLOCATION, SERVICE_DATA_LISTS, ServiceData
from .store import Store, new_id

# Fields whose values name address-like objects that must exist at push time.
ADDRESS_LIKE = ("address", "addressGroup", "region", "externalDynamicList")
REFERENCE_FIELDS = {"source": ADDRESS_LIKE, "destination": ADDRESS_LIKE}
GROUP_REFERENCE_FIELDS = {"addressGroup": {"static": ADDRESS_LIKE}}
# Every object's `tag` list names tag objects (never a literal), which must exist at push time.
TAG_FIELD = "tag"
# Keys whose values never count as references to another object.
NOT_REFERENCES = frozenset({"id", "name", "description", "folder", "snippet", "device"})
# References the scan of values does not see, because they sit under a `name` key: resource ->
# paths (keys, then the list of entries whose `name` is the reference). An IPsec tunnel names
# its IKE gateways as `auto_key.ike_gateway[].name`.
NAMED_REFERENCES: dict[str, tuple[tuple[str, ...], ...]] = {"ipsecTunnel": (("auto_key", "ike_gateway"),)}
SCOPE_PARAMS = ("folder", "snippet", "device")
# Where an object lives when its create names no container: the unified service-connection
# and remote-network bodies have no folder (scm-config/deployment.yaml), and the service
# keeps them in their own system folder, where the legacy family lists them.
HOME_FOLDERS = {"serviceConnection": "Service Connections", "serviceConnectionGroup": "Service Connections",
                "remoteNetwork": "Remote Networks"}
# A unified `?name=` lookup answers the bare object, except where the real service answers
# the list: pan-scm-sdk 0.15.1's fetch() reads `data` for the mobile-agent group (its
# forwarding-profile and agent-profile services call list(name=...)) and for log
# forwarding profiles (scm/config/objects/log_forwarding_profile.py), a bare object for
# every other service (`if "id" in response`).
NAME_LOOKUP_LISTS = {"groups": ("mobile-agent",), "resources": ("logForwardingProfile", "bandwidthAllocation")}
# ... and on the legacy family, where lookups answer the list, these answer the object:
# pan-scm-sdk's RemoteNetworks works on the legacy host and its fetch() reads a bare
# object (scm/config/deployment/remote_networks.py, fetch(): `if "id" in response`).
LEGACY_BARE_NAME_LOOKUPS = ("remoteNetwork",)
# Lists of the service's own data, which no client creates: the GlobalProtect agent
# versions a tenant may deploy (strings, as both specs declare the items).
SERVICE_DATA: dict[str, tuple[Any, ...]] = {
    "mobileAgentAgentVersion": ("6.3.3", "6.3.2", "6.2.8", "6.2.7", "6.1.7", "6.0.11"),
}
MAX_OFFSET = 2**63 - 1  # SQLite's largest integer
# Read-only fields the service sets on the objects it stores; answers must carry them
# (the spec requires them). autoTagAction.log_type: a PAN-OS log type.
SERVER_FIELDS: dict[str, dict[str, Any]] = {"autoTagAction": {"log_type": "traffic"}}
# Query parameters that name the object a get/update/delete on a collection path addresses.
ADDRESS_QUERY = ("name", "host_id")
# serviceConnection.getBgpRouting / updateBgpRouting: one tenant-wide object, stored under this
# key (not serviceConnection's, whose list it must not join).
BGP_ROUTING = "bgpRouting"
# What GET bgp-routing answers before any PUT: every field of the spec's bgp-routing schema at
# its neutral value; pan-scm-sdk's BGPRouting.delete() puts exactly these back ("reset to
# default values": the object always exists, it has no POST or DELETE).
BGP_ROUTING_DEFAULT: dict[str, Any] = {
    "routing_preference": {"default": {}},
    "backbone_routing": "no-asymmetric-routing",
    "accept_route_over_SC": False,
    "outbound_routes_for_services": [],
    "add_host_route_to_ike_peer": False,
    "withdraw_static_route": False,
}
# What a singleton's GET answers before any PUT, where its schema requires fields the spec
# gives no default: Auto VPN (scm-config/network.yaml ``auto-vpn-settings`` requires
# ``vpn_address_pool`` and ``as_range``): no pool allocated yet, the 16-bit private AS numbers
# (RFC 6996: 64512-65534) as the range hubs and branches draw from, no mesh between hubs.
SINGLETON_DEFAULTS: dict[str, dict[str, Any]] = {
    "autoVpnSetting": {"vpn_address_pool": [], "as_range": {"start": 64512, "end": 65534},
                       "enable_mesh_between_hubs": False},
}
# Resources whose create body spells flat what their reads and PUT nest under one key. SSL
# decryption settings are POSTed as ``ssl-decryption-settings`` (the members of ``ssl_decrypt``
# beside the container) and read and PUT as ``ssl-decryption-settings-get-put``
# (``{ssl_decrypt: {...}, folder}``, ``ssl_decrypt`` required). Stored nested (an empty
# ``ssl_decrypt`` when the POST set nothing), answered flat to the POST, as its spec declares.
NESTED_BODIES = {"sslDecryptionSetting": "ssl_decrypt"}
# Setup API objects whose answers carry an integer id, allocated per tenant from 1 and stored
# under "<key>:<n>" (a tenant's row ids are unique across resources): shares
# (``snippet_share_info.id``), audit log entries (``snippet_audit_history.id``) and trusts
# (``tenant_trust_info.trust_id``; DELETE /trusts names them in ``trustids``).
SHARED_SNIPPET, AUDIT_LOG, TRUST = "sharedSnippet", "snippetAuditLog", "trust"


@dataclass
class Call:
    """One validated request, ready for a handler."""

    op: Operation
    tsg: str
    uname: str
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    rid: str
    family: str = "legacy"  # or "unified": the URL family the request came in on


class Handlers:
    """One method per operation kind or special operation. Annotations say
    ``builtins.list`` because the :meth:`list` handler shadows the builtin here."""

    def __init__(self, store: Store, config: EmulatorConfig) -> None:
        self.store = store
        self.config = config
        #: The tenant's own data (locations, allocations, predefined profiles) and the
        #: provisioning checks (:mod:`.provisioning`).
        self.data = ServiceData(store, config)
        #: Epoch seconds that push jobs progress on; tests share a fake clock with the client.
        self.clock: Callable[[], float] = time.time
        self.special: dict[tuple[str, str], Callable[[Call], Response]] = {
            ("configVersion", "push"): self.push,
            ("configVersion", "load"): self.load,
            ("configVersion", "rollbackCandidate"): self.rollback,
            ("configVersion", "getRunning"): self.running,
            ("configVersion", "list"): self.versions,
            ("configVersion", "get"): self.version,
            ("configVersion", "listSnapshots"): self.snapshots,
            ("job", "list"): self.job_list,
            ("job", "get"): self.job_get,
            ("folder", "list"): self.folder_list,
            ("folder", "create"): self.folder_create,
            ("folder", "get"): self.folder_get,
            ("folder", "update"): self.folder_update,
            ("folder", "delete"): self.folder_delete,
            ("certificate", "import"): self.create,
            ("infrastructureSetting", "enable"): self.enable,
            ("mobileAgentEnable", "create"): self.enable,
            ("mobileAgentEnable", "get"): self.enable_get,
            ("sharedSnippet", "update"): self.shared_snippet_update,
            ("sharedSnippet", "load"): self.shared_snippet_load,
            ("snippetAuditLog", "create"): self.audit_log_create,
            ("snippetAuditLog", "get"): self.audit_log_get,
            ("snippetSnapshot", "compare"): self.snapshot_compare,
            ("trust", "create"): self.trust_create,
            ("trust", "delete"): self.trust_delete,
            ("trustValidation", "create"): self.trust_validate,
            ("serviceConnection", "getBgpRouting"): self.bgp_routing_get,
            ("serviceConnection", "updateBgpRouting"): self.bgp_routing_update,
            ("prismaAccessIp", "list"): self.prisma_access_ip,
        }

    # ------------------------------------------------------------------ dispatch

    def handle(self, call: Call) -> Response:
        op = call.op
        special = self.special.get((op.resource.key, op.name))
        if special:
            return special(call)
        if op.action == "move":
            return self.move(call) if op.resource.key.endswith("Rule") else self.ok(call)
        if op.kind == "action":
            return self.ok(call)
        return getattr(self, op.kind)(call)

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def container(call: Call, param: str) -> str | None:
        """The ``folder``, ``snippet`` or ``device`` a request names: in the query, or (the
        unified family, whose specs put it there) in the body."""
        value = call.query.get(param)
        if not value and call.family != "legacy" and isinstance(call.body, dict):
            value = call.body.get(param)
        return value if isinstance(value, str) and value else None

    def scope_of(self, call: Call) -> str:
        for p in SCOPE_PARAMS:
            value = self.container(call, p)
            if value:
                return value if p == "folder" else f"{p}:{value}"
        return ""

    def folder_exists(self, tsg: str, name: str) -> bool:
        if name in SYSTEM_FOLDERS:
            return True
        return any(f["name"] == name for f in self.store.custom_folders(tsg))

    def check_scope(self, call: Call) -> Response | None:
        """A refusal when the container named is no container: a folder the tenant does not
        have, or, on a write, an empty ``folder``, ``snippet`` or ``device`` (the unified specs'
        query parameters declare no ``minLength``; the legacy folder pattern needs a character).
        A write so named would store an object in no container, which no read of its container
        finds and whose answers lack the container their schemas require. A read with an empty
        one names none, as before: it lists the tenant's objects."""
        if call.op.kind in ("create", "update"):
            for p in SCOPE_PARAMS:
                given = call.query.get(p)
                if given is None and call.family != "legacy" and isinstance(call.body, dict):
                    given = call.body.get(p)
                if given == "":
                    return r.invalid([f'"{p}" is not allowed to be empty'], rid=call.rid)
        folder = self.container(call, "folder")
        if folder and not self.folder_exists(call.tsg, folder):
            return r.invalid([f'"folder" {folder!r} does not exist'], rid=call.rid)
        return None

    def _position(self, call: Call) -> str | None:
        if call.op.resource.key.endswith("Rule") and "position" in call.op.parameters:
            return call.query.get("position") or "pre"
        return None

    def _input(self, call: Call) -> dict[str, Any]:
        """The request body without read-only fields (the service ignores them)."""
        body = dict(call.body or {})
        shape = call.op.body
        if shape is not None:
            for name, prop in shape.properties.items():
                if prop.read_only:
                    body.pop(name, None)
        return body

    def _addressing(self, call: Call) -> str:
        """How a get/update/delete finds its object, as its spec declares:

        - ``"path"``: by the id in the path (``/addresses/{id}``);
        - ``"query"``: by a ``name`` (or ``host_id``) query parameter (mobile-agent agent
          profiles, every collection DELETE by name);
        - ``"body"``: by the body's ``name``: the PUT of a collection that has no by-id
          paths and declares no name parameter, whose objects are created by POST
          (bandwidthAllocation, autoTagAction, mobileAgentInfrastructureSetting);
        - ``"singleton"``: the one object of its resource in its scope (shared
          infrastructure settings, mobile-agent global settings), which its first PUT creates.
        """
        if call.path:
            return "path"
        if any(field in call.query for field in ADDRESS_QUERY):
            return "query"
        op = call.op
        if (op.kind == "update" and op.body is not None and "name" in op.body.properties
                and "create" in op.resource.operations and not _has_item_paths(op.resource)):
            return "body"
        return "singleton"

    def _target(self, call: Call) -> tuple[str | None, dict[str, Any] | None]:
        """The object a get/update/delete addresses (:meth:`_addressing`): its id (or, when
        there is no such object, the id or name asked for) and the object, or None."""
        key = call.op.resource.key
        how = self._addressing(call)
        if how == "path":
            obj_id = next(iter(call.path.values()))
            return obj_id, self.store.get(call.tsg, key, obj_id)
        scope = self.scope_of(call)
        if how == "query":
            field = next(f for f in ADDRESS_QUERY if f in call.query)
            items, _ = self.store.list(call.tsg, key, scope or None)
            for item in items:
                if item.get(field) == call.query[field]:
                    return item["id"], item
            return call.query[field], None
        if how == "body":
            name = (call.body or {}).get("name")
            found = self.store.find_by_name(call.tsg, key, scope, name) if isinstance(name, str) else None
            return (found["id"] if found else name), found
        scope = self._singleton_scope(call)
        sid = f"singleton:{key}:{scope}"
        found = self.store.get(call.tsg, key, sid)
        if found is None and "create" in call.op.resource.operations:
            # Settings a POST created (ssl-decryption-settings): the one object of its scope.
            items, _ = self.store.list(call.tsg, key, scope, limit=1)
            if items:
                return items[0]["id"], items[0]
        return sid, found

    def _singleton_scope(self, call: Call) -> str:
        """Where a singleton lives: in the container the request names, or tenant-wide ("")
        when no read of its resource takes a container. Auto VPN, shared infrastructure and
        GlobalProtect global settings are read without one; their PUTs accept a container
        (clients send one) that does not make a second object."""
        reads = [op.variant(call.family) for op in call.op.resource.operations.values()
                 if op.kind in ("get", "list")]
        reads = [v for v in reads if "{" not in v.path]
        if reads and not any(p in v.parameters for v in reads for p in SCOPE_PARAMS):
            return ""
        return self.scope_of(call)

    def _status(self, call: Call) -> int:
        return call.op.success_status

    def _page(self, call: Call) -> tuple[int, int]:
        """``limit`` (0..max_page) and ``offset`` of a list request; a huge offset finds nothing."""
        limit = int(call.query.get("limit") or self.config.default_page)
        offset = int(call.query.get("offset") or 0)
        return max(0, min(limit, self.config.max_page)), max(0, min(offset, MAX_OFFSET))

    # ------------------------------------------------------------------ generic CRUD

    def list(self, call: Call) -> Response:
        bad = self.check_scope(call)
        if bad:
            return bad
        limit, offset = self._page(call)
        scope = self.scope_of(call)
        key = call.op.resource.key
        virtual = self.data.listed(call.tsg, key, scope, call.query.get("name"))
        if key in SERVICE_DATA_LISTS and not call.op.paginates:
            # The service's own data, whole: these lists take no limit (a bare array).
            items = [dict(item) for item in SERVICE_DATA_LISTS[key]]
            total = len(items)
        elif key in SERVICE_DATA:
            every = builtins.list(SERVICE_DATA[key])
            items, total = every[offset: offset + limit], len(every)
        elif virtual:
            items, total = self._with_virtual(call, virtual, scope, limit, offset)
        else:
            items, total = self.store.list(call.tsg, key, scope if scope else None,
                                           name=call.query.get("name"), position=self._position(call),
                                           limit=limit, offset=offset)
        if call.op.envelope == "array":
            return r.json_response(items)
        if call.op.envelope == "object":
            return self._object_list(call, items)
        bare = (_bare_name_lookup(call.op.resource) if call.family == "unified"
                else call.family == "legacy" and call.op.resource.key in LEGACY_BARE_NAME_LOOKUPS)
        if bare and call.query.get("name"):
            # A name lookup answered with the object itself, or 404 (see NAME_LOOKUP_LISTS).
            hit = next((i for i in items if i.get("name") == call.query["name"]), None)
            if hit is None:
                return r.not_found(f"{call.op.resource.key} {call.query['name']!r} does not exist",
                                   call.rid)
            return r.json_response(hit)
        return r.json_response({"data": items, "limit": limit, "offset": offset, "total": total})

    def _with_virtual(self, call: Call, virtual: builtins.list[dict[str, Any]], scope: str, limit: int,
                      offset: int) -> tuple[builtins.list[dict[str, Any]], int]:
        """One page of the service's own objects (first, as the service lists them) and the
        stored ones after them, and the total of both."""
        page = virtual[offset: offset + limit]
        rest = max(0, offset - len(virtual))
        stored, count = self.store.list(call.tsg, call.op.resource.key, scope if scope else None,
                                        name=call.query.get("name"), position=self._position(call),
                                        limit=limit - len(page), offset=rest)
        return page + stored, len(virtual) + count

    def _object_list(self, call: Call, items: builtins.list[dict[str, Any]]) -> Response:
        """A list its spec answers with an object: the items under the one array it declares
        (``{"agent_versions": [...]}``), or, for a singleton, the object itself."""
        shape = call.op.response
        props = dict(shape.properties) if shape is not None else {}
        arrays = [n for n, p in props.items() if p.type == "array"]
        if len(props) == 1 and arrays:
            return r.json_response({arrays[0]: items})
        return r.json_response(items[0] if items else {})

    def get(self, call: Call) -> Response:
        obj_id, obj = self._target(call)
        if obj is None and call.path:
            obj = self.data.find(call.tsg, call.op.resource.key, obj_id=obj_id)
        if obj is None:
            if not call.path:  # a singleton not configured yet: its defaults
                return r.json_response(dict(SINGLETON_DEFAULTS.get(call.op.resource.key, {})))
            return r.not_found(f"{call.op.resource.key} {obj_id!r} does not exist", call.rid)
        return r.json_response(obj)

    def create(self, call: Call) -> Response:
        if call.body is None and call.op.body is not None:
            return r.invalid(["Missing Body"], rid=call.rid)
        bad = self.check_scope(call)
        if bad:
            return bad
        key = call.op.resource.key
        scope = self.scope_of(call)
        if not scope and key in HOME_FOLDERS:
            scope = call.query["folder"] = HOME_FOLDERS[key]
        body = self._input(call)
        shape = call.op.body
        if shape is not None:  # the service fills in declared defaults of omitted fields
            for field, prop in shape.properties.items():
                default = prop.get("default")
                if field not in body and default is not None and not prop.read_only:
                    body[field] = prop.raw()["default"]
        if key == "certificate":  # generated or imported: stored as GET shows certificates
            body = _certificate_view(body)
        body = _without_nulls(call.op.response, body)
        name = body.get("name")
        if isinstance(name, str) and self.store.find_by_name(call.tsg, key, scope, name):
            return r.name_not_unique(f"{key} {name!r} already exists in {scope or 'the tenant'}", call.rid)
        taken = self.data.name_taken(call.tsg, key, name)
        if taken:
            return r.name_not_unique(taken, call.rid)
        problems = self.data.problems(call.tsg, key, body, scope)
        if problems:
            return r.invalid(problems, rid=call.rid)
        if key == ALLOCATION:
            self.data.forget_removal(call.tsg, name)
        nest = NESTED_BODIES.get(key)
        flat = body
        if nest is not None and nest not in body:
            body = {nest: {k: v for k, v in body.items() if k not in SCOPE_PARAMS}}
        obj = _stored(new_id(), body, key)
        for p in SCOPE_PARAMS:
            value = self.container(call, p)
            if value:
                obj[p] = value
        self.store.insert(call.tsg, key, scope, obj, self._position(call))
        if nest is not None and flat is not body:  # answered as the POST's own schema spells it
            return r.json_response({"id": obj["id"], **flat, **{p: obj[p] for p in SCOPE_PARAMS if p in obj}},
                                   self._status(call))
        return r.json_response(obj, self._status(call))

    def update(self, call: Call) -> Response:
        if call.body is None and call.op.body is not None:
            return r.invalid(["Missing Body"], rid=call.rid)
        how = self._addressing(call)
        if how != "path":  # by-id paths take no folder; the others name the object's scope
            bad = self.check_scope(call)
            if bad:
                return bad
        obj_id, current = self._target(call)
        key = call.op.resource.key
        body = _without_nulls(call.op.response, self._input(call))
        # Every check first, then one write: a refused update leaves the store as it was.
        virtual = None
        if current is None and how != "singleton":
            virtual = current = self._virtual_target(call, how, obj_id)
            if virtual is not None and self.data.predefined(key, virtual):
                return r.invalid([f"{key} {virtual['name']!r} is predefined: it cannot be changed "
                                  f"(create a profile of your own instead)"], rid=call.rid)
        if current is None and how != "singleton":
            scope = self.scope_of(call)
            where = f" in {scope}" if scope and how != "path" else ""
            return r.not_found(f"{key} {obj_id!r} does not exist{where}", call.rid)
        name = body.get("name")
        meta = self.store.meta(call.tsg, current["id"]) if current is not None else None
        if current is not None and isinstance(name, str) and name != current.get("name"):
            clash = self.store.find_by_name(call.tsg, key, meta["folder"], name) if meta else None
            if clash and clash["id"] != current["id"]:
                return r.name_not_unique(f"{key} {name!r} already exists", call.rid)
            taken = self.data.name_taken(call.tsg, key, name)
            if taken:
                return r.name_not_unique(taken, call.rid)
        if current is not None:
            problems = self.data.problems(call.tsg, key, body, meta["folder"] if meta else "")
            if key == ALLOCATION:
                users = self.data.allocation_users(call.tsg, current, body)
                if users:
                    return r.reference_not_zero(
                        f"{key} {current.get('name')!r}: the update drops SPNs used by {', '.join(users[:5])}",
                        users, call.rid)
            if problems:
                return r.invalid(problems, rid=call.rid)
        if current is None:  # a singleton: its first PUT creates it, in the container named
            scope = self._singleton_scope(call)
            if not scope and _requires_container(call.op.response):
                # Its answer must name the container (ssl-decryption-settings-get-put): settings
                # written nowhere could never be answered as their spec declares.
                return r.invalid(['"value" exactly one of folder | snippet | device is required '
                                  "(exclusive): none given"], rid=call.rid)
            updated = _stored(str(obj_id), body, key)
            for p in SCOPE_PARAMS:
                value = self.container(call, p) if scope else None
                if value:
                    updated[p] = value
            self.store.insert(call.tsg, key, scope, updated)
            return r.json_response(updated, self._status(call))
        updated = _stored(current["id"], body, key)
        for p in SCOPE_PARAMS:
            if p in current:
                updated[p] = current[p]
        if virtual is not None:  # a seeded allocation, changed for the first time: stored now
            self.store.insert(call.tsg, key, "", updated)
        else:
            self.store.replace(call.tsg, current["id"], updated)
        return r.json_response(updated, self._status(call))

    def delete(self, call: Call) -> Response:
        obj_id, current = self._target(call)
        key = call.op.resource.key
        virtual = None
        if current is None:
            virtual = current = self._virtual_target(call, self._addressing(call), obj_id)
        if current is None:
            return r.not_found(f"{key} {obj_id!r} does not exist", call.rid)
        if virtual is not None and self.data.predefined(key, virtual):
            return r.invalid([f"{key} {virtual['name']!r} is predefined: it cannot be deleted"], rid=call.rid)
        refs = self.references_to(call.tsg, current)
        if key == ALLOCATION:
            refs += self.data.allocation_users(call.tsg, current)
        if refs:
            return r.reference_not_zero(
                f"{key} {current.get('name')!r} is referenced by {', '.join(refs[:5])}", refs, call.rid)
        if virtual is not None:  # a seeded allocation: a marker keeps it deleted
            self.data.remove(call.tsg, virtual)
        else:
            self.store.delete(call.tsg, current["id"])
        return r.json_response(current, self._status(call))

    def _virtual_target(self, call: Call, how: str, wanted: Any) -> dict[str, Any] | None:
        """The service's own object (a predefined profile, a seeded allocation) that a
        get/update/delete addresses, when no stored one answers: by id in the path, else by name."""
        key = call.op.resource.key
        if not isinstance(wanted, str):
            return None
        if how == "path":
            return self.data.find(call.tsg, key, obj_id=wanted)
        if how in ("query", "body") and (how == "body" or "name" in call.query):
            return self.data.find(call.tsg, key, name=wanted)
        return None

    def prisma_access_ip(self, call: Call) -> Response:
        """POST /getPrismaAccessIP/v2 (an endpoint sasekit invented, see
        catalog/extra/prisma-access-ip.yaml): the Prisma-side public address of every remote
        network the newest push of Remote Networks holds, grouped by zone."""
        body = call.body if isinstance(call.body, dict) else {}
        return r.json_response(self.data.public_addresses(call.tsg, body, self.clock()), self._status(call))

    def ok(self, call: Call) -> Response:
        return r.json_response({"success": True}, self._status(call))

    def enable(self, call: Call) -> Response:
        key = "mobileAgentEnable" if call.op.resource.key == "mobileAgentEnable" else call.op.resource.key
        sid = f"singleton:{key}:"
        state = {"id": sid, "data": {"enabled": True}}
        if self.store.get(call.tsg, key, sid) is None:
            self.store.insert(call.tsg, key, "", state)
        return r.json_response({"success": True, "message": "enabled"}, self._status(call))

    def enable_get(self, call: Call) -> Response:
        """GET mobile-agent/enable: whether GlobalProtect is enabled. The unified spec answers
        ``{enabled}`` (false until the POST enables it); the legacy one the object as stored,
        ``{data: {enabled}}`` (``MobileAgent.yaml``), or ``{}`` before the POST."""
        if call.family != "unified":
            return self.get(call)
        sid = "singleton:mobileAgentEnable:"
        stored = self.store.get(call.tsg, "mobileAgentEnable", sid) or {}
        data = stored.get("data")
        return r.json_response({"enabled": isinstance(data, dict) and data.get("enabled") is True})

    # ------------------------------------------------------------------ Setup API: snippets shared between tenants

    def _share(self, tsg: str, wanted: str) -> dict[str, Any] | None:
        """The share a body's ``id`` names: by its integer id (as text) or its snippet's uuid."""
        shares, _ = self.store.list(tsg, SHARED_SNIPPET, None)
        return next((s for s in shares if str(s.get("id")) == wanted or s.get("snippet_uuid") == wanted), None)

    def shared_snippet_update(self, call: Call) -> Response:
        """PUT /shared-snippets (``snippet_share_upload_payload``: the share's ``id``,
        ``pause_update``, ``validate_before_update``): this recipient's settings of one share,
        answered as ``snippet_share_info`` with its integer ``id``. The emulator has no donor
        tenant, so the first PUT naming an unknown share records it (the id the next of the
        tenant, ``snippet_uuid`` the id sent); later PUTs, by either id, change the settings
        they send and keep the others. GET /shared-snippets lists the shares."""
        body = call.body if isinstance(call.body, dict) else {}
        wanted = body.get("id")
        if not isinstance(wanted, str) or not wanted:
            return r.invalid(['"id" is required'], rid=call.rid)
        now = jobs.rfc3339(self.clock())
        current = self._share(call.tsg, wanted)
        share = current or {"id": self.store.next_number(call.tsg, SHARED_SNIPPET, 1), "snippet_uuid": wanted,
                            "recipient_tsg": call.tsg, "recipient_paused_update": False,
                            "recipient_validate_before_update": False, "created": now}
        share = {**share, "last_updated": now}
        for sent, field in (("pause_update", "recipient_paused_update"),
                            ("validate_before_update", "recipient_validate_before_update")):
            if isinstance(body.get(sent), bool):
                share[field] = body[sent]
        row = f"{SHARED_SNIPPET}:{share['id']}"
        if current is None:
            self.store.insert(call.tsg, SHARED_SNIPPET, "", share, row_id=row)
        else:
            self.store.replace(call.tsg, row, share)
        return r.json_response(share, self._status(call))

    def shared_snippet_load(self, call: Call) -> Response:
        """POST /shared-snippets:load: answers what it was asked to load, as its spec declares
        (``snippet_share_load_payload``: ``id``, and ``validation`` when sent)."""
        body = call.body if isinstance(call.body, dict) else {}
        answer = {"id": body.get("id")}
        if "validation" in body:
            answer["validation"] = body["validation"]
        return r.json_response(answer, self._status(call))

    def snapshot_compare(self, call: Call) -> Response:
        """POST /snippet-snapshots:compare: the differences between two versions of a snippet,
        an array of ``snippet_snapshot_compare_entry``. The emulator keeps no snippet contents
        per version, so it finds none: ``[]``."""
        return r.json_response([], self._status(call))

    def audit_log_create(self, call: Call) -> Response:
        """POST /snippet-audit-logs: an entry (``snippet_audit_history``) with the next integer
        id of the tenant, who wrote it (``user``) and when (``created``, RFC 3339)."""
        entry: dict[str, Any] = {"id": self.store.next_number(call.tsg, AUDIT_LOG, 1)}
        entry.update({k: v for k, v in _without_nulls(call.op.response, self._input(call)).items() if k != "id"})
        entry.update({"user": call.uname, "created": jobs.rfc3339(self.clock()), "deleted": 0})
        self.store.insert(call.tsg, AUDIT_LOG, "", entry, row_id=f"{AUDIT_LOG}:{entry['id']}")
        return r.json_response(entry, self._status(call))

    def audit_log_get(self, call: Call) -> Response:
        """GET /snippet-audit-logs/{id}: the entry with that integer id, or 404."""
        raw = call.path.get("id", "")
        known = raw.isascii() and raw.isdigit() and int(raw) <= MAX_OFFSET
        entry = self.store.get(call.tsg, AUDIT_LOG, f"{AUDIT_LOG}:{int(raw)}") if known else None
        if entry is None:
            return r.not_found(f"snippet audit log {raw!r} does not exist", call.rid)
        return r.json_response(entry)

    # ------------------------------------------------------------------ Setup API: trusts between tenants

    def trust_create(self, call: Call) -> Response:
        """POST /trusts: a trust with this tenant, answered as ``tenant_trust_info``: its
        ``trust_id`` (the one sent, else the next of the tenant), what was sent without the nulls
        the answer does not admit (``trust_id: null`` asks for a new id), who made it and when."""
        body = _without_nulls(call.op.response, self._input(call))
        trust_id = body.get("trust_id")
        if isinstance(trust_id, int) and not isinstance(trust_id, bool):
            if self.store.get(call.tsg, TRUST, f"{TRUST}:{trust_id}") is not None:
                return r.name_not_unique(f"trust {trust_id} already exists", call.rid)
        else:
            trust_id = self.store.next_number(call.tsg, TRUST, 1)
            while self.store.get(call.tsg, TRUST, f"{TRUST}:{trust_id}") is not None:
                trust_id = self.store.next_number(call.tsg, TRUST, 1)
        now = jobs.rfc3339(self.clock())
        trust = {**body, "trust_id": trust_id, "created": now, "created_by": call.uname,
                 "last_updated": now, "updated_by": call.uname}
        self.store.insert(call.tsg, TRUST, "", trust, row_id=f"{TRUST}:{trust_id}")
        return r.json_response(trust, self._status(call))

    def trust_delete(self, call: Call) -> Response:
        """DELETE /trusts?trustids=1,2&type=...: every trust named, or none when one is unknown."""
        text = call.query.get("trustids")
        ids = [t.strip() for t in text.split(",")] if isinstance(text, str) else []
        if not ids or not all(t.isascii() and t.isdigit() and int(t) <= MAX_OFFSET for t in ids):
            return r.invalid(['"trustids" must be a comma-separated list of trust ids'], rid=call.rid)
        rows = [f"{TRUST}:{int(t)}" for t in ids]
        missing = [t for t, row in zip(ids, rows, strict=True) if self.store.get(call.tsg, TRUST, row) is None]
        if missing:
            return r.not_found(f"trust {', '.join(missing)} does not exist", call.rid)
        for row in rows:
            self.store.delete(call.tsg, row)
        return r.json_response({"success": True}, self._status(call))

    def trust_validate(self, call: Call) -> Response:
        """POST /trust-validations: the trust the body describes, as ``tenant_trust_info`` (the
        stored trust when ``trust_id`` names one, else what was sent without disallowed nulls).
        A validation stores nothing."""
        body = _without_nulls(call.op.response, self._input(call))
        trust_id = body.get("trust_id")
        stored = (self.store.get(call.tsg, TRUST, f"{TRUST}:{trust_id}")
                  if isinstance(trust_id, int) and not isinstance(trust_id, bool) else None)
        return r.json_response(stored or body, self._status(call))

    # ------------------------------------------------------------------ BGP routing

    def _bgp_routing(self, tsg: str) -> dict[str, Any]:
        """The tenant's BGP routing settings as stored (with the store's id), or the defaults."""
        return self.store.get(tsg, BGP_ROUTING, f"singleton:{BGP_ROUTING}:") or {
            "id": f"singleton:{BGP_ROUTING}:", **BGP_ROUTING_DEFAULT}

    def bgp_routing_get(self, call: Call) -> Response:
        """The BGP routing settings (the defaults until a PUT changes them): the object itself
        on the unified family (its spec; pan-scm-sdk reads it so), in the ``{data: [...]}``
        envelope the legacy spec declares on the legacy one."""
        view = {k: v for k, v in self._bgp_routing(call.tsg).items() if k != "id"}
        if call.family == "unified":
            return r.json_response(view)
        limit, offset = self._page(call)
        return r.json_response({"data": [view][offset: offset + limit], "limit": limit, "offset": offset,
                                "total": 1})

    def bgp_routing_update(self, call: Call) -> Response:
        """PUT bgp-routing (body validated as every body is): the fields sent replace those
        stored, the others keep their values, as pan-scm-sdk relies on (its update sends only
        the fields set, "partial updates"). Answers the whole object, as GET would."""
        if call.body is None:
            return r.invalid(["Missing Body"], rid=call.rid)
        current = self._bgp_routing(call.tsg)
        stored = {**current, **self._input(call), "id": current["id"]}
        if self.store.get(call.tsg, BGP_ROUTING, current["id"]) is None:
            self.store.insert(call.tsg, BGP_ROUTING, "", stored)
        else:
            self.store.replace(call.tsg, current["id"], stored)
        return r.json_response({k: v for k, v in stored.items() if k != "id"}, self._status(call))

    # ------------------------------------------------------------------ references

    def references_to(self, tsg: str, target: dict[str, Any]) -> builtins.list[str]:
        """Names of objects whose bodies mention ``target``'s name (excluding itself): those
        of its own folder and of the folders below it, where a reference to it resolves (a
        remote network naming a tunnel, a tunnel naming a gateway or a crypto profile, ...)."""
        name = target.get("name")
        if not name:
            return []
        folder = target.get("folder")
        found = []
        chains: dict[str, builtins.list[str]] = {}
        for obj in self.store.all_objects(tsg):
            if obj["id"] == target["id"]:
                continue
            if folder and folder != "Shared":
                chain = chains.get(obj["folder"])
                if chain is None:
                    chain = chains[obj["folder"]] = self.data.chain(tsg, obj["folder"])
                if folder not in chain:
                    continue
            if _mentions(obj["body"], name) or name in _named_references(obj["resource"], obj["body"]):
                found.append(f"{obj['resource']} {obj['name']!r}")
        return found

    def dangling(self, tsg: str) -> builtins.list[str]:
        """References in the candidate that point at nothing: the reasons a push fails.

        Rules' sources and destinations and static groups' members name address-like
        objects (or are literals); every object's ``tag`` list names tags. A reference
        resolves in the object's own folder or in Shared."""
        objects = self.store.all_objects(tsg)
        names: dict[str, set[tuple[str, str]]] = {}
        for o in objects:
            if o["name"]:
                names.setdefault(o["name"], set()).add((o["resource"], o["folder"]))
        problems = []
        for o in objects:
            fields = REFERENCE_FIELDS if o["resource"].endswith("Rule") else GROUP_REFERENCE_FIELDS.get(
                o["resource"], {})
            checks: builtins.list[tuple[str, tuple[str, ...], Callable[[str], bool]]] = [
                (field, kinds, _literal) for field, kinds in fields.items()]
            if o["resource"] != "tag":
                checks.append((TAG_FIELD, ("tag",), _never_literal))
            for field, kinds, literal in checks:
                values = o["body"].get(field)
                if not isinstance(values, list):
                    continue
                for v in values:
                    if not isinstance(v, str) or literal(v):
                        continue
                    homes = {f for res, f in names.get(v, ()) if res in kinds}
                    if not homes & {o["folder"], "Shared"}:
                        problems.append(
                            f"{o['resource']} {o['name']!r} in {o['folder']!r}: {field} {v!r} "
                            "is not a valid reference")
        return problems

    # ------------------------------------------------------------------ rules

    def move(self, call: Call) -> Response:
        key = call.op.resource.key
        obj_id = call.path.get("id", "")
        meta = self.store.meta(call.tsg, obj_id)
        if meta is None or meta["resource"] != key:
            return r.not_found(f"{key} {obj_id!r} does not exist", call.rid)
        body = call.body or {}
        dest, rulebase, other = body.get("destination"), body.get("rulebase"), body.get("destination_rule")
        if rulebase != meta["position"]:
            return r.invalid([f'"rulebase" {rulebase!r}: rules cannot move between pre and post '
                              f"(rule is in {meta['position']!r})"], rid=call.rid)
        order = self.store.ordered(call.tsg, key, meta["folder"], meta["position"])
        others = [(i, s) for i, s in order if i != obj_id]
        if dest in ("before", "after"):
            if not other:
                return r.invalid(['"destination_rule" is required when "destination" is before or after'],
                                 rid=call.rid)
            idx = next((n for n, (i, _) in enumerate(others) if i == other), None)
            if idx is None:
                return r.not_found(f"destination_rule {other!r} is not in the same folder and rulebase",
                                   call.rid)
            if dest == "before":
                lo = others[idx - 1][1] if idx > 0 else others[idx][1] - 2
                hi = others[idx][1]
            else:
                lo = others[idx][1]
                hi = others[idx + 1][1] if idx + 1 < len(others) else others[idx][1] + 2
            seq = (lo + hi) / 2
        elif dest == "top":
            seq = (others[0][1] - 1) if others else 0.0
        else:
            seq = (others[-1][1] + 1) if others else 0.0
        self.store.set_seq(call.tsg, obj_id, seq)
        return r.json_response(self.store.get(call.tsg, key, obj_id) or {}, self._status(call))

    # ------------------------------------------------------------------ versions and jobs

    def push(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        body = call.body or {}
        folders = body.get("folders") or []
        if not folders:
            return r.invalid(['"folders" must name at least one folder to push'], rid=call.rid)
        unknown = [f for f in folders if isinstance(f, str) and not self.folder_exists(call.tsg, f)]
        if unknown:
            valid = [*SYSTEM_FOLDERS, *(f["name"] for f in self.store.custom_folders(call.tsg))]
            return r.invalid([f'"folders" {f!r} is not a folder of this tenant; valid folders: '
                              f"{', '.join(valid)}" for f in unknown], rid=call.rid)
        problems = self.dangling(call.tsg)
        job_id = jobs.create_push(self.store, call.tsg, call.uname, body.get("description") or "",
                                  list(body.get("folders") or []), "FAIL" if problems else "OK",
                                  problems, self.config.push_s, now=self.clock())
        return r.json_response({"success": True, "job_id": str(job_id),
                                "message": f"CommitAndPush job enqueued with jobid {job_id}"}, 201)

    @staticmethod
    def _date(call: Call, t: float) -> str:
        """A config version's ``date``: RFC 3339 on the unified family (``format: date-time``,
        scm-config/operations.yaml), the service's job-time text on the legacy one (a plain
        string in ConfigurationManagement.yaml; api-facts)."""
        return jobs.rfc3339(t) if call.family == "unified" else jobs.timestamp(t)

    def _version_view(self, call: Call, row: Any) -> dict[str, Any]:
        return {"id": row["version"], "version": str(row["version"]), "date": self._date(call, row["created"]),
                "admin": row["admin"] or "", "description": row["description"] or "",
                "created": row["created"], "updated": row["created"], "deleted": 0,
                "scope": ",".join(json.loads(row["folders"])), "swg_config": ""}

    def versions(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        rows = self.store.versions(call.tsg)
        limit, offset = self._page(call)
        return self._listed(call, [self._version_view(call, v) for v in rows[offset: offset + limit]],
                            limit, offset, len(rows))

    @staticmethod
    def _listed(call: Call, items: builtins.list[Any], limit: int, offset: int, total: int) -> Response:
        """A list in the envelope its family's spec declares: a bare array (the legacy
        config versions) or ``{data, limit, offset, total}`` (the unified ones)."""
        if call.op.envelope == "data":
            return r.json_response({"data": items, "limit": limit, "offset": offset, "total": total})
        return r.json_response(items)

    def version(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        wanted = call.path.get("version", "")
        for v in self.store.versions(call.tsg):
            if str(v["version"]) == wanted:
                return r.json_response(self._version_view(call, v))
        return r.not_found(f"config version {wanted!r} does not exist", call.rid)

    def snapshots(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        data = [self._version_view(call, v) for v in self.store.versions(call.tsg)]
        return r.json_response({"data": data, "limit": len(data), "offset": 0, "total": len(data)})

    def running(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        out: dict[str, dict[str, Any]] = {}
        for v in reversed(self.store.versions(call.tsg)):
            for folder in json.loads(v["folders"]):
                out[folder] = {"device": folder, "version": v["version"], "date": self._date(call, v["created"])}
        running = list(out.values())
        return self._listed(call, running, len(running), 0, len(running))

    def load(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        version = (call.body or {}).get("version")
        number = None
        if isinstance(version, int | float) and 0 < version <= MAX_OFFSET and float(version).is_integer():
            number = int(version)
        snapshot = self.store.version_snapshot(call.tsg, number) if number is not None else None
        if snapshot is None:
            return r.not_found(f"config version {version!r} does not exist", call.rid)
        self.store.restore(call.tsg, snapshot)
        return r.json_response({"success": True, "message": f"version {version} loaded as candidate"},
                               self._status(call))

    def rollback(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        run = self.store.running(call.tsg)
        snapshot = self.store.version_snapshot(call.tsg, run["version"]) if run else []
        self.store.restore(call.tsg, snapshot or [])
        return r.json_response({"success": True, "message": "candidate configuration discarded"},
                               self._status(call))

    def job_get(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        raw = call.path.get("id", "")
        known = raw.isascii() and raw.isdigit() and int(raw) <= MAX_OFFSET
        row = self.store.job(call.tsg, int(raw)) if known else None
        if row is None:
            return r.not_found(f"job {raw!r} does not exist", call.rid)
        return r.json_response({"data": [jobs.view(row, self.clock())]})

    def job_list(self, call: Call) -> Response:
        jobs.apply_due(self.store, self.clock())
        limit, offset = self._page(call)
        rows, total = self.store.jobs(call.tsg, limit, offset)
        now = self.clock()
        return r.json_response({"data": [jobs.view(j, now) for j in rows], "limit": limit,
                                "offset": offset, "total": total})

    # ------------------------------------------------------------------ Setup API folders

    def _folders(self, tsg: str) -> builtins.list[dict[str, Any]]:
        system: builtins.list[dict[str, Any]] = [
            {"id": system_folder_id(tsg, n), "name": n,
             "parent": "" if n == "Shared" else "Shared", "description": "", "labels": [],
             "snippets": []}
            for n in SYSTEM_FOLDERS]
        return system + self.store.custom_folders(tsg)

    def folder_list(self, call: Call) -> Response:
        items = self._folders(call.tsg)
        if call.query.get("name"):
            items = [f for f in items if call.query["name"] in f["name"]]
        limit, offset = self._page(call)
        return r.json_response({"data": items[offset: offset + limit], "limit": limit, "offset": offset,
                                "total": len(items)})

    def _folder(self, call: Call) -> dict[str, Any] | None:
        wanted = call.path.get("id")
        return next((f for f in self._folders(call.tsg) if f["id"] == wanted), None)

    def folder_get(self, call: Call) -> Response:
        f = self._folder(call)
        return r.json_response(f) if f else r.not_found(f"folder {call.path.get('id')!r} does not exist", call.rid)

    def folder_create(self, call: Call) -> Response:
        body = self._input(call)
        if any(f["name"] == body.get("name") for f in self._folders(call.tsg)):
            return r.name_not_unique(f"folder {body.get('name')!r} already exists", call.rid)
        if not any(f["name"] == body.get("parent") for f in self._folders(call.tsg)):
            return r.invalid([f'"parent" {body.get("parent")!r} does not exist'], rid=call.rid)
        folder = {"description": "", "labels": [], "snippets": [], **body, "id": new_id()}
        self.store.put_folder(call.tsg, folder)
        return r.json_response(folder, self._status(call))

    def _custom_folder(self, call: Call, change: str) -> dict[str, Any] | Response:
        """The folder a write addresses, or its refusal: no such folder, or a system one."""
        f = self._folder(call)
        if f is None:
            return r.not_found(f"folder {call.path.get('id')!r} does not exist", call.rid)
        if f["name"] in SYSTEM_FOLDERS and f["id"] == system_folder_id(call.tsg, f["name"]):
            return r.unauthorized(f"system folders cannot be {change}", call.rid)
        return f

    def folder_update(self, call: Call) -> Response:
        f = self._custom_folder(call, "changed")
        if isinstance(f, Response):
            return f
        updated = {**f, **self._input(call), "id": f["id"]}
        if any(o["name"] == updated.get("name") and o["id"] != f["id"] for o in self._folders(call.tsg)):
            return r.name_not_unique(f"folder {updated.get('name')!r} already exists", call.rid)
        self.store.put_folder(call.tsg, updated)
        return r.json_response(updated, self._status(call))

    def folder_delete(self, call: Call) -> Response:
        f = self._custom_folder(call, "deleted")
        if isinstance(f, Response):
            return f
        used = [o for o in self.store.all_objects(call.tsg) if o["folder"] == f["name"]]
        if used:
            return r.reference_not_zero(f"folder {f['name']!r} holds {len(used)} objects",
                                        [f"{o['resource']} {o['name']!r}" for o in used[:20]], call.rid)
        self.store.delete_folder(call.tsg, f["id"])
        return r.json_response(f, self._status(call))


def _stored(obj_id: str, body: dict[str, Any], key: str) -> dict[str, Any]:
    """An object as stored and answered: its id (the service's, first), the body, the fields the
    service sets. A body's own ``id`` (a writable field in a few unified schemas) never replaces
    the object's: stored, it would point at another object, or collide with one."""
    return {"id": obj_id, **{k: v for k, v in body.items() if k != "id"}, **SERVER_FIELDS.get(key, {})}


def _nullable(shape: Shape) -> bool:
    """Whether a schema admits null: ``nullable``, a ``null`` type, or no type at all."""
    kind = shape.type
    return kind is None or shape.get("nullable") is True or (isinstance(kind, tuple) and "null" in kind)


def _without_nulls(shape: Shape | None, value: Any) -> Any:
    """``value`` without the nulls its answer schema does not admit, at any depth: a field sent
    as null is answered (and stored) absent. Some unified request schemas declare a field
    ``nullable`` where the answer's does not (Setup API ``trusts.trust_id``,
    ``tenant_trust_info.trust_id``). Fields the schema does not name are left as they are."""
    if shape is None:
        return value
    if isinstance(value, dict):
        props = shape.properties
        return {k: (_without_nulls(props[k], v) if k in props else v) for k, v in value.items()
                if not (v is None and k in props and not _nullable(props[k]))}
    if isinstance(value, list) and shape.items is not None:
        items = shape.items
        return [_without_nulls(items, v) for v in value if not (v is None and not _nullable(items))]
    return value


def _requires_container(shape: Shape | None) -> bool:
    """Whether an answer schema requires exactly one of folder | snippet | device."""
    return shape is not None and any(
        group.get("required") and ("folder",) in [tuple(k) for k in group.get("keys", ())]
        for group in shape.exclusive)


def _has_item_paths(resource: Any) -> bool:
    """Whether any operation of the resource addresses an object by an id in its path."""
    return any("{" in op.path for op in resource.operations.values())


def _bare_name_lookup(resource: Any) -> bool:
    """Whether a unified ``?name=`` lookup answers the bare object (see NAME_LOOKUP_LISTS)."""
    return (resource.group not in NAME_LOOKUP_LISTS["groups"]
            and resource.key not in NAME_LOOKUP_LISTS["resources"])


def _named_references(resource: str, body: dict[str, Any]) -> builtins.list[Any]:
    """The names an object refers to under `name` keys (:data:`NAMED_REFERENCES`)."""
    out = []
    for path in NAMED_REFERENCES.get(resource, ()):
        node: Any = body
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, list):
            out += [entry.get("name") for entry in node if isinstance(entry, dict)]
    return out


def _mentions(node: Any, name: str) -> bool:
    if isinstance(node, dict):
        return any(k not in NOT_REFERENCES and _mentions(v, name) for k, v in node.items())
    if isinstance(node, list):
        return any(_mentions(v, name) for v in node)
    return node == name


def _certificate_view(body: dict[str, Any]) -> dict[str, Any]:
    """A certificate as the service lists it (``certificates-get``), from a generate or import body:
    ``algorithm`` is a name, not the requested key size, and validity dates are strings."""
    name = body.get("certificate_name", body.get("name"))
    common_name = body.get("common_name") or name
    algorithm = body.get("algorithm")
    days = body.get("day_till_expiration")
    days = days if isinstance(days, int | float) and 1 <= days <= 36500 else 365
    now = time.time()
    expiry = now + days * 86400
    subject = f"/CN={common_name}"
    return {"name": name, "common_name": common_name,
            "algorithm": "EC" if isinstance(algorithm, dict) and "ecdsa_number_of_bits" in algorithm else "RSA",
            "ca": body.get("is_certificate_authority") is True, "subject": subject,
            "issuer": f"/CN={body['signed_by']}" if body.get("signed_by") else subject,
            "not_valid_before": _cert_time(now), "not_valid_after": _cert_time(expiry),
            "expiry_epoch": str(int(expiry))}


def _cert_time(t: float) -> str:
    return time.strftime("%b %d %H:%M:%S %Y GMT", time.gmtime(t))


def _never_literal(value: str) -> bool:
    """Tag names are only ever names: no value of a `tag` list is a literal."""
    return False


def _literal(value: str) -> bool:
    """Values that name no object: any, IP addresses, networks and ranges."""
    if value == "any":
        return True
    candidate = value.split("-", 1)
    try:
        for part in candidate:
            ipaddress.ip_network(part, strict=False)
        return True
    except ValueError:
        return False
