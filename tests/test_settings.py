"""Settings: precedence, secret references, file permissions and profile management.

Every test runs with a private HOME, XDG_CONFIG_HOME and SASEKIT_CONFIG_DIR under
tmp_path and without any SCM_* / SASEKIT_* variable, so the real configuration of
whoever runs the suite is never read or written.
"""

from __future__ import annotations

import json
import os
import pickle
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from sasekit import settings as settings_mod
from sasekit.errors import ConfigError
from sasekit.settings import (
    DEFAULT_AUTH_URL,
    DEFAULT_BASE_URL,
    DEFAULT_SETUP_URL,
    ProfileInfo,
    Secret,
    Settings,
    add_profile,
    config_path,
    configured_spec_dir,
    list_profiles,
    remove_profile,
    resolve,
    use_profile,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
SECRET = "s3cr3t-Value-0123"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith(("SCM_", "SASEKIT_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    cfg = tmp_path / "cfg"
    monkeypatch.setenv("SASEKIT_CONFIG_DIR", str(cfg))
    return cfg


@pytest.fixture
def memory_keyring() -> Any:
    """An in-memory keyring backend (``keyring`` is optional: skip without it)."""
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            try:
                del self.entries[(service, username)]
            except KeyError:
                raise PasswordDeleteError(username) from None

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def write(path: Path, text: str, mode: int = 0o600) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)
    return path


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ------------------------------------------------------------------ Secret


def test_secret_hides_itself() -> None:
    s = Secret(SECRET)
    assert s.reveal() == SECRET
    assert repr(s) == str(s) == f"{s}" == "Secret('****')"
    assert SECRET not in repr([s]) and SECRET not in repr({"k": s})
    assert s and not Secret("") and repr(Secret("")) == "Secret('')"
    assert s == Secret(SECRET)
    assert s != Secret("other")  # both print ****, yet differ
    assert s != SECRET  # never equal to a plain string
    assert hash(s) == hash(Secret(SECRET))
    assert Secret(s).reveal() == SECRET
    with pytest.raises(TypeError):
        Secret(123)  # type: ignore[arg-type]


def test_settings_repr_never_shows_the_secret() -> None:
    st = Settings(client_id="cid", client_secret=SECRET, tsg_id="1")
    assert isinstance(st.client_secret, Secret)
    for text in (repr(st), str(st), f"{st}", str(st.describe())):
        assert SECRET not in text
    assert "client_secret=Secret('****')" in repr(st)
    assert ("client_secret", "****", "default") in st.describe()
    copy = pickle.loads(pickle.dumps(st))
    assert copy == st and copy.client_secret.reveal() == SECRET


# ---------------------------------------------------------------- defaults


def test_defaults_and_missing_credentials_all_at_once() -> None:
    st = resolve()
    assert (st.base_url, st.auth_url, st.setup_url) == (
        DEFAULT_BASE_URL,
        DEFAULT_AUTH_URL,
        DEFAULT_SETUP_URL,
    )
    assert st.token_url == "https://auth.apps.paloaltonetworks.com/oauth2/access_token"
    assert (st.connect_timeout, st.read_timeout, st.token_refresh_margin) == (10.0, 30.0, 300.0)
    assert st.rate_limit_per_minute == 1960 < 2000 - 20  # + burst
    assert st.verify_tls is True and st.token_cache_file is None and st.profile is None
    assert set(st.source.values()) == {"default"}
    with pytest.raises(ConfigError) as info:
        st.require_credentials()
    assert str(info.value) == "clientId is required; clientSecret is required; tsgId is required"
    assert info.value.missing == ("clientId", "clientSecret", "tsgId")
    assert "SCM_CLIENT_ID" in (info.value.hint or "")


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"client_secret": SECRET, "tsg_id": "1"}, "clientId is required"),
        ({"client_id": "c", "tsg_id": "1"}, "clientSecret is required"),
        ({"client_id": "c", "client_secret": SECRET}, "tsgId is required"),
        (
            {"client_id": "  ", "client_secret": ""},
            "clientId is required; clientSecret is required; tsgId is required",
        ),
    ],
)
def test_guide_messages_for_missing_fields(given: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        resolve(**given).require_credentials()
    assert str(info.value) == message
    assert SECRET not in str(info.value)


def test_require_credentials_returns_self() -> None:
    st = resolve(client_id="c", client_secret=SECRET, tsg_id="1")
    assert st.require_credentials() is st


def test_token_url_rules() -> None:
    assert (
        Settings(auth_url="https://auth.example/").token_url
        == "https://auth.example/oauth2/access_token"
    )
    full = "https://auth.apps.paloaltonetworks.com/am/oauth2/access_token"
    assert Settings(auth_url=full).token_url == full
    assert Settings(auth_url="https://access_token.example").token_url == (
        "https://access_token.example/oauth2/access_token"
    )
    assert Settings(tsg_id="123").scope == "tsg_id:123"


def test_regional_base_url_changes_nothing_else() -> None:
    st = resolve(base_url="https://api.eu.example.com/")
    assert st.base_url == "https://api.eu.example.com"
    assert st.token_url == DEFAULT_AUTH_URL + "/oauth2/access_token"
    assert st.setup_url == DEFAULT_SETUP_URL


# -------------------------------------------------------------- precedence


def _all_layers(cfg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(
        cfg / "config.toml",
        """
default_profile = "prod"

[profiles.prod]
client_id = "profile-id"
client_secret = "${PROFILE_SECRET}"
tsg_id = "222"
base_url = "https://profile.example"
setup_url = "https://setup.profile.example"
read_timeout = 45

[profiles.lab]
client_id = "lab-id"
tsg_id = "999"
""",
    )
    json_path = write(
        tmp_path / "scm.json",
        json.dumps(
            {
                "auth_url": "https://auth.json.example/oauth2/access_token",
                "client_id": "json-id",
                "client_secret": "json-secret",
                "host": "api.json.example",
                "protocol": "https",
                "scope": "tsg_id:111",
            }
        ),
    )
    monkeypatch.setenv("PROFILE_SECRET", "profile-secret")
    monkeypatch.setenv("SASEKIT_CONFIG_JSON", str(json_path))
    return json_path


def test_precedence_args_env_profile_json_defaults(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    json_path = _all_layers(isolated, tmp_path, monkeypatch)
    monkeypatch.setenv("SCM_CLIENT_ID", "env-id")
    monkeypatch.setenv("SCM_TSG_ID", "333")
    st = resolve(client_id="arg-id")
    toml = isolated / "config.toml"
    assert st.client_id == "arg-id" and st.source["client_id"] == "argument"
    assert st.tsg_id == "333" and st.source["tsg_id"] == "env SCM_TSG_ID"
    assert st.base_url == "https://profile.example"
    assert st.source["base_url"] == f"profile prod ({toml})"
    assert st.client_secret.reveal() == "profile-secret"
    assert st.source["client_secret"] == f"profile prod ({toml}) via ${{PROFILE_SECRET}}"
    assert st.read_timeout == 45.0
    assert st.auth_url == "https://auth.json.example/oauth2/access_token"
    assert st.token_url == st.auth_url
    assert st.source["auth_url"] == f"json {json_path}"
    assert st.connect_timeout == 10.0 and st.source["connect_timeout"] == "default"
    assert st.profile == "prod"

    # peel the layers off one by one
    assert resolve().client_id == "env-id"
    monkeypatch.delenv("SCM_CLIENT_ID")
    monkeypatch.delenv("SCM_TSG_ID")
    assert resolve().client_id == "profile-id"
    assert resolve().tsg_id == "222"
    (isolated / "config.toml").unlink()
    st = resolve()
    assert (st.client_id, st.tsg_id, st.client_secret.reveal()) == ("json-id", "111", "json-secret")
    assert st.base_url == "https://api.json.example"
    assert st.setup_url == DEFAULT_SETUP_URL
    monkeypatch.delenv("SASEKIT_CONFIG_JSON")
    assert resolve().client_id == ""


def test_empty_environment_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCM_BASE_URL", "")
    assert resolve().base_url == DEFAULT_BASE_URL


def test_none_overrides_are_ignored_and_unknown_ones_rejected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SCM_CLIENT_ID", "env-id")
    assert resolve(client_id=None).client_id == "env-id"
    with pytest.raises(TypeError, match="clientid"):
        resolve(clientid="x")


def test_profile_selection(isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _all_layers(isolated, tmp_path, monkeypatch)
    assert resolve().profile == "prod"
    monkeypatch.setenv("SASEKIT_PROFILE", "lab")
    st = resolve()
    assert (st.profile, st.client_id, st.source["profile"]) == (
        "lab",
        "lab-id",
        "env SASEKIT_PROFILE",
    )
    st = resolve(profile="prod")
    assert (st.profile, st.source["profile"]) == ("prod", "argument")
    with pytest.raises(ConfigError) as info:
        resolve(profile="staging")
    assert str(info.value) == (
        f"profile 'staging' not found in {isolated / 'config.toml'}; known profiles: lab, prod"
    )


def test_env_and_json_path_arguments(tmp_path: Path) -> None:
    json_path = write(tmp_path / "x.json", json.dumps({"client_id": "j", "scope": "tsg_id:5"}))
    st = resolve(config_json=json_path, env={"SCM_TSG_ID": "7"})
    assert (st.client_id, st.tsg_id) == ("j", "7")
    with pytest.raises(ConfigError, match="not found"):
        resolve(config_json=tmp_path / "missing.json")


def test_types_are_checked_and_coerced(isolated: Path) -> None:
    st = resolve(
        connect_timeout="2.5", max_retries="3", verify_tls="false", token_cache_file="~/tok"
    )
    assert (st.connect_timeout, st.max_retries, st.verify_tls) == (2.5, 3, False)
    assert st.token_cache_file == str(Path("~/tok").expanduser())
    with pytest.raises(
        ConfigError, match=r"read_timeout from argument must be a number \(got 'soon'\)"
    ):
        resolve(read_timeout="soon")
    with pytest.raises(ConfigError, match="must be an http"):
        resolve(base_url="api.sase.paloaltonetworks.com")
    with pytest.raises(ConfigError) as info:
        resolve(client_secret=12345)
    assert "12345" not in str(info.value)
    write(isolated / "config.toml", '[profiles.p]\nclient_id = "x"\nclientsecret = "y"\n')
    with pytest.raises(ConfigError, match=r"unknown key.*clientsecret"):
        resolve(profile="p")


# ------------------------------------------------------------------ JSON file


BEST_PRACTICES_JSON = """{
    "auth_url": "https://auth.apps.paloaltonetworks.com/oauth2/access_token",
    "client_id": "my-client@1234567890.iam.panserviceaccount.com",
    "client_secret": "${SCM_JSON_SECRET}",
    "host": "api.strata.paloaltonetworks.com",
    "protocol": "https",
    "scope": "tsg_id:1234567890",
}
"""


def test_best_practices_json_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the document's example, trailing comma included
    path = write(tmp_path / "scm.json", BEST_PRACTICES_JSON, 0o644)
    monkeypatch.setenv("SCM_JSON_SECRET", SECRET)
    st = resolve(config_json=str(path)).require_credentials()
    assert st.base_url == "https://api.strata.paloaltonetworks.com"
    assert st.token_url == "https://auth.apps.paloaltonetworks.com/oauth2/access_token"
    assert st.tsg_id == "1234567890"
    assert st.client_id == "my-client@1234567890.iam.panserviceaccount.com"
    assert st.client_secret.reveal() == SECRET
    bad = write(tmp_path / "bad.json", json.dumps({"scope": "tenant:1"}))
    with pytest.raises(ConfigError, match="scope must look like tsg_id:<TSG_ID>"):
        resolve(config_json=bad)
    broken = write(tmp_path / "broken.json", "{nope")
    with pytest.raises(ConfigError, match="invalid JSON"):
        resolve(config_json=broken)


# ---------------------------------------------------------- secret references


def test_env_reference_expansion(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        isolated / "config.toml",
        '[profiles.p]\nclient_id = "${CID}"\nclient_secret = "${PROD_SECRET}"\ntsg_id = "1"\n'
        'base_url = "https://${REGION}.example"\n',
        0o644,  # references only: no permission requirement
    )
    monkeypatch.setenv("CID", "the-id")
    monkeypatch.setenv("PROD_SECRET", SECRET)
    monkeypatch.setenv("REGION", "eu")
    st = resolve(profile="p")
    assert (st.client_id, st.client_secret.reveal(), st.base_url) == (
        "the-id",
        SECRET,
        "https://eu.example",
    )
    monkeypatch.delenv("PROD_SECRET")
    with pytest.raises(ConfigError) as info:
        resolve(profile="p")
    assert "PROD_SECRET" in str(info.value) and "not set" in str(info.value)
    assert "client_secret" in str(info.value)


def test_reference_resolved_only_when_it_wins(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(isolated / "config.toml", '[profiles.p]\nclient_secret = "keyring:sasekit/p"\n')
    monkeypatch.setitem(sys.modules, "keyring", None)  # keyring unavailable...
    monkeypatch.setenv("SCM_CLIENT_SECRET", SECRET)
    assert resolve(profile="p").client_secret.reveal() == SECRET  # ...and never needed


def test_keyring_lookup(isolated: Path, memory_keyring: Any) -> None:
    memory_keyring.set_password("scm", "prod", SECRET)
    write(isolated / "config.toml", '[profiles.prod]\nclient_secret = "keyring:scm/prod"\n', 0o644)
    st = resolve(profile="prod")
    assert st.client_secret.reveal() == SECRET
    assert st.source["client_secret"].endswith("via keyring:scm/prod")
    memory_keyring.delete_password("scm", "prod")
    with pytest.raises(ConfigError) as info:
        resolve(profile="prod")
    assert "no keyring entry for service 'scm', user 'prod'" in str(info.value)


def test_keyring_not_installed(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(isolated / "config.toml", '[profiles.prod]\nclient_secret = "keyring:scm/prod"\n')
    monkeypatch.setitem(sys.modules, "keyring", None)
    with pytest.raises(ConfigError, match="'keyring' package is not installed"):
        resolve(profile="prod")


def test_bad_keyring_reference(isolated: Path, memory_keyring: Any) -> None:
    write(isolated / "config.toml", '[profiles.prod]\nclient_secret = "keyring:noslash"\n')
    with pytest.raises(ConfigError, match=r"keyring:<service>/<username>"):
        resolve(profile="prod")


# --------------------------------------------------------------- permissions


@posix_only
def test_clear_secret_in_readable_toml_is_refused(isolated: Path) -> None:
    path = write(isolated / "config.toml", f'[profiles.p]\nclient_secret = "{SECRET}"\n', 0o644)
    with pytest.raises(ConfigError) as info:
        resolve()  # refused even when another (or no) profile is chosen: the file leaks
    assert str(info.value) == (
        f"{path} holds a client secret in clear text and is readable by others "
        f"(mode 0644); run: chmod 600 {path}"
    )
    assert SECRET not in str(info.value)
    path.chmod(0o640)
    with pytest.raises(ConfigError, match=r"\(mode 0640\)"):
        resolve(profile="p")
    path.chmod(0o600)
    assert resolve(profile="p").client_secret.reveal() == SECRET
    path.chmod(0o400)
    assert resolve(profile="p").client_secret.reveal() == SECRET


@posix_only
def test_clear_secret_in_readable_json_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "scm.json", json.dumps({"client_secret": SECRET}), 0o644)
    with pytest.raises(ConfigError) as info:
        resolve(config_json=path)
    assert str(info.value).startswith(f"{path} holds a client secret in clear text")
    assert str(info.value).endswith(f"run: chmod 600 {path}")
    path.chmod(0o600)
    assert resolve(config_json=path).client_secret.reveal() == SECRET


def test_invalid_toml(isolated: Path) -> None:
    write(isolated / "config.toml", "[profiles\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        resolve()


# ----------------------------------------------------------- profile management


def test_profile_round_trip(isolated: Path) -> None:
    path = add_profile(
        "prod",
        client_id="cid",
        client_secret="${PROD_SECRET}",
        tsg_id="1234567890",
        base_url="https://api.sase.paloaltonetworks.com",
        read_timeout=60,
    )
    assert path == isolated / "config.toml" == config_path()
    assert mode_of(path) == 0o600 if os.name == "posix" else True
    add_profile("lab", client_id="lab", tsg_id="42", client_secret="keyring:sasekit/lab")
    assert list_profiles() == [
        ProfileInfo("lab", False, "lab", "42", None, "keyring:sasekit/lab"),
        ProfileInfo(
            "prod",
            True,
            "cid",
            "1234567890",
            "https://api.sase.paloaltonetworks.com",
            "${PROD_SECRET}",
        ),
    ]
    st = resolve(env={"PROD_SECRET": SECRET, "SASEKIT_CONFIG_DIR": str(isolated)})
    assert (st.profile, st.client_secret.reveal(), st.read_timeout) == ("prod", SECRET, 60.0)

    use_profile("lab")
    assert [p.name for p in list_profiles() if p.is_default] == ["lab"]
    with pytest.raises(ConfigError, match="already exists"):
        add_profile("lab", client_id="again")
    add_profile("lab", client_id="again", overwrite=True)
    assert [p.client_id for p in list_profiles() if p.name == "lab"] == ["again"]

    remove_profile("lab")
    assert [p.name for p in list_profiles()] == ["prod"]
    assert "default_profile" not in path.read_text()
    with pytest.raises(ConfigError, match="not found"):
        use_profile("lab")
    with pytest.raises(ConfigError, match="not found"):
        remove_profile("lab")
    if os.name == "posix":
        assert mode_of(path) == 0o600
    assert [p.name for p in isolated.iterdir()] == ["config.toml"]  # no temp files left


def test_management_keeps_other_keys(isolated: Path) -> None:
    write(isolated / "config.toml", 'spec_dir = "/specs"\n[profiles.a]\nclient_id = "a"\n')
    add_profile("b", client_id="b")
    assert configured_spec_dir() == "/specs"
    assert [p.name for p in list_profiles()] == ["a", "b"]


def test_clear_secret_needs_an_explicit_choice(isolated: Path) -> None:
    with pytest.raises(ConfigError) as info:
        add_profile("prod", client_id="c", client_secret=SECRET)
    assert "store_secret" in str(info.value) and SECRET not in str(info.value)
    assert not (isolated / "config.toml").exists()


def test_clear_secret_into_keyring(isolated: Path, memory_keyring: Any) -> None:
    path = add_profile(
        "prod", client_id="c", tsg_id="1", client_secret=SECRET, store_secret="keyring"
    )
    assert memory_keyring.entries[("sasekit", "prod")] == SECRET
    assert SECRET not in path.read_text()
    assert 'client_secret = "keyring:sasekit/prod"' in path.read_text()
    assert resolve().require_credentials().client_secret.reveal() == SECRET
    remove_profile("prod", delete_secret=True)
    assert memory_keyring.entries == {}


def test_clear_secret_into_file(isolated: Path) -> None:
    path = add_profile(
        "prod", client_id="c", tsg_id="1", client_secret=Secret(SECRET), store_secret="file"
    )
    assert SECRET in path.read_text()
    if os.name == "posix":
        assert mode_of(path) == 0o600
    assert resolve().client_secret.reveal() == SECRET  # 0600: accepted


@posix_only
def test_written_file_is_0600_whatever_the_umask(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[int] = []
    real_open = os.open

    def spy(path: Any, flags: int, mode: int = 0o777, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT:
            created.append(mode)
        return real_open(path, flags, mode, *args, **kwargs)

    monkeypatch.setattr(settings_mod.os, "open", spy)
    old = os.umask(0)
    try:
        path = add_profile("p", client_id="c")
    finally:
        os.umask(old)
    assert created == [0o600]
    assert mode_of(path) == 0o600
    assert mode_of(path.parent) & 0o077 == 0


@posix_only
def test_rewrite_tightens_a_loose_file(isolated: Path) -> None:
    path = write(isolated / "config.toml", '[profiles.a]\nclient_id = "a"\n', 0o644)
    use_profile("a")
    assert mode_of(path) == 0o600


def test_add_profile_checks_its_input(isolated: Path) -> None:
    with pytest.raises(ConfigError, match="invalid profile name"):
        add_profile("bad name", client_id="c")
    with pytest.raises(ConfigError, match="unknown profile key"):
        add_profile("p", clientid="c")
    with pytest.raises(ConfigError, match="store_secret"):
        add_profile("p", client_secret="${X}", store_secret="paper")
    with pytest.raises(ConfigError, match="must be a number"):
        add_profile("p", read_timeout="slow")


# --------------------------------------------------------------- spec folder


def test_configured_spec_dir(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert configured_spec_dir() is None
    write(isolated / "config.toml", 'spec_dir = "/opt/specs"\n')
    assert configured_spec_dir() == "/opt/specs"
    assert resolve().spec_dir == "/opt/specs"
    monkeypatch.setenv("SASEKIT_SPEC_DIR", "/env/specs")
    assert configured_spec_dir() == "/env/specs"
    assert resolve().spec_dir == "/env/specs"
    monkeypatch.delenv("SASEKIT_SPEC_DIR")
    write(isolated / "config.toml", "not = [valid toml")
    assert configured_spec_dir() is None  # help rendering never fails on a broken file


def test_config_path_fallbacks(tmp_path: Path) -> None:
    assert config_path({"SASEKIT_CONFIG_DIR": str(tmp_path)}) == tmp_path / "config.toml"
    assert config_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "sasekit" / "config.toml"
    assert config_path({}) == Path.home() / ".config" / "sasekit" / "config.toml"


# ------------------------------------------------- references and private files


def test_expand_env_refs_names_every_unset_variable() -> None:
    from sasekit.settings import expand_env_refs

    env = {"REGION": "eu", "EMPTY": ""}
    assert expand_env_refs("https://${REGION}.example/${REGION}", "base_url", env) == "https://eu.example/eu"
    assert expand_env_refs("no reference", "x", env) == "no reference"
    with pytest.raises(ConfigError) as info:
        expand_env_refs("${A}-${EMPTY}-${A}-${REGION}", "client_secret in profile p", env)
    assert str(info.value) == (
        "client_secret in profile p refers to environment variable A, EMPTY, which is not set"
    )
    assert info.value.missing == ("A", "EMPTY")


def test_an_empty_variable_in_a_reference_counts_as_unset(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(isolated / "config.toml", '[profiles.p]\nclient_secret = "${PROFILE_SECRET}"\n')
    monkeypatch.setenv("PROFILE_SECRET", "")
    with pytest.raises(ConfigError, match="refers to environment variable PROFILE_SECRET, which is not set"):
        resolve(profile="p")


@posix_only
def test_private_files(tmp_path: Path) -> None:
    from sasekit.files import private_file, write_private

    old = os.umask(0)
    try:
        made = private_file(tmp_path / "state" / "runs.db")
        written = tmp_path / "cache" / "token.json"
        write_private(written, '{"t": 1}')
        write_private(written, b'{"t": 2}')
    finally:
        os.umask(old)
    assert mode_of(made) == 0o600 and made.read_bytes() == b""
    assert mode_of(made.parent) == 0o700
    assert mode_of(written) == 0o600 and written.read_text() == '{"t": 2}'
    assert sorted(p.name for p in written.parent.iterdir()) == ["token.json"]  # no temporary left
    loose = tmp_path / "loose.db"
    loose.write_text("kept")
    loose.chmod(0o644)
    assert mode_of(private_file(loose)) == 0o600 and loose.read_text() == "kept"


# --------------------------------------------------------------- token cache setting


def test_token_cache_from_the_environment_and_switched_off_in_any_layer(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve().token_cache_file is None and resolve().source["token_cache_file"] == "default"
    monkeypatch.setenv("SASEKIT_TOKEN_CACHE", str(tmp_path / "env.json"))
    st = resolve()
    assert st.token_cache_file == str(tmp_path / "env.json")
    assert st.source["token_cache_file"] == "env SASEKIT_TOKEN_CACHE"
    write(isolated / "config.toml", f'[profiles.p]\ntoken_cache_file = "{tmp_path / "profile.json"}"\n')
    assert resolve(profile="p").token_cache_file == str(tmp_path / "env.json")  # env beats profile
    for word in ("off", "OFF", " none ", "false", "no", "0"):
        monkeypatch.setenv("SASEKIT_TOKEN_CACHE", word)
        st = resolve(profile="p")  # off in the environment beats the profile's file
        assert st.token_cache_file is None, word
        assert st.source["token_cache_file"] == "env SASEKIT_TOKEN_CACHE"
        assert ("token_cache_file", "off", "env SASEKIT_TOKEN_CACHE") in st.describe()
    monkeypatch.delenv("SASEKIT_TOKEN_CACHE")
    assert resolve(profile="p").token_cache_file == str(tmp_path / "profile.json")
    assert resolve(profile="p", token_cache_file="off").token_cache_file is None
    for value in ('"off"', "false"):
        write(isolated / "config.toml", f"[profiles.p]\ntoken_cache_file = {value}\n")
        st = resolve(profile="p")
        assert st.token_cache_file is None and st.source["token_cache_file"].startswith("profile p")
    assert ("token_cache_file", "(not set)", "default") in resolve().describe()


def test_a_token_cache_that_is_not_a_path_names_the_field_the_rule_and_the_value(isolated: Path) -> None:
    write(isolated / "config.toml", "[profiles.p]\ntoken_cache_file = 3\n")
    with pytest.raises(ConfigError) as info:
        resolve(profile="p")
    assert str(info.value) == (
        f"token_cache_file from profile p ({isolated / 'config.toml'}) must be a path or off (got 3)")


def test_add_profile_refuses_a_malformed_keyring_reference_before_writing(isolated: Path) -> None:
    for ref in ("keyring:noslash", "keyring:/user", "keyring:svc/", "keyring: /user"):
        with pytest.raises(ConfigError) as info:
            add_profile("p", client_id="a", tsg_id="1", client_secret=ref)
        assert "keyring:<service>/<username>" in str(info.value) and ref.strip() in str(info.value)
    assert not (isolated / "config.toml").exists()
    add_profile("p", client_id="a", tsg_id="1", client_secret="keyring:svc/team/user")
    assert list_profiles()[0].secret == "keyring:svc/team/user"  # the user part may hold a slash
