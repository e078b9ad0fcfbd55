import type { Feature } from '../common/feature';
import { noticeRenewalsOfRegencies } from './assistance.service';
import { AssistanceProgramme, EnrolmentLine, EnrolmentRequest } from './enrolment.entity';
import {
  AssistanceProgrammeResolver,
  EnrolmentLineResolver,
  EnrolmentRequestResolver,
  WorkerEnrolmentResolver,
} from './enrolment.resolver';
import { enrolmentFileRoutes } from './enrolment.routes';
import { enrolmentRules } from './enrolment.rules';
import { AssistanceProgrammeType, EnrolmentLineType, EnrolmentRequestType } from './enrolment.type';

/** Enrolment requests to BPJS, their processing and results, and assistance programmes (issue 17); renewal notices daily at 06:30. */
export const enrolmentFeature: Feature = {
  name: 'enrolment',
  resolvers: [EnrolmentRequestResolver, EnrolmentLineResolver, WorkerEnrolmentResolver, AssistanceProgrammeResolver],
  rules: [enrolmentRules],
  routes: enrolmentFileRoutes,
  jobs: [
    {
      name: 'assistance-renewals',
      cron: '30 6 * * *',
      exclusive: true,
      run: async (job) => void (await noticeRenewalsOfRegencies(job)),
    },
  ],
  nodes: {
    // Either party sees a request (the office not a draft); the policies say so.
    [EnrolmentRequestType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(EnrolmentRequest, { id }, { populate: ['organization', 'recipient'] });
      return entity && ctx.viewer ? EnrolmentRequestType.from(entity, ctx.viewer.organization.id) : null;
    },
    [EnrolmentLineType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(EnrolmentLine, { id });
      return entity && ctx.viewer ? EnrolmentLineType.from(entity, ctx.viewer.organization.id) : null;
    },
    [AssistanceProgrammeType.typename]: async (ctx, id) => {
      const entity = await ctx.em.findOne(AssistanceProgramme, { id });
      return entity ? AssistanceProgrammeType.from(entity) : null;
    },
  },
};
