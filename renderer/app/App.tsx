import { useState } from 'react';
import { ConfigProblems } from './profiles/ConfigProblems';
import { MfaPrompt } from './profiles/MfaPrompt';
import { ProfilePicker } from './profiles/ProfilePicker';
import { RegionPicker } from './profiles/RegionPicker';
import { ShortcutsDialog } from './shell/ShortcutsDialog';
import { Sidebar } from './shell/Sidebar';
import { useGlobalShortcuts } from './shell/use-global-shortcuts';
import { useAppState } from './shell/use-app-state';
import { StartupProblems } from './shell/StartupProblems';
import { ViewPane } from './views/ViewPane';
import { isS3ObjectView, parentOf, topLevel } from './views/view-location';

/** The shell: sidebar (profile, region, resources) and the current view. */
export function App() {
  const app = useAppState();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = () => setShortcutsOpen(true);
  useGlobalShortcuts({ parent: parentOf(app.location), navigate: app.navigate, showShortcuts });
  const { profiles, regions, resources } = app.catalog;
  const pickers = (
    <>
      <ProfilePicker
        profiles={profiles.data?.profiles ?? []}
        value={app.profile}
        onChange={app.setProfile}
      />
      <RegionPicker
        regions={regions.data}
        value={app.region}
        regional={app.resource?.regional ?? true}
        onChange={app.setRegion}
      />
      <ConfigProblems problems={profiles.data?.problems ?? []} />
    </>
  );
  return (
    <div className="app">
      <Sidebar
        pickers={pickers}
        resources={resources.data?.resources ?? []}
        current={isS3ObjectView(app.location) ? 's3-buckets' : app.location.resource}
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
          paging={app.paging}
          onPaging={app.setPaging}
        />
      ) : (
        <StartupProblems errors={[profiles.error, regions.error, resources.error]} />
      )}
      <MfaPrompt />
      {shortcutsOpen ? <ShortcutsDialog onClose={() => setShortcutsOpen(false)} /> : null}
    </div>
  );
}
