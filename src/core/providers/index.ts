// Every receiving provider the engine knows, most specific first: gateways that sit in front
// of other providers (Proofpoint, Mimecast …) come before the mailbox providers behind them.

import type { Provider } from './types';

export const PROVIDER_LIST: readonly Provider[] = [];
