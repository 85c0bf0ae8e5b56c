"""Run many AWS CLI command lines in one Python process (aws-cli-batch.ts).

Each stdin line is a JSON array of arguments, or an object {"args", "env"} to run them with that
environment instead of this process's; each stdout line a JSON object {"code", "stdout",
"stderr"}: what `/usr/bin/aws ARGS...` prints. It calls the CLI's own entry
point (what /usr/bin/aws runs) with sys.stdout and sys.stderr swapped for buffers, so a hundred
commands cost one interpreter start instead of a hundred. Run with Debian's /usr/bin/python3.

Every command gets a new driver and session, as a new `aws` process would; only the loader of the
JSON service models is shared between them. Reading those files is much of what a command costs
in this process, and the loader caches them per instance anyway: within one `aws` run every
client already reads the same cached model.
"""
import functools
import io
import json
import os
import sys

import awscli
from awscli.clidriver import AWSCLIEntryPoint

# After awscli, whose import makes `botocore` name the copy the CLI ships.
import botocore.loaders  # noqa: E402
import botocore.session  # noqa: E402

# A session creates its loader with this function, given its data path: one loader a data path.
botocore.session.create_loader = functools.lru_cache(maxsize=None)(botocore.loaders.create_loader)

real_stdout = sys.stdout
own_env = dict(os.environ)


def environment(env):
    """A command's environment as a new `aws` process sees it: with the AWS_DATA_PATH that
    awscli's import sets, its own models after any the environment names."""
    named = env["AWS_DATA_PATH"].split(os.pathsep) if "AWS_DATA_PATH" in env else []
    own = os.path.join(os.path.dirname(awscli.__file__), "data")
    return {**env, "AWS_DATA_PATH": os.pathsep.join([*named, own])}


for line in sys.stdin:
    request = json.loads(line)
    args = request["args"] if isinstance(request, dict) else request
    os.environ.clear()
    os.environ.update(environment(request["env"]) if isinstance(request, dict) else own_env)
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        code = AWSCLIEntryPoint().main(args)
    finally:
        sys.stdout, sys.stderr = real_stdout, sys.__stderr__
    real_stdout.write(json.dumps({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}) + "\n")
    real_stdout.flush()
