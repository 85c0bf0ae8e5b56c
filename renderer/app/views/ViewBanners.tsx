import type { ApiError, PageResult, RegionError, ResourceInfo } from '../../../shared/contract';
import { ResumeNotice } from '../pagination/ResumeNotice';
import { ErrorBanner } from './ErrorBanner';
import { RegionErrors } from './RegionErrors';

interface ViewBannersProps {
  error: ApiError | null;
  pages: readonly PageResult[];
  resource: ResourceInfo;
  profile: string;
  loaded: number;
  onRetry(): void;
  maxItems: number | undefined;
  onContinue(token: string): void;
}

const regionErrorsOf = (pages: readonly PageResult[]): RegionError[] => {
  const byRegion = new Map<string, RegionError>();
  for (const page of pages) for (const e of page.regionErrors) byRegion.set(e.region, e);
  return [...byRegion.values()];
};

/** Messages above the table: the view's error, failed regions, and where MaxItems stopped. */
export function ViewBanners(props: ViewBannersProps) {
  const last = props.pages[props.pages.length - 1];
  const token = last && last.nextCursor === null ? last.resumeToken : null;
  return (
    <>
      {props.error ? (
        <ErrorBanner
          error={props.error}
          resource={props.resource}
          profile={props.profile}
          loaded={props.loaded}
          onRetry={props.onRetry}
        />
      ) : null}
      <RegionErrors errors={regionErrorsOf(props.pages)} />
      {token ? (
        <ResumeNotice
          token={token}
          maxItems={props.maxItems}
          onContinue={() => props.onContinue(token)}
        />
      ) : null}
    </>
  );
}
