"""The AWS CLI's own printers, for cli-printers.test.ts.

Reads one JSON value a line on stdin and writes, one JSON object a line, what the AWS CLI prints
for it: {"json": json output, "text": text output} (awscli/formatter.py, awscli/text.py), with
"text_error" where text.py itself raises. Run with Debian's /usr/bin/python3, which has awscli.
"""
import io
import json
import sys

from awscli import text

for line in sys.stdin:
    value = json.loads(line)
    out = {"json": json.dumps(value, indent=4, ensure_ascii=False)}
    stream = io.StringIO()
    try:
        text.format_text(value, stream)
        out["text"] = stream.getvalue()
    except Exception as error:  # text.py calls .items() on list elements that are not dicts
        out["text_error"] = type(error).__name__
    sys.stdout.write(json.dumps(out) + "\n")
