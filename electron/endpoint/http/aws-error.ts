/**
 * A failure with the service's own error code and HTTP status. Handlers throw it; the server renders
 * it in the error document of the service that was called (S3 REST-XML, EC2 or STS Query).
 */
export class AwsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra elements of the S3 error document, e.g. BucketName or ArgumentName. */
    readonly fields: Readonly<Record<string, string>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = code;
  }
}

export const invalidArgument = (message: string, name: string, value: string): AwsError =>
  new AwsError(400, 'InvalidArgument', message, { ArgumentName: name, ArgumentValue: value });

export const ec2InvalidParameterValue = (message: string): AwsError =>
  new AwsError(400, 'InvalidParameterValue', message);
