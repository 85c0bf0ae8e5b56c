import type { ProfileInfo, ViewSpecInput } from '../../../shared/contract';
import { CopyButton } from '../common/CopyButton';
import { Popover } from '../common/Popover';
import { awsCommand, pagescopeCommand } from './cli-commands';

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

function Commands({ spec, profile }: { spec: ViewSpecInput; profile: ProfileInfo | undefined }) {
  const aws = awsCommand(spec, profile);
  return (
    <>
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
export function CopyCommand({
  spec,
  profile,
}: {
  spec: ViewSpecInput;
  profile: ProfileInfo | undefined;
}) {
  return (
    <Popover label="Copy as command" kind="dialog" className="popover-wide">
      <Commands spec={spec} profile={profile} />
    </Popover>
  );
}
