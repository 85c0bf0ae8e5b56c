import type { PushedDown } from '../../../shared/contract';

/** What the service does of the filter, in words: "Prefix logs/2024/03/; instance-state-name = running". */
export const pushedDownText = (pushed: PushedDown): string =>
  [
    ...(pushed.prefix !== null ? [`Prefix ${pushed.prefix}`] : []),
    ...pushed.filters.map((f) => `${f.name} = ${f.values.join(' or ')}`),
  ].join('; ');
