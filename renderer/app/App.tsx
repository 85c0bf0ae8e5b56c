import { useState } from 'react';
import { ConfigProblems } from './profiles/ConfigProblems';
import { MfaPrompt } from './profiles/MfaPrompt';
import { ProfilePicker } from './profiles/ProfilePicker';
import { RegionListNote } from './profiles/RegionListNote';
import { RegionPicker } from './profiles/RegionPicker';
import { ShortcutsDialog } from './shell/ShortcutsDialog';
import { Sidebar } from './shell/Sidebar';
import { useGlobalShortcuts } from './shell/use-global-shortcuts';
import { useAppState } from './shell/use-app-state';
import { StartupProblems } from './shell/StartupProblems';
import { ViewPane } from './views/ViewPane';
import { useResourceLookup } from './profiles/use-catalog';
import { parentOf, sidebarKindOf, topLevel } from './views/view-location';

/** The shell: sidebar (profile, region, resources) and the current view. */
export function App() {
  const app = useAppState();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = () => setShortcutsOpen(true);
  const lookup = useResourceLookup();
  useGlobalShortcuts({
    parent: parentOf(app.location, lookup),
    navigate: app.navigate,
    showShortcuts,
  });
  const { profiles, regions, resources } = app.catalog;
  const catalog = [profiles, regions, resources];
  // Profiles first: listing them re-reads the files and drops cached clients, which the other
  // calls then make afresh.
  const retryCatalog = async () => {
    await profiles.refetch();
    void regions.refetch();
    void resources.refetch();
  };
  const pickers = (
    <>
      <ProfilePicker
        profiles={profiles.data?.profiles ?? []}
        value={app.profile}
        onChange={app.setProfile}
      />
      {app.resource?.global ? (
        <p className="picker-note">{app.resource.serviceTitle} is global: no region to choose.</p>
      ) : (
        <RegionPicker
          regions={regions.data}
          defaultRegion={app.profileInfo?.defaultRegion ?? null}
          loading={regions.isPending && regions.fetchStatus === 'fetching'}
          placeholder={profiles.isError ? 'No profile' : 'Loading…'}
          value={app.region}
          regional={app.resource?.regional ?? true}
          onChange={app.setRegion}
          note={
            <RegionListNote
              unavailable={regions.data?.unavailable ?? null}
              failure={regions.error}
              profile={app.profile ?? ''}
              retrying={regions.isFetching}
              onRetry={() => void regions.refetch()}
            />
          }
        />
      )}
      <ConfigProblems problems={profiles.data?.problems ?? []} />
    </>
  );
  return (
    <div className="app">
      <Sidebar
        pickers={pickers}
        resources={resources.data?.resources ?? []}
        current={sidebarKindOf(app.location, lookup)}
        onOpen={(kind) => app.navigate(topLevel(kind))}
        onShortcuts={showShortcuts}
      />
      {app.spec && app.resource ? (
        <ViewPane
          key={app.restored}
          spec={app.spec}
          location={app.location}
          resource={app.resource}
          profile={app.profileInfo}
          onNavigate={app.navigate}
          onFilter={app.setFilter}
          onColumns={app.setColumns}
          paging={app.paging}
          onPaging={app.setPaging}
        />
      ) : (
        <StartupProblems
          errors={catalog.map((query) => query.error)}
          retrying={catalog.some((query) => query.isFetching)}
          onRetry={() => void retryCatalog()}
        />
      )}
      <MfaPrompt />
      {shortcutsOpen ? <ShortcutsDialog onClose={() => setShortcutsOpen(false)} /> : null}
    </div>
  );
}
