import { createContext, useContext, type ReactNode } from 'react';
import type { ContractClient } from '../../shared/contract';

const ClientContext = createContext<ContractClient | null>(null);

export function ClientProvider({
  client,
  children,
}: {
  client: ContractClient;
  children: ReactNode;
}) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The contract client; components get it here so tests can pass their own. */
export function useClient(): ContractClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a <ClientProvider>.');
  return client;
}
