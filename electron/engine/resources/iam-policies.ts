import type { IAMClient, ListPoliciesCommandInput } from '@aws-sdk/client-iam';
import { loadSdk } from '../aws/service-sdks';
import { iamListInfo, iamListPaging } from './iam-list';
import { type ResourceDescriptor, asArray, bool, field, iso, num } from './resource';

/**
 * ListPolicies with Scope=Local: the account's own managed policies, without the ~1,300 that
 * AWS manages (which every account sees alike).
 */
export const iamPolicies: ResourceDescriptor<IAMClient, ListPoliciesCommandInput> = {
  info: {
    ...iamListInfo,
    kind: 'iam-policies',
    title: 'IAM policies (customer managed)',
    sidebarLabel: 'IAM policies',
    keyColumn: 'PolicyName',
    filterExamples: [
      'AttachmentCount == `0`',
      "Path == '/boundaries/'",
      "starts_with(PolicyName, 'orders-')",
    ],
    operation: 'ListPolicies',
    iamAction: 'iam:ListPolicies',
    cli: ['iam', 'list-policies', '--scope', 'Local'],
    itemsPath: 'Policies',
  },
  ...iamListPaging('Policies'),
  operation: 'iam:ListPolicies',
  columns: [
    field({ id: 'PolicyName', label: 'Policy name', type: 'text', path: ['PolicyName'] }),
    field({ id: 'Path', label: 'Path', type: 'text', path: ['Path'] }),
    field(
      { id: 'AttachmentCount', label: 'Attachments', type: 'number', path: ['AttachmentCount'] },
      num,
    ),
    field(
      {
        id: 'PermissionsBoundaryUsageCount',
        label: 'Boundary uses',
        type: 'number',
        path: ['PermissionsBoundaryUsageCount'],
      },
      num,
    ),
    field({ id: 'DefaultVersionId', label: 'Version', type: 'text', path: ['DefaultVersionId'] }),
    field({ id: 'CreateDate', label: 'Created', type: 'date', path: ['CreateDate'] }),
    field({ id: 'UpdateDate', label: 'Updated', type: 'date', path: ['UpdateDate'] }),
    field({ id: 'IsAttachable', label: 'Attachable', type: 'bool', path: ['IsAttachable'] }, bool),
    field({ id: 'Arn', label: 'ARN', type: 'text', path: ['Arn'] }),
  ],
  summaryBy: ['Path', 'month'],
  baseInput: () => ({ Scope: 'Local' }),
  send: async (client, input, signal) => {
    const { ListPoliciesCommand } = await loadSdk('iam');
    return client.send(new ListPoliciesCommand(input), { abortSignal: signal });
  },
  items(page) {
    const items = asArray(page.Policies);
    for (const item of items) {
      item.CreateDate = iso(item.CreateDate);
      item.UpdateDate = iso(item.UpdateDate);
    }
    return items;
  },
};
