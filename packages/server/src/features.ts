import { agreementFeature } from './modules/agreement';
import { auditFeature } from './modules/audit';
import { businessFeature } from './modules/business';
import type { Feature } from './modules/common/feature';
import { nodeFeature } from './modules/common/node.resolver';
import { dashboardFeature } from './modules/dashboard';
import { enrolmentFeature } from './modules/enrolment';
import { importFeature } from './modules/import';
import { jobsFeature } from './modules/jobs';
import { mailFeature } from './modules/mail';
import { notificationFeature } from './modules/notification';
import { organizationFeature } from './modules/organization';
import { outreachFeature } from './modules/outreach';
import { privacyFeature } from './modules/privacy';
import { userFeature } from './modules/user';
import { workerFeature } from './modules/worker';

/**
 * The registry: every feature of the app, one line each. The schema (resolvers), the permission
 * layer (rule maps), `node(id:)` (node loaders) and the HTTP app (routes) read this list and
 * nothing else, so adding a feature is one folder under modules/ with an `index.ts`, and one line
 * here (its entities also go into mikro-orm.config.ts; see docs/architecture.md, "Adding a feature").
 */
const domainFeatures: readonly Feature[] = [
  agreementFeature,
  auditFeature,
  businessFeature,
  dashboardFeature,
  enrolmentFeature,
  importFeature,
  jobsFeature,
  mailFeature,
  notificationFeature,
  organizationFeature,
  outreachFeature,
  privacyFeature,
  userFeature,
  workerFeature,
];

/** The features and `node(id:)` over their node loaders. */
export const features: readonly Feature[] = [...domainFeatures, nodeFeature(domainFeatures)];
