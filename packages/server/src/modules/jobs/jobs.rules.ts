import { isOperator, type RuleMap } from '../common/rules';

/** The queue spans every tenant: only the platform operator sees it and puts failed jobs back. */
export const jobsRules: RuleMap = {
  Query: { backgroundJobs: isOperator, jobSchedules: isOperator },
  Mutation: { retryBackgroundJob: isOperator },
};
