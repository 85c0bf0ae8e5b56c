import { limits } from '../../../shared/contract';

/** The boto3 PaginationConfig of a view: PageSize, MaxItems, StartingToken. */
export interface PagingSettings {
  pageSize?: number;
  maxItems?: number;
  startingToken?: string;
}

export interface PagingDraft {
  pageSize: string;
  maxItems: string;
  startingToken: string;
}

export const draftOf = (settings: PagingSettings): PagingDraft => ({
  pageSize: settings.pageSize?.toString() ?? '',
  maxItems: settings.maxItems?.toString() ?? '',
  startingToken: settings.startingToken ?? '',
});

const integerIn = (text: string, max: number, name: string): number | string | undefined => {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    return `${name} must be a whole number from 1 to ${max.toLocaleString()}.`;
  }
  return value;
};

/** Parses the form; returns the settings or the first problem as a message. */
export const parseDraft = (draft: PagingDraft): PagingSettings | string => {
  const pageSize = integerIn(draft.pageSize, limits.maxPageSize, 'Page size');
  if (typeof pageSize === 'string') return pageSize;
  const maxItems = integerIn(draft.maxItems, limits.maxItems, 'Max items');
  if (typeof maxItems === 'string') return maxItems;
  const token = draft.startingToken.trim();
  if (token.length > limits.maxTokenLength) return 'Starting token is too long.';
  const settings: PagingSettings = {};
  if (pageSize !== undefined) settings.pageSize = pageSize;
  if (maxItems !== undefined) settings.maxItems = maxItems;
  if (token !== '') settings.startingToken = token;
  return settings;
};

export const describePaging = (settings: PagingSettings): string | null => {
  const parts: string[] = [];
  if (settings.pageSize) parts.push(`page size ${settings.pageSize}`);
  if (settings.maxItems) parts.push(`max ${settings.maxItems.toLocaleString()} items`);
  if (settings.startingToken) parts.push('from a starting token');
  return parts.length > 0 ? parts.join(', ') : null;
};
