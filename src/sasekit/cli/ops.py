"""``sasekit <resource> <operation> --param value``: commands generated from the catalog.

One generic command builder serves all 344 operations: each parameter becomes an
option (``ip_netmask`` → ``--ip-netmask``; lists repeat the flag; objects take JSON),
enums become choices, folder suggestions feed completion, and the help text shows
type, required flag, enum, constraints and default — plus Palo Alto's own description
when a spec folder is configured. Required parameters are checked by the validator,
not by click, so ``--json`` and ``--from-file`` can supply them and every missing
one is reported at once.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from typing import Any

import click

from sasekit.catalog import Operation, Parameter, load

SCALAR_TYPES = {"string": click.STRING, "integer": click.INT, "number": click.FLOAT, "boolean": click.BOOL}


def flag_of(name: str) -> str:
    return "--" + name.replace("_", "-")


def _type_text(p: Parameter) -> str:
    t = p.type
    if isinstance(t, tuple):
        return "|".join(t)
    if t == "array":
        items = p.shape.items
        inner = items.type if items is not None else None
        return f"list of {inner or 'any'}"
    return str(t or "any")


def describe_rules(p: Parameter) -> str:
    parts = []
    for key, value in p.constraints.items():
        if key in ("default", "enum"):
            continue
        parts.append(f"{key} {value}")
    return ", ".join(parts)


def param_help(op: Operation, p: Parameter, descriptions: Any) -> str:
    bits = [_type_text(p), "required" if p.required else "optional", f"in {p.location}"]
    text = f"[{'; '.join(bits)}]"
    if p.enum:
        text += f" one of: {', '.join(map(str, p.enum))}."
    if p.suggestions:
        text += f" e.g. {', '.join(map(str, p.suggestions))} (custom values allowed)."
    rules = describe_rules(p)
    if rules:
        text += f" Rules: {rules}."
    if p.default is not None:
        text += f" Default: {json.dumps(p.default)}."
    if p.setting:
        text += f" Default: the setting {p.setting} (--{p.setting.replace('_', '-')} before the resource)."
    if p.type == "object" or (p.type == "array" and p.shape.items is not None
                              and p.shape.items.type in ("object", None)):
        text += " Give JSON."
    if descriptions is not None:
        desc = descriptions.parameter(op, p.name)
        if desc:
            text = f"{desc} {text}"
    return text


class _Json(click.ParamType):
    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            self.fail(f"not valid JSON ({exc.msg} at position {exc.pos})", param, ctx)


JSON_TYPE = _Json()


def _click_type(p: Parameter) -> tuple[Any, bool]:
    """(click type, multiple) for a parameter."""
    t = p.type
    if p.enum and t in ("string", "integer", "number"):
        return click.Choice([str(v) for v in p.enum]), False
    if t in SCALAR_TYPES:
        return SCALAR_TYPES[t], False
    if t == "array":
        items = p.shape.items
        it = items.type if items is not None else None
        if it in SCALAR_TYPES:
            enum = items.get("enum") if items is not None else None
            if enum:
                return click.Choice([str(v) for v in enum]), True
            return SCALAR_TYPES[it], True
    return JSON_TYPE, False


def _completer(p: Parameter) -> Any:
    """Completion of a parameter's suggested or allowed values (folders, enums), quoted
    for the shell where they hold spaces (``Remote Networks``)."""
    items = p.shape.items if p.type == "array" else None
    choices = p.suggestions or p.enum or (items.get("enum") if items is not None else None)
    if not choices:
        return None
    values = [str(v) for v in choices]

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        return completion_items(values, incomplete)

    return complete


#: Characters bash takes literally in a word; any other is escaped in a completion.
_BASH_PLAIN = re.compile(r"[\w@%+=:,./-]*")


def completion_items(values: list[str], incomplete: str) -> list[Any]:
    """The values that start with ``incomplete``, as completion items.

    Bash inserts a completion as it is given, so ``Remote Networks`` would become two
    words: for bash (the ``_SASEKIT_COMPLETE=bash_complete`` protocol) a value with
    spaces or other special characters comes back escaped, each backslash doubled
    because click's bash script reads the line with ``read`` (which takes one level):
    bash gets ``Remote\\ Networks``. zsh (``compadd``) and fish quote what they insert
    themselves, so they get the value as it is.
    """
    from click.shell_completion import CompletionItem

    bash = os.environ.get("_SASEKIT_COMPLETE", "").startswith("bash")
    found = []
    for v in values:
        if not v.startswith(incomplete):
            continue
        if bash and not _BASH_PLAIN.fullmatch(v):
            v = re.sub(r"([^\w@%+=:,./-])", r"\\\\\1", v)
        found.append(CompletionItem(v))
    return found


def _options(op: Operation, descriptions: Any) -> tuple[list[click.Option], dict[str, str]]:
    options: list[click.Option] = []
    dests: dict[str, str] = {}
    for i, (name, p) in enumerate(op.parameters.items()):
        ctype, multiple = _click_type(p)
        dest = f"p{i}"
        dests[dest] = name
        options.append(click.Option([flag_of(name), dest], type=ctype, multiple=multiple,
                                    help=param_help(op, p, descriptions),
                                    shell_complete=_completer(p)))
    return options, dests


def _collect(op: Operation, dests: dict[str, str], kwargs: dict[str, Any], json_text: str | None,
             from_file: str | None, from_file_text: str | None = None) -> dict[str, Any]:
    """The parameters from --from-file (one JSON object; its text when already read),
    --json and the flags, each later one winning."""
    params: dict[str, Any] = {}
    if from_file and from_file_text is None:
        from_file_text = read_text(from_file, f"--from-file {from_file}")
    for source, text in (("--from-file", from_file_text), ("--json", json_text)):
        if text is None:
            continue
        loaded = load_json(text, source)
        if not isinstance(loaded, dict):
            raise click.UsageError(f"{source}: expected a JSON object, got {type(loaded).__name__}")
        params.update(loaded)
    for dest, name in dests.items():
        value = kwargs.get(dest)
        if value is None or value == ():
            continue
        if isinstance(value, tuple):
            value = _list_value(list(value))
        params[name] = value
    return params


def _list_value(values: list[Any]) -> list[Any]:
    """Repeated flags make a list; one flag holding a JSON array is that array."""
    if len(values) == 1 and isinstance(values[0], str) and values[0].lstrip().startswith("["):
        try:
            loaded = json.loads(values[0])
            if isinstance(loaded, list):
                return loaded
        except ValueError:
            pass
    return values


def read_text(path: str, label: str | None = None) -> str:
    """A file's text, or stdin's for ``-``. A file that cannot be read is a one-line
    usage error naming ``label`` (the path by default), not a traceback."""
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except OSError as exc:
        raise click.UsageError(f"{label or path}: {exc.strerror}") from None


def load_json(text: str, source: str) -> Any:
    """``text`` parsed; invalid JSON is a one-line usage error with its line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise click.UsageError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno} "
                               f"column {exc.colno})") from None


def operation_command(key: str, name: str, family: str = "legacy") -> click.Command:
    """The command of one operation, its flags those of ``family``'s variant (the unified
    family may name, type or place a parameter differently)."""
    op = load()[key].operations[name].variant(family)
    from sasekit.catalog.descriptions import descriptions

    desc = descriptions()
    options, dests = _options(op, desc)
    summary = (desc.operation(op) if desc else None) or f"{op.method} {op.path}"
    is_change = op.method != "GET"
    paginates = op.lists

    def run(**kwargs: Any) -> None:
        ctx = click.get_current_context()
        state = ctx.find_root().obj
        local_output, local_query = kwargs.pop("output", None), kwargs.pop("query", None)
        if local_output:
            state.output = local_output
        if local_query:
            state.query = local_query
        text = None
        if op.kind == "create" and kwargs.get("from_file"):  # many items (CSV, JSON lines, a list): a bulk run
            text = read_text(kwargs["from_file"], f"--from-file {kwargs['from_file']}")
            if _bulk_from_file(state, op, dests, kwargs, text):
                return
        params = _collect(op, dests, kwargs, kwargs.get("json_text"), kwargs.get("from_file"), text)
        params, done = _by_name(state, op, params, kwargs)  # --name instead of --id; update merges
        if done:
            return
        if kwargs.get("dry_run"):
            plan = state.core_for_planning().plan(key, name, params)
            state.emit(plan_json(plan))
            click.echo("dry run: nothing was sent", err=True)
            return
        client = state.client()
        if paginates:  # a list: the catalog's columns in a table; --all streams every page
            from sasekit.cli.output import emit, emit_items

            columns = kwargs.get("columns")
            if kwargs.get("all_pages"):
                emit_items(_all_pages(client, key, name, params, kwargs.get("page_size")), state.output,
                           state.query, op=op, columns=columns)
            else:
                emit(client.call(key, name, params), state.output, state.query, op=op, columns=columns)
            return
        state.emit(client.call(key, name, params))

    extra = [
        click.Option(["--json", "json_text"], help="Parameters as a JSON object (flags given beside it win)."),
        click.Option(["--from-file", "from_file"], metavar="FILE|-", help=_from_file_help(op)),
        click.Option(["-o", "--output"], type=click.Choice(["table", "json", "yaml", "csv", "jsonl"]),
                     help="Output format."),
        click.Option(["--query"], help="JMESPath expression applied to the result."),
    ]
    if is_change:
        extra.append(click.Option(["--dry-run"], is_flag=True,
                                  help="Print the validated request that would be sent, and send nothing."))
    # A read sent as a POST (incident.search, the Insights queries) carries its paging in its
    # body (pagination.page_number; count): --all, which follows limit/offset, would stop at one.
    if paginates and not op.reads:
        extra.append(click.Option(["--all", "all_pages"], is_flag=True,
                                  help="Follow every page and print the items as they arrive."))
        extra.append(click.Option(["--page-size", "page_size"], type=click.IntRange(1), metavar="N",
                                  help="With --all: items per request (default: the largest page the "
                                       "operation allows, 5000 on the configuration API)."))
    if paginates:
        extra.append(click.Option(["--columns", "columns"], metavar="A,B,...",
                                  help="Table or CSV columns, e.g. name,ip_netmask,tag (dotted names reach "
                                       "into objects)."))
    extra.extend(_more_options(op))  # by name, delete's --yes, update's --replace, bulk creates
    return click.Command(name, params=[*options, *extra], callback=run, help=summary,
                         epilog=_exclusive_text(op), short_help=f"{op.method} {op.path}",
                         no_args_is_help=False, context_settings={"max_content_width": 100})


def plan_json(plan: Any) -> dict[str, Any]:
    """What --dry-run prints of a planned request: method, URL, query and body, and the
    operation's own headers where it has any (``x-panw-region``, ``prisma-tenant``)."""
    out = {"method": plan.method, "url": plan.url, "query": plan.query, "body": plan.body}
    if plan.headers:
        out["headers"] = plan.headers
    return out


def _exclusive_text(op: Operation) -> str | None:
    """The body's one-of rules (an address takes exactly one of ip_netmask | ... | fqdn)."""
    groups = op.body.exclusive if op.body is not None else ()
    lines = [f"{'Exactly' if g['required'] else 'At most'} one of: "
             f"{' | '.join('+'.join(flag_of(k) for k in keys) for keys in g['keys'])}." for g in groups]
    return "\n\n".join(lines) or None


def _all_pages(client: Any, key: str, name: str, params: dict[str, Any],
               page_size: int | None = None) -> Iterator[Any]:
    """Every item of a list, page by page, as it arrives (nothing is kept here).

    Pages are as large as the operation allows (``client.paginate``'s default), unless
    ``--page-size`` (or, as before it existed, ``--limit``) asks for smaller ones; larger
    than the documented cap, a page would come back short and end the listing early. A
    count on stderr while the items go to a file or a pipe; on a terminal the items show
    themselves."""
    from sasekit.engine import page_cap

    limit = params.pop("limit", None)
    params.pop("offset", None)
    size = page_size or (int(limit) if limit else None)
    cap = page_cap(load()[key].operations[name])
    if size and cap and size > cap:  # a page shorter than asked would read as the last one
        click.echo(f"note: {key}.{name} pages hold at most {cap} items: asking for {cap}", err=True)
        size = cap
    show = sys.stderr.isatty() and not sys.stdout.isatty()
    count = 0
    for item in client.paginate(key, name, page_size=size, **params):
        yield item
        count += 1
        if show and count % 1000 == 0:
            sys.stderr.write(f"\r{count} items…")
            sys.stderr.flush()
    if show:
        sys.stderr.write(f"\r{count} items   \n")


class ResourceGroup(click.Group):
    def __init__(self, key: str) -> None:
        super().__init__(key, help=f"Operations of the {key} resource.",
                         context_settings={"max_content_width": 100})
        self.key = key

    def list_commands(self, ctx: click.Context) -> list[str]:
        return load().operation_names(self.key)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in load().operation_names(self.key):
            return None
        return operation_command(self.key, name, _family(ctx))

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        name = args[0] if args else ""
        if self.get_command(ctx, name) is None and not ctx.resilient_parsing and not name.startswith("-"):
            from sasekit.suggest import close_matches, did_you_mean

            names = load().operation_names(self.key)
            hints = close_matches(name, names)
            hint = did_you_mean(hints) if hints else f" (operations: {', '.join(names)})"
            raise click.UsageError(f"unsupported operation: {self.key}.{name}{hint}", ctx)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        index = load().routes(self.key)
        with formatter.section("Operations"):
            formatter.write_dl([(n, index[n]) for n in index])


def _family(ctx: click.Context) -> str:
    """The URL family the command line asked for (``--unified``), known before the
    subcommand is built: click parses the root's options first."""
    return "unified" if ctx.find_root().params.get("unified") else "legacy"


def resource_group(key: str) -> click.Group:
    return ResourceGroup(key)


# --------------------------------------------------------------------------- by name, confirmation, bulk

#: The scope options a by-name lookup takes (whichever the resource's list operation has).
_SCOPES = ("folder", "snippet", "device")


def _listing(op: Operation) -> Operation | None:
    """The list operation through which ``op`` (a get, update or delete by id) finds an
    object by name, or None when it cannot."""
    p = op.parameters.get("id")
    if op.kind not in ("get", "update", "delete") or p is None or p.location != "path":
        return None
    ops = load()[op.resource.key].operations
    return ops.get("list")


def _from_file_help(op: Operation) -> str:
    if op.kind == "create":
        return ("Parameters from a file, or stdin with -: one JSON object, or many items sent as one bulk "
                "create that is safe to run again — CSV with a header row of parameter names (lists as a;b), "
                "JSON lines, or a JSON list; the flags give every item's defaults.")
    return "Parameters as a JSON object read from a file, or stdin with -."


def _more_options(op: Operation) -> list[click.Option]:
    """``--name`` and its scope instead of ``--id``; ``--yes`` for deletes; ``--replace``
    for updates; a bulk create's ``--concurrency`` and ``--stop-on-error``."""
    options: list[click.Option] = []
    listing = _listing(op)
    if listing is not None:
        scopes = " or ".join(flag_of(s) for s in _SCOPES if s in listing.parameters)
        if "name" not in op.parameters:
            options.append(click.Option(["--name", "lookup_name"], metavar="NAME",
                                        help="Instead of --id: the object's exact name"
                                             + (f", looked for in the {scopes} given." if scopes else ".")))
        for scope in _SCOPES:
            if scope in listing.parameters and scope not in op.parameters:
                options.append(click.Option([flag_of(scope), f"lookup_{scope}"], metavar=scope.upper(),
                                            help=f"With --name: the {scope} to look in.",
                                            shell_complete=_completer(listing.parameters[scope])))
        position = listing.parameters.get("position")
        if position is not None and "position" not in op.parameters and position.enum:
            options.append(click.Option(["--position", "lookup_position"],
                                        type=click.Choice([str(v) for v in position.enum]),
                                        help="With --name: the rulebase to look in (default: every one)."))
    if op.kind == "delete":
        options.append(click.Option(["-y", "--yes"], is_flag=True,
                                    help="Delete without asking; needed when stdin is not a terminal."))
    if op.kind == "update" and listing is not None and "get" in load()[op.resource.key].operations:
        options.append(click.Option(["--replace"], is_flag=True,
                                    help="Send the given fields as the whole object. Without it, update reads the "
                                         "object (by --id, or by --name and --folder) and changes only the fields "
                                         "given; --dry-run then shows each change."))
    if op.kind == "create":
        options.append(click.Option(["--concurrency"], type=click.IntRange(1, 64), default=8, show_default=True,
                                    help="With --from-file holding many items: how many to send at once."))
        options.append(click.Option(["--stop-on-error/--keep-going"], default=False,
                                    help="With many items: start no new one after a failure (default: try them "
                                         "all)."))
    return options


def _interactive() -> bool:
    """Whether a person can answer a question (stdin is a terminal)."""
    return sys.stdin.isatty()


def find_by_name(client: Any, key: str, listing: Operation, name: str, scope: dict[str, Any]) -> dict[str, Any]:
    """The one object named exactly ``name`` in ``scope``, looked for on every page of
    the list (its name filter may match by substring). Zero: ``NameNotFound``; more
    than one (an object inherited from a parent folder, say): ``NameAmbiguous``."""
    import contextlib

    from sasekit.errors import NameAmbiguous, NameNotFound, NotFound

    filters = dict(scope)
    if "name" in listing.parameters:
        filters["name"] = name
    position = listing.parameters.get("position")
    places: list[Any] = [None]
    if position is not None and "position" not in filters and position.enum:
        places = list(position.enum)  # a rule may be in any rulebase: look in each
    matches: list[dict[str, Any]] = []
    for place in places:
        where = filters if place is None else {**filters, "position": place}
        with contextlib.suppress(NotFound):  # some endpoints answer a by-name lookup that finds nothing: 404
            matches += [item for item in client.paginate(key, "list", **where)
                        if isinstance(item, dict) and item.get("name") == name]
    if not matches:
        raise NameNotFound(key, name, scope)
    if len(matches) > 1:
        raise NameAmbiguous(key, name, scope, matches)
    return matches[0]


def _by_name(state: Any, op: Operation, params: dict[str, Any], kwargs: dict[str, Any]
             ) -> tuple[dict[str, Any], bool]:
    """``params`` for a get, update or delete: the id found by ``--name`` when no ``--id``
    was given; an update's fields merged into the current object (``--dry-run``: the
    changes are printed and nothing is sent: done); a delete confirmed. Returns the
    parameters and whether the command is done."""
    listing = _listing(op)
    key = op.resource.key
    scope: dict[str, Any] = {}
    found: dict[str, Any] | None = None
    if listing is not None:
        given_name = kwargs.get("lookup_name")
        name = given_name or (params.get("name") if "name" in op.parameters else None)
        for s in _SCOPES:
            value = kwargs.get(f"lookup_{s}") or (params.get(s) if s in op.parameters else None)
            if value and s in listing.parameters:
                scope[s] = value
        position = kwargs.get("lookup_position") or (params.get("position") if "position" in op.parameters
                                                     else None)
        if given_name and "id" in params:
            raise click.UsageError("give --id or --name, not both")
        if name and "id" not in params:
            scopes = [flag_of(s) for s in _SCOPES if s in listing.parameters]
            if scopes and not scope:
                raise click.UsageError(f"--name needs the scope to look in: {' or '.join(scopes)}")
            if position:
                scope["position"] = position
            found = find_by_name(state.client(), key, listing, str(name), scope)
            params = {**params, "id": found["id"]}
    if op.kind == "update" and listing is not None and "id" in params and not kwargs.get("replace") \
            and "get" in load()[key].operations:
        return _update_merged(state, op, params, scope, kwargs.get("dry_run", False))
    if op.kind == "delete" and not kwargs.get("yes") and not kwargs.get("dry_run"):
        _confirm_delete(_target_text(key, params, found, scope))
    return params, False


def _target_text(key: str, params: dict[str, Any], found: dict[str, Any] | None, scope: dict[str, Any]) -> str:
    """``address 'web' (id 1f2e...) in folder 'Shared'``, or ``address 1f2e...``."""
    if found is not None:
        where = "".join(f" in {k} {v!r}" for k, v in scope.items())
        return f"{key} {found.get('name')!r} (id {found.get('id')}){where}"
    if "id" in params:
        return f"{key} {params['id']}"
    shown = ", ".join(f"{k}={v}" for k, v in params.items())
    return f"{key} ({shown})" if shown else key


def _confirm_delete(what: str) -> None:
    """Ask on a terminal; refuse without one (the safe choice: a script says --yes)."""
    if not _interactive():
        raise click.UsageError(f"refusing to delete {what} without confirmation (stdin is not a terminal): "
                               "add --yes")
    if not click.confirm(f"Delete {what}?", default=False, err=True):
        click.echo(f"not deleted: {what}", err=True)
        sys.exit(1)


_ABSENT = object()


def merge_update(op: Operation, current: dict[str, Any], params: dict[str, Any]
                 ) -> tuple[dict[str, Any], list[tuple[str, Any, Any]]]:
    """An update's parameters: the current object's fields (those the update takes),
    with the given ones on top, and ``(field, old, new)`` for each field that changes
    (``_ABSENT`` for a field that is not there). Giving one of a one-of group (an
    address's ``fqdn``) drops the current object's other members (its ``ip_netmask``)."""
    body = [n for n, p in op.parameters.items() if p.location == "body"]
    old = {k: current[k] for k in body if k in current}
    given = {k: v for k, v in params.items() if k in body}
    base = dict(old)
    for group in op.body.exclusive if op.body is not None else ():
        alternatives = [set(keys) for keys in group["keys"]]
        if any(a & given.keys() for a in alternatives):
            for a in alternatives:
                if not a & given.keys():
                    for k in a:
                        base.pop(k, None)
    merged = {**base, **given}
    out = {k: v for k, v in params.items() if k not in body}  # the id, query parameters
    out.update(merged)
    changes = []
    for k in body:
        before, after = old.get(k, _ABSENT), merged.get(k, _ABSENT)
        if before is _ABSENT and after is _ABSENT:
            continue
        if before is _ABSENT or after is _ABSENT or json.dumps(before, sort_keys=True) != json.dumps(after,
                                                                                                      sort_keys=True):
            changes.append((k, before, after))
    return out, changes


def _object_of(answer: Any) -> dict[str, Any]:
    """The object of a get's answer (some wrap it: ``{"data": [obj]}``)."""
    if isinstance(answer, dict) and isinstance(answer.get("data"), list) and len(answer["data"]) == 1:
        answer = answer["data"][0]
    if not isinstance(answer, dict):
        raise click.ClickException(f"the current object could not be read to merge into (got "
                                   f"{type(answer).__name__}); use --replace to send the fields as they are")
    return answer


def _update_merged(state: Any, op: Operation, params: dict[str, Any], scope: dict[str, Any], dry_run: bool
                   ) -> tuple[dict[str, Any], bool]:
    client = state.client()
    key = op.resource.key
    current = _object_of(client.call(key, "get", {"id": params["id"]}))
    merged, changes = merge_update(op, current, params)
    if not dry_run:
        return merged, False
    plan = client.plan(key, op.name, merged)
    shown = lambda v: "(unset)" if v is _ABSENT else json.dumps(v, ensure_ascii=False)  # noqa: E731
    state.emit({"method": plan.method, "url": plan.url, "query": plan.query, "body": plan.body,
                "changes": [{"field": f, "old": None if o is _ABSENT else o, "new": None if n is _ABSENT else n}
                            for f, o, n in changes]})
    what = _target_text(key, params, current, scope)
    if changes:
        click.echo(f"{what}: {len(changes)} change{'s' if len(changes) != 1 else ''}", err=True)
        for f, o, n in changes:
            click.echo(f"  {f}: {shown(o)} → {shown(n)}", err=True)
    else:
        click.echo(f"{what}: no changes (it already has these values)", err=True)
    click.echo("dry run: nothing was sent", err=True)
    return merged, True


def _bulk_from_file(state: Any, op: Operation, dests: dict[str, str], kwargs: dict[str, Any], text: str) -> bool:
    """A create's --from-file holding many items (CSV, JSON lines, a JSON list) runs as
    a bulk call, the flags giving every item's defaults: True when it did. One JSON
    object: False (the usual single create)."""
    from sasekit.bulk import file_format, read_items

    path = kwargs["from_file"]
    label = f"--from-file {path}"
    fmt = file_format(path, text)
    if fmt == "json":
        loaded = load_json(text, label)
        if not isinstance(loaded, list):
            return False
        bad = next((i for i, x in enumerate(loaded) if not isinstance(x, dict)), None)
        if bad is not None:
            raise click.UsageError(f"{label}: expected a JSON object, or a list of them (item {bad} is "
                                   f"{type(loaded[bad]).__name__})")
    defaults = _collect(op, dests, kwargs, kwargs.get("json_text"), None)
    source = "stdin" if path == "-" else path
    try:
        items = read_items(text, source, fmt, op, defaults)
    except json.JSONDecodeError as exc:
        raise click.UsageError(f"{label}: not valid JSON ({exc.msg} at line {exc.lineno} column "
                               f"{exc.colno})") from None
    except ValueError as exc:
        raise click.UsageError(f"{label}: {exc}") from None
    run_bulk(state, items, source, concurrency=kwargs.get("concurrency") or 8,
             stop_on_error=bool(kwargs.get("stop_on_error")), dry_run=bool(kwargs.get("dry_run")))
    return True


def _progress_bar(total: int) -> Any:
    """A rich progress bar on stderr while a bulk call runs (a terminal only): the
    context yields the callback for each item's result, or None."""
    import contextlib

    @contextlib.contextmanager
    def bar() -> Iterator[Any]:
        if total < 2 or not sys.stderr.isatty():
            yield None
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        from sasekit.bulk import FAILED

        failed = [0]
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("sending", total=total)

            def advance(result: Any) -> None:
                failed[0] += result.status == FAILED
                progress.update(task, advance=1,
                                description=f"sending ({failed[0]:,} failed)" if failed[0] else "sending")

            yield advance

    return bar()


def run_bulk(state: Any, items: list[Any], source: str, *, concurrency: int, stop_on_error: bool,
             dry_run: bool) -> None:
    """Run items as one bulk call (:class:`sasekit.bulk.Bulk`) and report: each item's
    answer on stdout (in input order; null for those without one), the summary on
    stderr — applied, already present, failed with reasons, not attempted — and an
    exit code that is not 0 when any item did not get done."""
    from sasekit.bulk import Bulk, plan_items

    if dry_run:
        plans = plan_items(state.core_for_planning(), items, source)
        state.emit([plan_json(p) for p in plans])
        click.echo(f"dry run: {len(plans):,} item{'s' if len(plans) != 1 else ''} valid, nothing was sent",
                   err=True)
        return
    import contextlib

    bulk = Bulk(state.client().engine, items, source)
    with _progress_bar(len(items)) as progress, contextlib.suppress(KeyboardInterrupt):  # bulk.interrupted
        bulk.run(concurrency, stop_on_error=stop_on_error, progress=progress)
    _report(state, bulk)


def _report(state: Any, bulk: Any) -> None:
    from sasekit.cli import EXIT_API, exit_code, remedy

    answers = bulk.answers()
    if (state.output or ("table" if sys.stdout.isatty() else "json")) == "table":
        answers = [a for a in answers if a is not None]
        if answers:
            state.emit(answers)
    else:
        state.emit(answers)
    again = "run the same command again: what was applied is then reported as already present, the rest is sent"
    if bulk.ok:
        click.echo(bulk.summary(), err=True)
        return
    click.echo(f"{'interrupted' if bulk.interrupted else 'error'}: {bulk.summary()}", err=True)
    for line in bulk.details():
        click.echo(f"  {line}", err=True)
    first = bulk.first_error
    own = remedy(first) if first is not None else None
    fix = own if own and "again" in own else (f"{own}; then {again}" if own else again)
    click.echo(f"  fix: {fix}", err=True)
    if bulk.interrupted:
        sys.exit(130)
    sys.exit(exit_code(first) if first is not None else EXIT_API)
