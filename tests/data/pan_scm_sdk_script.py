"""Drive pan-scm-sdk (unmodified, in its own virtual environment) against the emulator.

Run by tests/test_pan_scm_sdk.py with that environment's python:

    python pan_scm_sdk_script.py API_BASE_URL TOKEN_URL MODE

with SCM_CLIENT_ID, SCM_CLIENT_SECRET and SCM_TSG_ID in the environment. MODE is

- ``lifecycle``: create, list, fetch, update and get an address; create and delete a
  second one; ``commit(..., sync=True)``;
- ``running-job``: ``commit(..., sync=False)`` and read the job while it still runs.

It uses the SDK as its users do and prints one line ``RESULT <json>`` with what it saw
(the SDK logs to stdout too). Any SDK error ends it with a traceback and exit code 1.
"""

import json
import os
import sys

from scm.client import Scm
from scm.models.objects import AddressUpdateModel

api_base_url, token_url, mode = sys.argv[1], sys.argv[2], sys.argv[3]
client = Scm(
    client_id=os.environ["SCM_CLIENT_ID"],
    client_secret=os.environ["SCM_CLIENT_SECRET"],
    tsg_id=os.environ["SCM_TSG_ID"],
    api_base_url=api_base_url,
    token_url=token_url,
)
out = {}

if mode == "lifecycle":
    created = client.address.create({
        "name": "sdk-web-01",
        "folder": "Shared",
        "ip_netmask": "192.0.2.10/32",
        "description": "created by pan-scm-sdk",
        "tag": [],
    })
    out["created"] = created.model_dump(mode="json")
    out["listed_ids"] = [str(a.id) for a in client.address.list(folder="Shared")]

    # The update recipe of the SDK's docs: fetch by name, change, send back.
    fetched = client.address.fetch(name="sdk-web-01", folder="Shared")
    out["fetched_id"] = str(fetched.id)
    fetched.description = "updated by pan-scm-sdk"
    updated = client.address.update(AddressUpdateModel(**fetched.model_dump(exclude_unset=True)))
    out["updated"] = updated.model_dump(mode="json")
    out["got_after_update"] = client.address.get(str(created.id)).model_dump(mode="json")

    doomed = client.address.create({"name": "sdk-tmp-01", "folder": "Shared", "fqdn": "tmp.example.com"})
    out["deleted_id"] = str(doomed.id)
    client.address.delete(str(doomed.id))
    out["listed_after_delete"] = [str(a.id) for a in client.address.list(folder="Shared")]

    commit = client.commit(folders=["Shared"], description="pan-scm-sdk commit", sync=True, timeout=60)
    out["commit"] = commit.model_dump(mode="json")
    job = client.get_job_status(commit.job_id).data[0]
    out["job"] = {"id": job.id, "status_str": job.status_str, "result_str": job.result_str,
                  "type_str": job.type_str}
elif mode == "running-job":
    commit = client.commit(folders=["Shared"], description="pan-scm-sdk running", sync=False)
    out["commit"] = commit.model_dump(mode="json")
    job = client.get_job_status(commit.job_id).data[0]
    out["job"] = {"id": job.id, "status_str": job.status_str, "result_str": job.result_str}
    jobs = client.list_jobs(limit=10)
    out["jobs"] = [{"id": j.id, "parent_id": j.parent_id, "type_str": j.type_str} for j in jobs.data]
else:
    sys.exit(f"unknown mode {mode!r}")

print("RESULT " + json.dumps(out))
