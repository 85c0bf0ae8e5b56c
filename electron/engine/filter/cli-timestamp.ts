/**
 * A timestamp as the AWS CLI v2 shows it (its default `cli_timestamp_format = iso8601`):
 * Python's datetime.isoformat() of the UTC time, `2026-12-02T17:15:17+00:00`, with microseconds
 * only when there are some. The CLI makes this string before its --query runs, so expressions
 * compare and print timestamps as these strings.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html#cli-config-cli_timestamp_format
 */
export const cliTimestamp = (date: Date): string => {
  const iso = date.toISOString();
  const ms = date.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}000`;
  return `${iso.slice(0, 19)}${fraction}+00:00`;
};
