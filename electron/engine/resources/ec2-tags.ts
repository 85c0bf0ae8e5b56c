import { asArray, text, type Item } from './resource';

/** The value of the item's Name tag: what the EC2 console shows as its name. */
export const nameTag = (item: Item): string | null => {
  const tag = asArray(item.Tags).find((t) => t.Key === 'Name');
  return tag ? text(tag.Value) : null;
};

/** The tags as one JSON object (`{"Name":"web-1","team":"data"}`), in the order EC2 lists them. */
export const tagObject = (item: Item): string | null => {
  const tags = asArray(item.Tags);
  if (tags.length === 0) return null;
  return JSON.stringify(
    Object.fromEntries(tags.map((t) => [text(t.Key) ?? '', text(t.Value) ?? ''])),
  );
};
