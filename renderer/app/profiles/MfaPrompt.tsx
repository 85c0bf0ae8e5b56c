import { useEffect, useId, useState, type FormEvent } from 'react';
import type { MfaPrompt as MfaPromptEvent } from '../../../shared/contract';
import { useClient } from '../../api/client-context';

/**
 * Assume-role profiles with an MFA device ask for a code through the `mfa.prompt` event; the
 * answer (or a decline) goes back with `mfa.answer`. One prompt at a time, oldest first.
 */
export function MfaPrompt() {
  const client = useClient();
  const [queue, setQueue] = useState<MfaPromptEvent[]>([]);
  const [code, setCode] = useState('');
  const id = useId();
  useEffect(() => client.on('mfa.prompt', (prompt) => setQueue((q) => [...q, prompt])), [client]);
  const prompt = queue[0];
  if (!prompt) return null;
  const answer = (value: string | null) => {
    void client['mfa.answer']({ promptId: prompt.promptId, code: value });
    setQueue((q) => q.slice(1));
    setCode('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{6}$/.test(code)) answer(code);
  };
  return (
    <div role="dialog" aria-modal="true" aria-labelledby={id} className="modal">
      <form className="modal-body" onSubmit={submit}>
        <h2 id={id}>MFA code for {prompt.profile}</h2>
        <p className="muted">Device {prompt.serialNumber}</p>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          aria-label="MFA code"
          pattern="\d{6}"
          maxLength={6}
          autoFocus
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={() => answer(null)}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={code.length !== 6}>
            Continue
          </button>
        </div>
      </form>
    </div>
  );
}
