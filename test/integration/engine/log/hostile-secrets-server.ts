import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PlantedSecrets {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export interface HostileSecretsServer {
  url: string;
  /** What the next responses echo: any secret the server learnt, in the body and the headers. */
  plant(secrets: PlantedSecrets[], status: number, code: string): void;
  stop(): Promise<void>;
}

const echoOf = (req: IncomingMessage, secrets: PlantedSecrets[]): string =>
  [
    `Authorization: ${req.headers.authorization ?? ''}`,
    `token ${String(req.headers['x-amz-security-token'] ?? '')}`,
    ...secrets.flatMap((s) => [
      `key ${s.accessKeyId}`,
      `secret ${s.secretAccessKey}`,
      `session ${s.sessionToken}`,
    ]),
  ].join('; ');

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * An S3- and EC2-compatible server that refuses every request and echoes the caller's
 * Authorization header, session token and any other secret it was told, in the error's message,
 * in its code and in response headers: the worst a server can do with what it receives.
 */
export const startHostileSecretsServer = async (): Promise<HostileSecretsServer> => {
  let secrets: PlantedSecrets[] = [];
  let status = 403;
  let code = 'InvalidAccessKeyId';
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const echo = xmlText(echoOf(req, secrets));
      const ec2 = req.method === 'POST';
      const body = ec2
        ? `<?xml version="1.0"?><Response><Errors><Error><Code>${code}</Code><Message>${echo}</Message></Error></Errors><RequestID>r1</RequestID></Response>`
        : `<?xml version="1.0"?><Error><Code>${code}</Code><Message>${echo}</Message><RequestId>r1</RequestId></Error>`;
      res.writeHead(status, {
        'Content-Type': 'application/xml',
        'x-amz-request-id': secrets[0]?.accessKeyId ?? 'r1',
        'x-amz-error-message': echoOf(req, secrets).replace(/[^\x20-\x7e]/g, ''),
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    plant(next, nextStatus, nextCode) {
      secrets = next;
      status = nextStatus;
      code = nextCode;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
