"""Summaries of S3 listings computed with boto3's own paginator, as a reference for PageScope's.

usage: boto3_summary.py ENDPOINT_URL TOP
Each stdin line is a JSON array [BUCKET, "objects" or "versions", DEPTH]; each stdout line one JSON
object: count, total, per grouping {value: [count, size]}, the TOP largest sizes and the TOP
oldest LastModified values (ISO 8601 with milliseconds and Z, as PageScope shows them). A listing
asked for twice (at two depths) is read once.
"""
import functools
import json
import sys

import boto3

url, top = sys.argv[1], int(sys.argv[2])
s3 = boto3.client("s3", endpoint_url=url, region_name="us-east-1")


@functools.lru_cache(maxsize=None)
def rows(bucket, kind):
    """Each listed item, with the groupings that do not depend on the depth."""
    listed = []
    if kind == "objects":
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for o in page.get("Contents", []):
                listed.append((o, {"StorageClass": o.get("StorageClass")}))
    else:
        for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket):
            for v in page.get("Versions", []):
                listed.append((v, {"IsLatest": v["IsLatest"], "DeleteMarker": False}))
            for d in page.get("DeleteMarkers", []):
                listed.append((d, {"IsLatest": d["IsLatest"], "DeleteMarker": True}))
    return listed


def folder(key, depth):
    parts = key.split("/")[:-1][:depth]
    return "".join(p + "/" for p in parts)


def iso(when):
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (when.microsecond // 1000)


def summary(bucket, kind, depth):
    count, total, groups, sizes, dates = 0, 0, {}, [], []
    for item, listed_fields in rows(bucket, kind):
        size = item.get("Size", 0)
        count += 1
        total += size
        fields = dict(listed_fields)
        fields["folder"] = folder(item["Key"], depth)
        fields["month"] = iso(item["LastModified"])[:7]
        for by, value in fields.items():
            group = groups.setdefault(by, {}).setdefault(json.dumps(value), [0, 0])
            group[0] += 1
            group[1] += size
        if "Size" in item:
            sizes.append(size)
        dates.append(iso(item["LastModified"]))
    return {
        "count": count,
        "total": total,
        "groups": groups,
        "largest": sorted(sizes, reverse=True)[:top],
        "oldest": sorted(dates)[:top],
    }


for line in sys.stdin:
    bucket, kind, depth = json.loads(line)
    print(json.dumps(summary(bucket, kind, depth)), flush=True)
