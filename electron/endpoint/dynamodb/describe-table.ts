import type { DemoTable } from '../data/dynamodb-tables';
import { itemSize } from './item-size';

/** https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html */
export const describeTable = (table: DemoTable) => ({
  Table: {
    TableName: table.name,
    TableArn: table.arn,
    TableId: `${table.arn.length.toString(16).padStart(8, '0')}-0000-4000-8000-${table.name.length.toString(16).padStart(12, '0')}`,
    TableStatus: 'ACTIVE',
    CreationDateTime: table.creationDateTime,
    KeySchema: table.key.map((k) => ({ AttributeName: k.name, KeyType: k.keyType })),
    AttributeDefinitions: table.key.map((k) => ({ AttributeName: k.name, AttributeType: k.type })),
    ItemCount: table.count,
    TableSizeBytes: table.count === 0 ? 0 : itemSize(table.item(0)) * table.count,
    BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
    ProvisionedThroughput: {
      NumberOfDecreasesToday: 0,
      ReadCapacityUnits: 0,
      WriteCapacityUnits: 0,
    },
  },
});
