import type { LambdaClient, ListFunctionsCommandInput } from '@aws-sdk/client-lambda';
import { loadSdk } from '../aws/service-sdks';
import { type ResourceDescriptor, asArray, field, num, text } from './resource';

/**
 * ListFunctions: a region's functions, at most 50 a page (botocore: input_token Marker,
 * output_token NextMarker, limit_key MaxItems). LastModified stays Lambda's own text
 * ("2024-01-02T03:04:05.000+0000"), as the AWS CLI prints it.
 */
export const lambdaFunctions: ResourceDescriptor<LambdaClient, ListFunctionsCommandInput> = {
  info: {
    kind: 'lambda-functions',
    title: 'Lambda functions',
    service: 'lambda',
    serviceTitle: 'AWS Lambda',
    sidebarLabel: 'Lambda functions',
    regional: true,
    global: false,
    params: [],
    keyColumn: 'FunctionName',
    filterExamples: [
      "Runtime == 'python3.12'",
      'MemorySize >= `1024`',
      "PackageType == 'Image'",
      "starts_with(FunctionName, 'payments')",
    ],
    operation: 'ListFunctions',
    iamAction: 'lambda:ListFunctions',
    cli: ['lambda', 'list-functions'],
    itemsPath: 'Functions',
    child: null,
    parent: null,
    folders: false,
    alternate: null,
    listsRegions: false,
  },
  service: 'lambda',
  operation: 'lambda:ListFunctions',
  inputTokens: ['Marker'],
  outputTokens: ['NextMarker'],
  limitKey: 'MaxItems',
  resultKeys: ['Functions'],
  moreResultsKey: null,
  // Lambda answers at most 50 a page, however many are asked for.
  defaultPageSize: 50,
  minPageSize: 1,
  columns: [
    field({ id: 'FunctionName', label: 'Function', type: 'text', path: ['FunctionName'] }),
    field({ id: 'Runtime', label: 'Runtime', type: 'text', path: ['Runtime'] }),
    field({ id: 'MemorySize', label: 'Memory (MB)', type: 'number', path: ['MemorySize'] }, num),
    field({ id: 'Timeout', label: 'Timeout (s)', type: 'number', path: ['Timeout'] }, num),
    field({ id: 'CodeSize', label: 'Code size', type: 'bytes', path: ['CodeSize'] }, num),
    field({ id: 'LastModified', label: 'Last modified', type: 'date', path: ['LastModified'] }),
    field({ id: 'PackageType', label: 'Package', type: 'text', path: ['PackageType'] }),
    {
      id: 'Architecture',
      label: 'Architecture',
      type: 'text',
      get: (item) => (Array.isArray(item.Architectures) ? text(item.Architectures[0]) : null),
    },
    field({ id: 'Description', label: 'Description', type: 'text', path: ['Description'] }),
  ],
  summaryBy: ['Runtime', 'PackageType', 'month'],
  baseInput: () => ({}),
  target: () => null,
  send: async (client, input, signal) => {
    const { ListFunctionsCommand } = await loadSdk('lambda');
    return client.send(new ListFunctionsCommand(input), { abortSignal: signal });
  },
  items: (page) => asArray(page.Functions),
};
