import type { IAMClient, ListUsersCommandInput } from '@aws-sdk/client-iam';
import { loadSdk } from '../aws/service-sdks';
import { iamListInfo, iamListPaging } from './iam-list';
import { type ResourceDescriptor, asArray, field, iso } from './resource';

/** ListUsers: the account's IAM users. */
export const iamUsers: ResourceDescriptor<IAMClient, ListUsersCommandInput> = {
  info: {
    ...iamListInfo,
    kind: 'iam-users',
    title: 'IAM users',
    sidebarLabel: 'IAM users',
    keyColumn: 'UserName',
    filterExamples: [
      "Path == '/engineering/'",
      'PasswordLastUsed == `null`',
      "CreateDate < '2021-01-01'",
    ],
    operation: 'ListUsers',
    iamAction: 'iam:ListUsers',
    cli: ['iam', 'list-users'],
    itemsPath: 'Users',
  },
  ...iamListPaging('Users'),
  operation: 'iam:ListUsers',
  columns: [
    field({ id: 'UserName', label: 'User name', type: 'text', path: ['UserName'] }),
    field({ id: 'Path', label: 'Path', type: 'text', path: ['Path'] }),
    field({ id: 'CreateDate', label: 'Created', type: 'date', path: ['CreateDate'] }),
    field({
      id: 'PasswordLastUsed',
      label: 'Password last used',
      type: 'date',
      path: ['PasswordLastUsed'],
    }),
    field({ id: 'UserId', label: 'User ID', type: 'text', path: ['UserId'] }),
    field({ id: 'Arn', label: 'ARN', type: 'text', path: ['Arn'] }),
  ],
  summaryBy: ['Path', 'month'],
  baseInput: () => ({}),
  send: async (client, input, signal) => {
    const { ListUsersCommand } = await loadSdk('iam');
    return client.send(new ListUsersCommand(input), { abortSignal: signal });
  },
  items(page) {
    const items = asArray(page.Users);
    for (const item of items) {
      item.CreateDate = iso(item.CreateDate);
      if (item.PasswordLastUsed !== undefined) item.PasswordLastUsed = iso(item.PasswordLastUsed);
    }
    return items;
  },
};
