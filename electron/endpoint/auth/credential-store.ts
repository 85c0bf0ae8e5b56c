import { randomBytes } from 'node:crypto';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../shared/demo-credentials';

/** Who signed a request: the demo user, or a session that AssumeRole handed out. */
export type Identity =
  | { kind: 'user'; accessKeyId: string }
  | {
      kind: 'session';
      accessKeyId: string;
      roleArn: string;
      roleName: string;
      sessionName: string;
      roleId: string;
    };

interface Session {
  identity: Identity & { kind: 'session' };
  secretAccessKey: string;
  sessionToken: string;
  expiresAt: number;
}

export type CredentialLookup =
  | { found: false }
  | {
      found: true;
      identity: Identity;
      secretAccessKey: string;
      sessionToken?: string;
      expiresAt?: number;
    };

const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const randomId = (length: number): string =>
  Array.from(randomBytes(length), (b) => alnum[b % alnum.length]).join('');

/** Temporary credentials live in memory only, for the life of the endpoint. */
export class CredentialStore {
  private readonly sessions = new Map<string, Session>();

  lookup(accessKeyId: string): CredentialLookup {
    if (accessKeyId === DEMO_ACCESS_KEY_ID) {
      return {
        found: true,
        identity: { kind: 'user', accessKeyId },
        secretAccessKey: DEMO_SECRET_ACCESS_KEY,
      };
    }
    const session = this.sessions.get(accessKeyId);
    if (!session) return { found: false };
    return { found: true, ...session };
  }

  issue(roleArn: string, sessionName: string, durationSeconds: number, now: number): Session {
    const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
    const accessKeyId = `ASIA${randomId(16)}`;
    const session: Session = {
      identity: {
        kind: 'session',
        accessKeyId,
        roleArn,
        roleName,
        sessionName,
        roleId: `AROA${randomId(17)}`,
      },
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(96).toString('base64')}`,
      expiresAt: now + durationSeconds * 1000,
    };
    this.sessions.set(accessKeyId, session);
    return session;
  }
}
