import { sequence } from './hash';
import { describeObject } from './object-attributes';
import { materialized, type ObjectSource } from './object-source';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2021, 0, 1);
const DAYS = 4 * 365 + 1;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A photo library: a few thousand camera files in `yyyy/mm/dd/` folders over four years. */
export const demoPhotos = (seed: number, count = 3000): ObjectSource => {
  const random = sequence(seed, 21);
  const dayOf = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const dayStart = FIRST_DAY + random.between(0, DAYS - 1) * DAY_MS;
    const day = new Date(dayStart);
    const folder = `${day.getUTCFullYear()}/${pad(day.getUTCMonth() + 1, 2)}/${pad(day.getUTCDate(), 2)}`;
    const kind = random.pick(['IMG_', 'IMG_', 'IMG_', 'DSC', 'VID_']);
    const extension = kind === 'VID_' ? '.mp4' : random.pick(['.jpg', '.jpg', '.HEIC']);
    dayOf.set(`${folder}/${kind}${pad(random.between(1, 9999), 4)}${extension}`, dayStart);
  }
  return materialized(dayOf.keys(), (key, index) =>
    describeObject(seed, index, dayOf.get(key) ?? FIRST_DAY),
  );
};
