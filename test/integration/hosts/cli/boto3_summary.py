"""A summary of an S3 listing computed with boto3's own paginator, as a reference for PageScope's.

usage: boto3_summary.py ENDPOINT_URL BUCKET objects|versions DEPTH TOP
Prints one JSON object: count, total, per grouping {value: [count, size]}, the TOP largest sizes
and the TOP oldest LastModified values (ISO 8601 with milliseconds and Z, as PageScope shows them).
"""
import json
import sys

import boto3

url, bucket, kind, depth, top = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
s3 = boto3.client("s3", endpoint_url=url, region_name="us-east-1")


def rows():
    if kind == "objects":
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for o in page.get("Contents", []):
                yield o, {"StorageClass": o.get("StorageClass")}
    else:
        for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket):
            for v in page.get("Versions", []):
                yield v, {"IsLatest": v["IsLatest"], "DeleteMarker": False}
            for d in page.get("DeleteMarkers", []):
                yield d, {"IsLatest": d["IsLatest"], "DeleteMarker": True}


def folder(key):
    parts = key.split("/")[:-1][:depth]
    return "".join(p + "/" for p in parts)


def iso(when):
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (when.microsecond // 1000)


count, total, groups, sizes, dates = 0, 0, {}, [], []
for item, fields in rows():
    size = item.get("Size", 0)
    count += 1
    total += size
    fields["folder"] = folder(item["Key"])
    fields["month"] = iso(item["LastModified"])[:7]
    for by, value in fields.items():
        group = groups.setdefault(by, {}).setdefault(json.dumps(value), [0, 0])
        group[0] += 1
        group[1] += size
    if "Size" in item:
        sizes.append(size)
    dates.append(iso(item["LastModified"]))

print(
    json.dumps(
        {
            "count": count,
            "total": total,
            "groups": groups,
            "largest": sorted(sizes, reverse=True)[:top],
            "oldest": sorted(dates)[:top],
        }
    )
)
