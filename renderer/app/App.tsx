import { useQuery } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { unwrap } from '../api/unwrap';

// First screen of the foundation: proves renderer -> contract -> main -> AWS files end to end.
// The browsing UI replaces it.
export function App() {
  const client = useClient();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => unwrap(client['app.info']({})) });
  const profiles = useQuery({
    queryKey: ['profiles.list'],
    queryFn: () => unwrap(client['profiles.list']({})),
  });
  return (
    <main>
      <h1>PageScope</h1>
      <label>
        Profile{' '}
        <select aria-label="Profile">
          {profiles.data?.profiles.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name} ({p.kind})
            </option>
          ))}
        </select>
      </label>
      <div role="status">
        {info.data ? `PageScope ${info.data.version} · ${info.data.mode} mode` : 'Connecting…'}
        {profiles.error ? ` · ${profiles.error.message}` : ''}
      </div>
    </main>
  );
}
