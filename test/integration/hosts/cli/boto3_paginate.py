"""Items and resume tokens of a boto3 paginator, for operations Debian's AWS CLI cannot page.

Run with the first python3 on PATH (its botocore is newer than Debian's). Each stdin line is a
JSON object {"service", "operation", "params", "config", "result", "key"}; each stdout line the
JSON object {"items": [item[key] for every item], "next": the paginator's resume_token}. Endpoint,
region and credentials come from the environment (AWS_ENDPOINT_URL, AWS_REGION, ...).
"""
import json
import os
import sys

import boto3

session = boto3.session.Session()
for line in sys.stdin:
    job = json.loads(line)
    client = session.client(job["service"], endpoint_url=os.environ["AWS_ENDPOINT_URL"])
    pages = client.get_paginator(job["operation"]).paginate(
        PaginationConfig=job["config"], **job["params"]
    )
    items = [item[job["key"]] for page in pages for item in page[job["result"]]]
    print(json.dumps({"items": items, "next": pages.resume_token}), flush=True)
