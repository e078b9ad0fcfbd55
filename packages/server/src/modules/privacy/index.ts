import type { Feature } from '../common/feature';
import { PersonRecordResolver } from './person-record.resolver';
import { privacyRules } from './privacy.rules';

/**
 * Personal data (UU 27/2022; docs/privacy.md): a person's record for their requests. The rest of
 * the module is used by other features and by jobs: the whole-NIK look-up limit
 * (nik-lookup.service.ts, asked by the worker list and the export) and retention (retention.ts).
 */
export const privacyFeature: Feature = {
  name: 'privacy',
  resolvers: [PersonRecordResolver],
  rules: [privacyRules],
};
