import type { MethodName } from './methods';

/**
 * The contract's method names without its schemas. The preload is bundled on its own and only
 * needs the names; importing methods.ts would carry zod into it. The compiler checks the list
 * against the contract both ways, so it cannot drift.
 */
export const methodNameList = [
  'app.info',
  'profiles.list',
  'regions.list',
  'resources.list',
  'view.page',
  'view.sorted',
  'view.item',
  'view.summary',
  'filter.check',
  'column.check',
  'export.start',
  'export.cancel',
  'export.reveal',
  'mfa.answer',
] as const satisfies readonly MethodName[];

type Unlisted = Exclude<MethodName, (typeof methodNameList)[number]>;
/** A compile error here names a contract method missing from the list. */
export const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
