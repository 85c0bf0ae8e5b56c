import { AwsError } from '../http/aws-error';

export const validation = (message: string): AwsError =>
  new AwsError(400, 'ValidationException', message);

export const tableNotFound = (name: string): AwsError =>
  new AwsError(
    400,
    'ResourceNotFoundException',
    `Requested resource not found: Table: ${name} not found`,
  );
