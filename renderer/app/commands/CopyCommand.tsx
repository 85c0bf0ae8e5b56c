import { useQuery } from '@tanstack/react-query';
import type {
  ProfileInfo,
  PushedDown,
  ResourceInfo,
  ViewSpecInput,
} from '../../../shared/contract';
import { useClient } from '../../api/client-context';
import { useResources } from '../profiles/use-catalog';
import { CopyButton } from '../common/CopyButton';
import { Popover } from '../common/Popover';
import { awsCommand, pagescopeCommand } from './cli-commands';
import { pushedDownText } from './pushed-down-text';

/** What the engine would leave to the service for this view's filter (asked of the engine). */
const usePushedDown = (spec: ViewSpecInput): PushedDown | null => {
  const client = useClient();
  const filter = spec.filter?.mode === 'item' && spec.filter.expression.trim() ? spec.filter : null;
  const view = { resource: spec.resource, params: spec.params ?? {} };
  const check = useQuery({
    queryKey: ['filter.check', filter, view],
    enabled: filter !== null,
    queryFn: async () => {
      const result = await client['filter.check']({ filter: filter!, view });
      return result.ok ? result.value.pushedDown : null;
    },
  });
  return filter ? (check.data ?? null) : null;
};

function CommandLine({
  title,
  command,
  copyLabel,
}: {
  title: string;
  command: string;
  copyLabel: string;
}) {
  return (
    <div className="command">
      <div className="command-head">
        <span>{title}</span>
        <CopyButton text={command} label={copyLabel} />
      </div>
      <code className="mono command-text">{command}</code>
    </div>
  );
}

interface CommandsProps {
  spec: ViewSpecInput;
  resource: ResourceInfo;
  profile: ProfileInfo | undefined;
}

function Commands({ spec, resource, profile }: CommandsProps) {
  const pushed = usePushedDown(spec);
  const regions = useResources().data?.resources.find((r) => r.listsRegions);
  const aws = awsCommand(spec, { resource, regions }, profile, pushed);
  return (
    <>
      {pushed ? (
        <p className="command-note" data-testid="command-pushdown">
          Done by AWS: {pushedDownText(pushed)}. The filter still checks every item.
        </p>
      ) : null}
      {aws ? <CommandLine title="AWS CLI" command={aws} copyLabel="Copy AWS CLI command" /> : null}
      <CommandLine
        title="pagescope"
        command={pagescopeCommand(spec)}
        copyLabel="Copy pagescope command"
      />
    </>
  );
}

/** "Copy as command": the current view as an AWS CLI command and as a `pagescope list` command. */
export function CopyCommand(props: CommandsProps) {
  return (
    <Popover label="Copy as command" kind="dialog" className="popover-wide">
      <Commands {...props} />
    </Popover>
  );
}
