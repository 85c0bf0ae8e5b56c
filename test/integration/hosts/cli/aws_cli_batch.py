"""Run many AWS CLI command lines in one Python process, for query-cli.test.ts.

Each stdin line is a JSON array of arguments; each stdout line a JSON object
{"code", "stdout", "stderr"}: what `/usr/bin/aws ARGS...` prints. It calls the CLI's own entry
point (what /usr/bin/aws runs) with sys.stdout and sys.stderr swapped for buffers, so a hundred
commands cost one interpreter start instead of a hundred. Run with Debian's /usr/bin/python3.
"""
import io
import json
import sys

from awscli.clidriver import AWSCLIEntryPoint

real_stdout = sys.stdout
for line in sys.stdin:
    args = json.loads(line)
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        code = AWSCLIEntryPoint().main(args)
    finally:
        sys.stdout, sys.stderr = real_stdout, sys.__stderr__
    real_stdout.write(json.dumps({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}) + "\n")
    real_stdout.flush()
