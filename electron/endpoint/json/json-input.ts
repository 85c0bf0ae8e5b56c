import { AwsError } from '../http/aws-error';

/**
 * Reading a JSON-protocol input as the service validates it: a member of the wrong type is a
 * SerializationException, a value outside its constraint the service's validation error with
 * AWS's "1 validation error detected" wording.
 */
export class JsonInput {
  constructor(
    private readonly input: Record<string, unknown>,
    /** The service's code for a constraint violation. */
    private readonly validationCode: string,
  ) {}

  private wrongType(name: string): AwsError {
    return new AwsError(400, 'SerializationException', `Unexpected value type for ${name}.`);
  }

  invalid(name: string, value: unknown, constraint: string): AwsError {
    return new AwsError(
      400,
      this.validationCode,
      `1 validation error detected: Value '${String(value)}' at '${name[0]!.toLowerCase()}${name.slice(1)}' failed to satisfy constraint: ${constraint}`,
    );
  }

  has(name: string): boolean {
    return this.input[name] !== undefined && this.input[name] !== null;
  }

  string(name: string): string | undefined {
    const value = this.input[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.wrongType(name);
    return value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.input[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw this.wrongType(name);
    return value;
  }

  /** An integer member within [min, max]; undefined when absent. */
  integer(name: string, min: number, max: number): number | undefined {
    const value = this.input[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) throw this.wrongType(name);
    if (value < min) {
      throw this.invalid(name, value, `Member must have value greater than or equal to ${min}`);
    }
    if (value > max) {
      throw this.invalid(name, value, `Member must have value less than or equal to ${max}`);
    }
    return value;
  }

  stringList(name: string): string[] | undefined {
    const value = this.input[name];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      throw this.wrongType(name);
    }
    return value as string[];
  }

  /** A member holding a JSON object (DynamoDB's ExclusiveStartKey). */
  object(name: string): Record<string, unknown> | undefined {
    const value = this.input[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw this.wrongType(name);
    return value as Record<string, unknown>;
  }
}
