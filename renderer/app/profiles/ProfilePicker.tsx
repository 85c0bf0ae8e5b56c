import { useId } from 'react';
import type { ProfileInfo, ProfileKind } from '../../../shared/contract';

const KIND_LABEL: Record<ProfileKind, string> = {
  demo: 'built-in demo',
  environment: 'environment',
  static: 'static keys',
  'assume-role': 'assume role',
  sso: 'SSO',
  'credential-process': 'credential process',
  unknown: 'unknown',
};

export function ProfilePicker(props: {
  profiles: ProfileInfo[];
  value: string | null;
  onChange(name: string): void;
}) {
  const id = useId();
  return (
    <div className="picker">
      <label htmlFor={id}>Profile</label>
      <select
        id={id}
        className="select"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.value === null ? <option value="">Loading…</option> : null}
        {props.profiles.map((p) => (
          <option key={p.name} value={p.name}>
            {p.name} — {KIND_LABEL[p.kind]}
          </option>
        ))}
      </select>
    </div>
  );
}
