import type { IAMClient, ListRolesCommandInput } from '@aws-sdk/client-iam';
import { loadSdk } from '../aws/service-sdks';
import { iamListInfo, iamListPaging } from './iam-list';
import { decodePolicyDocument, trustedServices } from './iam-policy-document';
import { type ResourceDescriptor, asArray, field, iso, num } from './resource';

/** ListRoles: the account's IAM roles (thousands in a large account). */
export const iamRoles: ResourceDescriptor<IAMClient, ListRolesCommandInput> = {
  info: {
    ...iamListInfo,
    kind: 'iam-roles',
    title: 'IAM roles',
    sidebarLabel: 'IAM roles',
    keyColumn: 'RoleName',
    filterExamples: [
      "starts_with(Path, '/service-role/')",
      "contains(RoleName, 'prod')",
      'MaxSessionDuration > `3600`',
    ],
    operation: 'ListRoles',
    iamAction: 'iam:ListRoles',
    cli: ['iam', 'list-roles'],
    itemsPath: 'Roles',
  },
  ...iamListPaging('Roles'),
  operation: 'iam:ListRoles',
  columns: [
    field({ id: 'RoleName', label: 'Role name', type: 'text', path: ['RoleName'] }),
    field({ id: 'Path', label: 'Path', type: 'text', path: ['Path'] }),
    {
      id: 'TrustedBy',
      label: 'Trusted by',
      type: 'text',
      get: (item) => trustedServices(item.AssumeRolePolicyDocument),
    },
    field({ id: 'CreateDate', label: 'Created', type: 'date', path: ['CreateDate'] }),
    field(
      {
        id: 'MaxSessionDuration',
        label: 'Max session (s)',
        type: 'number',
        path: ['MaxSessionDuration'],
      },
      num,
    ),
    field({ id: 'Description', label: 'Description', type: 'text', path: ['Description'] }),
    field({ id: 'Arn', label: 'ARN', type: 'text', path: ['Arn'] }),
  ],
  summaryBy: ['Path', 'month'],
  baseInput: () => ({}),
  send: async (client, input, signal) => {
    const { ListRolesCommand } = await loadSdk('iam');
    const page = await client.send(new ListRolesCommand(input), { abortSignal: signal });
    // Decoded in the page, where botocore decodes it, so a --query over pages sees JSON too.
    const roles = page.Roles?.map((role) => ({
      ...role,
      AssumeRolePolicyDocument: decodePolicyDocument(role.AssumeRolePolicyDocument),
    }));
    return { ...page, Roles: roles };
  },
  items(page) {
    const items = asArray(page.Roles);
    for (const item of items) item.CreateDate = iso(item.CreateDate);
    return items;
  },
};
