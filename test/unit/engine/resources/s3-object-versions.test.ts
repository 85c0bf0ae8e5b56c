import { describe, expect, it } from 'vitest';
import { s3ObjectVersions } from '../../../../electron/engine/resources/s3-object-versions';

const cells = (item: Record<string, unknown>) =>
  Object.fromEntries(s3ObjectVersions.columns.map((column) => [column.id, column.get(item)]));

describe('s3-object-versions rows', () => {
  it('leaves Latest and Delete marker empty for folders, which have neither', () => {
    const [folder, version, marker] = s3ObjectVersions.items({
      CommonPrefixes: [{ Prefix: 'photos/' }],
      Versions: [{ Key: 'a', VersionId: '1', IsLatest: true, Size: 3 }],
      DeleteMarkers: [{ Key: 'b', VersionId: '2', IsLatest: false }],
    });
    expect(cells(folder!)).toMatchObject({ Key: 'photos/', IsLatest: null, DeleteMarker: null });
    expect(cells(version!)).toMatchObject({ IsLatest: true, DeleteMarker: false });
    expect(cells(marker!)).toMatchObject({ IsLatest: false, DeleteMarker: true });
  });
});
