import type { Feature } from '../common/feature';
import { PersonRecordResolver } from './person-record.resolver';
import { privacyRules } from './privacy.rules';
import { runArchivedWorkerErasure, runAuditRetention, runExpiredAccessCleanup } from './retention';

/**
 * Personal data (UU 27/2022; docs/privacy.md): a person's record for their requests. The rest of
 * the module is used by other features and by jobs: the whole-NIK look-up limit
 * (nik-lookup.service.ts, asked by the worker list and the export) and retention (retention.ts).
 */
export const privacyFeature: Feature = {
  name: 'privacy',
  resolvers: [PersonRecordResolver],
  rules: [privacyRules],
  // Retention (docs/privacy.md): each a nightly sweep on the owner's connection, one at a time;
  // each writes what it removed to the audit log and does nothing twice when run again.
  jobs: [
    {
      name: 'retention-archived-workers',
      cron: '15 2 * * *',
      exclusive: true,
      run: async (job) => void (await runArchivedWorkerErasure(job.em, job.config, new Date())),
    },
    {
      name: 'retention-expired-access',
      cron: '30 2 * * *',
      exclusive: true,
      run: async (job) => void (await runExpiredAccessCleanup(job.em, job.config, new Date())),
    },
    {
      name: 'retention-audit',
      cron: '45 2 * * *',
      exclusive: true,
      run: async (job) => void (await runAuditRetention(job.em, job.config, new Date())),
    },
  ],
};
