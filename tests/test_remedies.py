"""Every error carries its remedy, and the CLI prints it on the line after the error
(``  fix: ...``): missing credentials, a refused connection (with the URL and the setting
that chose it), a certificate that fails verification, a missing keyring, an emulator
port in use, Ctrl-C while following a push, and completion of values with spaces."""

from __future__ import annotations

import os
import pickle
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import cli_runner, demo_env
from client_fixtures import config, fresh_tokens, served
from conftest import ROOT
from sasekit import errors
from sasekit.emulator.serve import ServerThread, free_port
from test_tls import make_pki

# --------------------------------------------------------------------------- harness


@pytest.fixture(scope="module")
def srv():
    fresh_tokens()
    with served(push_s=5.0, rate_limit={"enabled": False}) as s:
        yield s


@pytest.fixture
def env(srv, monkeypatch, tmp_path):
    return demo_env(srv, monkeypatch, tmp_path)


@pytest.fixture
def run(env, capsys, monkeypatch):
    return cli_runner(capsys, monkeypatch)


def one_attempt(env: dict[str, str], **settings: Any) -> Path:
    """A default profile that tries each call once (and the given settings)."""
    folder = Path(env["SASEKIT_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{k} = {v!r}\n" if isinstance(v, str) else f"{k} = {v}\n"
                   for k, v in {"max_retries": 0, **settings}.items())
    path = folder / "config.toml"
    path.write_text(f'default_profile = "once"\n\n[profiles.once]\n{body}')
    return path


# --------------------------------------------------------------------------- every class


def _one_of_each() -> dict[str, errors.SasekitError]:
    cause = errors.NotFound(404, "GET", "/sse/config/v1/addresses/x")
    return {
        "ConfigError": errors.ConfigError("bad setting"),
        "RunBusy": errors.RunBusy("20260101-000000-abcdef", 4242),
        "AuthError": errors.AuthError("no token"),
        "TokenFetchError": errors.TokenFetchError(401, b'{"error":"invalid_client"}'),
        "TokenUnavailableError": errors.TokenUnavailableError("ConnectError: refused"),
        "ValidationError": errors.ValidationError([], "address", "create"),
        "ItemsInvalid": errors.ItemsInvalid([("line 2", ValueError("not valid JSON"))], 3, "items.jsonl"),
        "UnsupportedResource": errors.UnsupportedResource("adress", ["address"]),
        "UnsupportedOperation": errors.UnsupportedOperation("address", "lst", ["list"]),
        "APIError": errors.APIError(418, "GET", "/x", request_id="req-9"),
        "BadRequest": errors.BadRequest(400, "POST", "/x"),
        "NotAuthenticated": errors.NotAuthenticated(401, "GET", "/x"),
        "Forbidden": errors.Forbidden(403, "GET", "/x"),
        "RateLimitBlocked": errors.RateLimitBlocked(403, "GET", "/x"),
        "NotFound": cause,
        "MethodNotAllowed": errors.MethodNotAllowed(405, "GET", "/x"),
        "Conflict": errors.Conflict(409, "PUT", "/x"),
        "NameNotUnique": errors.NameNotUnique(409, "POST", "/x"),
        "ReferenceNotZero": errors.ReferenceNotZero(409, "DELETE", "/x"),
        "RateLimited": errors.RateLimited(429, "GET", "/x", retry_after=3),
        "ServerError": errors.ServerError(502, "GET", "/x"),
        "EmptyResponseError": errors.EmptyResponseError("GET", "/x", 200),
        "TransportError": errors.TransportError("ConnectError: refused", method="GET", path="/x"),
        "ServiceUnreachable": errors.ServiceUnreachable("GET", "/x", 8, 20.0),
        "JobFailed": errors.JobFailed({"id": "77", "status_str": "FIN", "result_str": "FAIL"}),
        "JobTimeout": errors.JobTimeout("77", 30),
        "BulkFailed": errors.BulkFailed(0, cause, [cause, None], 0),
        "NameNotFound": errors.NameNotFound("address", "web", {"folder": "Remote Networks"}),
        "NameAmbiguous": errors.NameAmbiguous("address", "web", {"folder": "Shared"},
                                              [{"id": "1", "folder": "Shared"}, {"id": "2", "folder": "Texas"}]),
        "WorkflowFileError": errors.WorkflowFileError("wf.yaml: line 3: bad"),
        "TemplateProblem": errors.TemplateProblem("{{ nope }}: 'nope' is undefined"),
        "NotifyError": errors.NotifyError("slack: HTTP 500", kind="slack", status=500),
    }


def test_every_error_class_carries_a_one_line_remedy() -> None:
    found = _one_of_each()
    classes = {name for name in errors.__all__
               if isinstance(getattr(errors, name), type) and issubclass(getattr(errors, name), BaseException)}
    assert classes - {"SasekitError"} == set(found), "every error class of errors.py has an example here"
    for name, err in found.items():
        assert type(err).__name__ == name
        fix = err.remedy
        assert fix and fix.strip() == fix and "\n" not in fix, (name, fix)
        copy = pickle.loads(pickle.dumps(err))
        assert copy.remedy == fix, name  # remedies survive the trip from a worker process


def test_remedies_say_what_the_instance_knows() -> None:
    found = _one_of_each()
    assert found["JobTimeout"].remedy == "the job may still finish: `sasekit job wait 77` follows it"
    assert "`sasekit job get 77`" in (found["JobFailed"].remedy or "")
    assert "kill 4242" in (found["RunBusy"].remedy or "")
    assert "rotated" in (found["TokenFetchError"].remedy or "")
    assert found["ValidationError"].remedy == "`sasekit describe address create` lists the parameters and their rules"
    assert found["UnsupportedOperation"].remedy == "`sasekit describe address` lists its operations"
    assert found["NameNotFound"].remedy == ("`sasekit address list --folder 'Remote Networks'` shows what is there "
                                            "(names are exact and case-sensitive)")
    assert "req-9" in (found["APIError"].remedy or "")
    assert found["BulkFailed"].remedy.startswith(found["NotFound"].remedy)  # type: ignore[union-attr]
    tls = errors.TransportError("ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed",
                                method="GET", path="/x", may_have_reached_server=False)
    assert "SSL_CERT_FILE" in (tls.remedy or "") and "network" not in (tls.remedy or "")
    slow = errors.TransportError(TimeoutError("timed out"), method="GET", path="/x")
    assert "read_timeout" in (slow.remedy or "")
    # an error that wraps another passes the cause's remedy on
    from sasekit.workflows.runner import StepFailed

    assert StepFailed("import", found["JobTimeout"]).remedy == found["JobTimeout"].remedy


# --------------------------------------------------------------------------- credentials


def test_a_missing_credential_names_the_variable_and_the_profile_command(run, monkeypatch):
    monkeypatch.delenv("SCM_CLIENT_SECRET")
    r = run("address", "list", "--folder", "Shared")
    assert r.code == 3 and r.out == ""
    assert r.lines == ["error: clientSecret is required",
                       "  fix: SCM_CLIENT_SECRET is not set; export it or run: sasekit profile add NAME "
                       "--client-id ID --tsg-id TSG_ID --secret-env VAR"]
    monkeypatch.delenv("SCM_TSG_ID")
    r = run("auth", "test")
    assert r.code == 3
    assert r.fix.startswith("SCM_CLIENT_SECRET and SCM_TSG_ID are not set; export them or run: sasekit profile add")


def test_a_missing_credential_with_a_profile_says_the_profile_lacks_it_too(run, env, monkeypatch):
    one_attempt(env)
    monkeypatch.delenv("SCM_CLIENT_ID")
    r = run("address", "list", "--folder", "Shared")
    assert r.code == 3
    assert r.fix.startswith("SCM_CLIENT_ID is not set (nor is it in profile 'once'); export it or run: ")


# --------------------------------------------------------------------------- connections


def test_a_refused_connection_names_the_url_and_the_setting_that_chose_it(run, env, monkeypatch):
    dead = f"http://127.0.0.1:{free_port()}"
    path = one_attempt(env)
    monkeypatch.setenv("SCM_BASE_URL", dead)
    r = run("address", "list", "--folder", "Shared")
    assert r.code == 1 and r.lines[0].startswith("error: transport error on GET /sse/config/v1/addresses")
    assert r.fix == (f"is SCM_BASE_URL={dead} (from env) right? check it, and the network path to it (DNS, "
                     "proxy, firewall)")
    monkeypatch.setenv("SCM_BASE_URL", env["SCM_BASE_URL"])
    r = run("--base-url", dead, "address", "list", "--folder", "Shared")
    assert r.fix.startswith(f"is --base-url {dead} (from the command line) right?")
    monkeypatch.delenv("SCM_BASE_URL")
    one_attempt(env, base_url=dead)
    r = run("address", "list", "--folder", "Shared")
    assert r.fix.startswith(f"is base_url {dead} (from profile once ({path})) right?")
    # the token endpoint: the auth URL, and the folders (Setup API) call: the setup URL
    monkeypatch.setenv("SCM_BASE_URL", env["SCM_BASE_URL"])
    monkeypatch.setenv("SCM_AUTH_URL", dead)
    r = run("address", "list", "--folder", "Shared")
    assert r.code == 3 and r.lines[0].startswith("error: failed to obtain access token")
    assert r.fix.startswith(f"is SCM_AUTH_URL={dead} (from env) right?")


def test_auth_test_names_the_unreachable_url_too(run, env, monkeypatch):
    dead = f"http://127.0.0.1:{free_port()}"
    one_attempt(env)
    monkeypatch.setenv("SCM_AUTH_URL", dead)
    r = run("auth", "test")
    assert r.code == 3
    assert "[FAIL] token" in r.err and f"(SCM_AUTH_URL={dead} (from env))" in r.err


@pytest.fixture(scope="module")
def tls_srv(tmp_path_factory):
    ca, cert, key = make_pki(tmp_path_factory.mktemp("pki"))
    with ServerThread(config=config(rate_limit={"enabled": False}), tls=(str(cert), str(key))) as s:
        s.ca = ca
        yield s


def test_a_certificate_that_fails_verification_points_to_ssl_cert_file(run, env, tls_srv, monkeypatch):
    fresh_tokens()
    for name in ("SCM_BASE_URL", "SCM_AUTH_URL", "SCM_SETUP_URL"):
        monkeypatch.setenv(name, tls_srv.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    r = run("address", "list", "--folder", "Shared")
    assert r.code == 3 and "CERTIFICATE_VERIFY_FAILED" in r.lines[0], r.err
    assert "SSL_CERT_FILE" in r.fix and "network" not in r.fix
    test = run("auth", "test")
    assert test.code == 3 and "[FAIL] token" in test.err
    assert "SSL_CERT_FILE" in test.err and "network connectivity" not in test.err and "proxy settings" not in test.err
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_srv.ca))  # the remedy works
    assert run("address", "list", "--folder", "Shared").code == 0


# --------------------------------------------------------------------------- keyring


def test_a_missing_keyring_offers_an_environment_variable_or_the_file_store(run, env, monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # `import keyring` raises ImportError
    folder = Path(env["SASEKIT_CONFIG_DIR"])
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text('default_profile = "kr"\n\n[profiles.kr]\n'
                                        'client_secret = "keyring:sasekit/kr"\n')
    monkeypatch.delenv("SCM_CLIENT_SECRET")
    r = run("address", "list", "--folder", "Shared")
    assert r.code == 3 and "'keyring' package is not installed" in r.lines[0]
    assert "--secret-env VAR" in r.fix and "--store-secret file" in r.fix
    (folder / "config.toml").unlink()
    r = run("profile", "add", "p", "--client-id", "a", "--tsg-id", "1", "--secret-stdin", stdin="s3cret\n")
    assert r.code == 3 and "--secret-env VAR" in r.fix and "--store-secret file" in r.fix
    assert not (folder / "config.toml").exists()
    ok = run("profile", "add", "p", "--client-id", "a", "--tsg-id", "1", "--secret-stdin", "--store-secret",
             "file", stdin="s3cret\n")
    assert ok.code == 0, ok.err  # the remedy works


def test_a_keyring_without_a_backend_offers_the_same(run, env, monkeypatch):
    keyring = pytest.importorskip("keyring")
    from keyring.errors import NoKeyringError

    def no_backend(*args: Any) -> None:
        raise NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", no_backend)
    r = run("profile", "add", "p", "--client-id", "a", "--tsg-id", "1", "--secret-stdin", stdin="s3cret\n")
    assert r.code == 3 and "storing the secret in the keyring failed (NoKeyringError)" in r.lines[0]
    assert "--store-secret file" in r.fix and "--secret-env VAR" in r.fix


# --------------------------------------------------------------------------- emulator port


def test_an_emulator_port_in_use_is_one_line_and_exit_code_2():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "sasekit", "emulator", "serve", "--port", str(port)],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"error: port {port} on 127.0.0.1 is already in use")
    assert f"--port {port + 1}" in lines[0] and "sasekit emulator on" not in proc.stderr


# --------------------------------------------------------------------------- Ctrl-C while following a push


def _interrupted_wait(note: bool) -> Any:
    def wait_flow(engine: Any, job_id: str, timeout: float, progress: Any = None, clock: Any = None) -> Any:
        if note:
            from sasekit.cli import note_job

            note_job(job_id)
        if progress is not None:
            progress({"id": job_id, "type_str": "CommitAndPush", "status_str": "ACT", "result_str": "PEND",
                      "percent": "10"}, [])
        raise KeyboardInterrupt
        yield  # a flow

    return wait_flow


def test_ctrl_c_during_push_wait_says_the_job_continues(run, monkeypatch, srv):
    import sasekit.jobs

    monkeypatch.setattr(sasekit.jobs, "wait_flow", _interrupted_wait(note=False))
    r = run("push", "--folders", "Shared", "--description", "x", "--wait")
    assert r.code == 130 and "Traceback" not in r.err
    assert "continues on the service" in r.err and "sasekit job wait" in r.err
    assert len(pushes(srv)) == 1  # the push was sent: the message is true
    monkeypatch.setattr(sasekit.jobs, "wait_flow", _interrupted_wait(note=True))
    r = run("push", "--folders", "Shared", "--description", "y", "--wait")
    assert r.code == 130
    job_id = max(pushes(srv), key=int)
    assert f"  job {job_id} continues on the service; follow it with: sasekit job wait {job_id}" in r.lines


def pushes(srv: Any) -> list[str]:
    """The ids of the push (parent) jobs."""
    from client_fixtures import sync_client

    with sync_client(srv) as c:
        return [j["id"] for j in c.call("job", "list")["data"] if str(j.get("parent_id")) in ("0", "", "None")]


# --------------------------------------------------------------------------- completion


def _complete(shell: str, words: str, cword: int = 4) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "_SASEKIT_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    return subprocess.run([sys.executable, "-m", "sasekit"], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=60)


def test_completion_quotes_values_with_spaces_for_bash():
    r = _complete("bash", "sasekit address create --folder Remote")
    assert r.returncode == 0, r.stderr
    # doubled: the script reads each line with `read`, which takes one level of backslashes
    assert r.stdout.splitlines() == ["plain,Remote\\\\ Networks"]
    r = _complete("bash", "sasekit address get --folder Mob")  # the by-name scope completes too
    assert r.stdout.splitlines() == ["plain,Mobile\\\\ Users", "plain,Mobile\\\\ Users\\\\ Container",
                                     "plain,Mobile\\\\ Users\\\\ Explicit\\\\ Proxy"]
    r = _complete("bash", "sasekit address create --folder Mobile\\ Users\\ E")  # typed escaped, matched
    assert r.stdout.splitlines() == ["plain,Mobile\\\\ Users\\\\ Explicit\\\\ Proxy"]
    r = _complete("bash", "sasekit address create --folder Sha")
    assert r.stdout.splitlines() == ["plain,Shared"]


def test_completion_leaves_quoting_to_zsh_and_fish():
    r = _complete("zsh", "sasekit address create --folder Remote")  # compadd quotes what it inserts
    assert r.stdout.splitlines() == ["plain", "Remote Networks", "_"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_inserts_a_folder_with_spaces_as_one_word(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "sasekit"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m sasekit "$@"\n')
    wrapper.chmod(0o755)
    script = (
        'eval "$(sasekit completion bash)"\n'
        "COMP_WORDS=(sasekit address create --folder Remote); COMP_CWORD=4\n"
        "_sasekit_completion sasekit\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
        'eval "set -- ${COMPREPLY[0]}"; echo "words=$# first=$1"\n')
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env.pop("_SASEKIT_COMPLETE", None)
    proc = subprocess.run(["bash", "--norc", "--noprofile", "-c", script], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["Remote\\ Networks", "words=1 first=Remote Networks"]
