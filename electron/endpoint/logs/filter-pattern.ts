import { AwsError } from '../http/aws-error';

/** Whether a message matches a filter pattern. */
export type EventMatcher = (message: string) => boolean;

/** The matcher of a pattern that keeps every event: callers need not make its messages. */
export const MATCH_ALL: EventMatcher = () => true;

interface Term {
  kind: 'all' | 'any' | 'none';
  text: string;
}

const unsupported = (why: string): AwsError =>
  new AwsError(400, 'InvalidParameterException', `Invalid filter pattern: ${why}.`);

const TERM = /^[A-Za-z0-9]+$/;

const readTerm = (item: string): Term => {
  const kind = item.startsWith('?') ? 'any' : item.startsWith('-') ? 'none' : 'all';
  const body = kind === 'all' ? item : item.slice(1);
  if (body.startsWith('"')) return { kind, text: body.slice(1, -1) };
  if (!TERM.test(body)) {
    throw unsupported(`enclose "${body}" in double quotation marks (it is not alphanumeric)`);
  }
  return { kind, text: body };
};

/** Splits at spaces outside double quotation marks; a quote left open is refused. */
const items = (pattern: string): string[] => {
  const out: string[] = [];
  const re = /\s*([?-]?(?:"[^"]*"|[^\s"]+))(?=\s|$)/y;
  let at = 0;
  while (at < pattern.length) {
    re.lastIndex = at;
    const m = re.exec(pattern);
    if (!m) throw unsupported('a quoted phrase is not closed, or a quote is inside a term');
    out.push(m[1]!);
    at = re.lastIndex;
    while (at < pattern.length && /\s/.test(pattern[at]!)) at += 1;
  }
  return out;
};

/**
 * CloudWatch Logs' filter pattern for unstructured events, the documented subset served here
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html):
 * terms and "exact phrases", case-sensitive, matched in the message; `A B` needs both, `?A ?B`
 * either, `A -B` A without B; `" "` (a blank phrase) and an empty pattern match every event.
 * JSON (`{ $.x = 1 }`), space-delimited (`[a, b]`) and regex (`%...%`) patterns, and `?` terms
 * mixed with others, are refused with InvalidParameterException rather than guessed at.
 */
export const compileFilterPattern = (pattern: string | undefined): EventMatcher => {
  const trimmed = (pattern ?? '').trim();
  if (trimmed === '') return MATCH_ALL;
  if (/^[{[%]/.test(trimmed)) {
    throw unsupported('JSON, space-delimited and regex patterns are not supported here');
  }
  const terms = items(trimmed).map(readTerm);
  const blank = (t: Term) => t.text.trim() === '';
  const any = terms.filter((t) => t.kind === 'any');
  if (any.length > 0) {
    if (any.length !== terms.length) throw unsupported('?terms cannot be mixed with other terms');
    if (any.some(blank)) return MATCH_ALL;
    return (message) => any.some((t) => message.includes(t.text));
  }
  const all = terms.filter((t) => t.kind === 'all' && !blank(t)).map((t) => t.text);
  const none = terms.filter((t) => t.kind === 'none').map((t) => t.text);
  if (none.some((text) => text.trim() === '')) throw unsupported('an excluded phrase is blank');
  return (message) =>
    all.every((text) => message.includes(text)) && !none.some((text) => message.includes(text));
};
