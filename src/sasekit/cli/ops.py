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
import sys
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
    if not p.suggestions:
        return None
    values = [str(v) for v in p.suggestions]

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(v) for v in values if v.startswith(incomplete)]

    return complete


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
             from_file: str | None) -> dict[str, Any]:
    params: dict[str, Any] = {}
    from_file_text = read_text(from_file, f"--from-file {from_file}") if from_file else None
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


def operation_command(key: str, name: str) -> click.Command:
    op = load()[key].operations[name]
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
        params = _collect(op, dests, kwargs, kwargs.get("json_text"), kwargs.get("from_file"))
        if kwargs.get("dry_run"):
            plan = state.core_for_planning().plan(key, name, params)
            state.emit({"method": plan.method, "url": plan.url, "query": plan.query, "body": plan.body})
            click.echo("dry run: nothing was sent", err=True)
            return
        client = state.client()
        if kwargs.get("all_pages"):
            state.emit(_all_pages(client, key, name, params))
            return
        state.emit(client.call(key, name, params))

    extra = [
        click.Option(["--json", "json_text"], help="Parameters as a JSON object (flags given beside it win)."),
        click.Option(["--from-file", "from_file"], metavar="FILE|-",
                     help="Parameters as a JSON object read from a file, or stdin with -."),
        click.Option(["-o", "--output"], type=click.Choice(["table", "json", "yaml"]), help="Output format."),
        click.Option(["--query"], help="JMESPath expression applied to the result."),
    ]
    if is_change:
        extra.append(click.Option(["--dry-run"], is_flag=True,
                                  help="Print the validated request that would be sent, and send nothing."))
    if paginates:
        extra.append(click.Option(["--all", "all_pages"], is_flag=True,
                                  help="Follow every page and print all items."))
    return click.Command(name, params=[*options, *extra], callback=run, help=summary,
                         epilog=_exclusive_text(op), short_help=f"{op.method} {op.path}",
                         no_args_is_help=False, context_settings={"max_content_width": 100})


def _exclusive_text(op: Operation) -> str | None:
    """The body's one-of rules (an address takes exactly one of ip_netmask | ... | fqdn)."""
    groups = op.body.exclusive if op.body is not None else ()
    lines = [f"{'Exactly' if g['required'] else 'At most'} one of: "
             f"{' | '.join('+'.join(flag_of(k) for k in keys) for keys in g['keys'])}." for g in groups]
    return "\n\n".join(lines) or None


def _all_pages(client: Any, key: str, name: str, params: dict[str, Any]) -> list[Any]:
    page_size = int(params.pop("limit", 200) or 200)
    params.pop("offset", None)
    items: list[Any] = []
    show = sys.stderr.isatty()
    for item in client.paginate(key, name, page_size=page_size, **params):
        items.append(item)
        if show and len(items) % page_size == 0:
            sys.stderr.write(f"\r{len(items)} items…")
            sys.stderr.flush()
    if show:
        sys.stderr.write(f"\r{len(items)} items   \n")
    return items


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
        return operation_command(self.key, name)

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


def resource_group(key: str) -> click.Group:
    return ResourceGroup(key)
