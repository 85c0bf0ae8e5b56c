"""The boto3 anchor: export_s3_inventory from ../shared/reference/boto3-paginators.md, unchanged
except that its client points at the bench endpoint. Usage: boto3_export.py ENDPOINT BUCKET OUT."""
import csv
import sys

import boto3


def export_s3_inventory(bucket, output_file, endpoint_url):
    """Export S3 bucket inventory to CSV without loading everything in memory."""
    s3 = boto3.client('s3', endpoint_url=endpoint_url)
    paginator = s3.get_paginator('list_objects_v2')

    with open(output_file, 'w', newline='') as f:
        writer = csv.writer(f)
        writer.writerow(['Key', 'Size', 'LastModified', 'StorageClass'])

        total = 0
        for page in paginator.paginate(Bucket=bucket):
            for obj in page.get('Contents', []):
                writer.writerow([
                    obj['Key'],
                    obj['Size'],
                    obj['LastModified'].isoformat(),
                    obj.get('StorageClass', 'STANDARD')
                ])
                total += 1

            # Progress update every page
            print(f"  Exported {total} objects...", end='\r')

    print(f"\nDone. Exported {total} objects to {output_file}")


if __name__ == '__main__':
    export_s3_inventory(sys.argv[2], sys.argv[3], sys.argv[1])
