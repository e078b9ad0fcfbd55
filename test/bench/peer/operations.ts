import { businessesOperation, partnerOperation } from './businesses';
import type { PeerOperation } from './page';
import { tasksOperation } from './tasks';
import { workersOperation } from './workers';

export type { PeerFixture, PeerOperation, PeerPage, PeerRequest, PortalClients } from './page';

/**
 * The operations the peer benchmark measures, in order (the shapes they share are in page.ts):
 * the web client's list pages asked of the portal, PostGraphile and the raw-`pg` server.
 */
export const PEER_OPERATIONS: readonly PeerOperation[] = [
  businessesOperation('businesses', 'Businesses: first page of 20 by name, with totalCount', false),
  businessesOperation('businessesFiltered', 'Businesses filtered by a district and a KBLI section', true),
  workersOperation('workers', 'Workers: first page of 20 by name, with their businesses and totalCount', false),
  workersOperation('workersSearch', 'Workers by name search (app_worker_name_search), first page', true),
  tasksOperation,
  partnerOperation,
];
