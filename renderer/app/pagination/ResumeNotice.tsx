import { CopyButton } from '../common/CopyButton';

/** Shown when MaxItems stopped the listing: the NextToken, its copy, and "Continue". */
export function ResumeNotice({
  token,
  maxItems,
  onContinue,
}: {
  token: string;
  maxItems: number | undefined;
  onContinue(): void;
}) {
  return (
    <section className="notice" aria-label="Max items reached">
      <span>Stopped after {maxItems?.toLocaleString() ?? 'max'} items. NextToken:</span>
      <code className="token" title={token}>
        {token}
      </code>
      <CopyButton text={token} label="Copy NextToken" />
      <button type="button" className="btn btn-small" onClick={onContinue}>
        Continue
      </button>
    </section>
  );
}
