import { type FieldProblem, type RegistryProblem, registryMessage } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** The messages of field problems, in the language the user reads (from the shared table). */
export function useProblemMessages() {
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'id';
  return (problem: RegistryProblem) => registryMessage(problem, locale);
}

/** The field problems a server refusal carries (`extensions.problems`), if any. */
export function serverProblems(error: CombinedError | undefined): FieldProblem[] {
  const problems = error?.graphQLErrors[0]?.extensions?.problems;
  return Array.isArray(problems) ? (problems as FieldProblem[]) : [];
}

/** A stale-version refusal: what someone else changed in the meantime. */
export function conflictOf(
  error: CombinedError | undefined,
): { field: string; after: unknown; by: string | null }[] | null {
  const extensions = error?.graphQLErrors[0]?.extensions;
  if (extensions?.code !== 'CONFLICT') return null;
  return Array.isArray(extensions.changes)
    ? (extensions.changes as { field: string; after: unknown; by: string | null }[])
    : [];
}

/** First problem per field, for inline messages next to each input. */
export function byField(problems: readonly FieldProblem[]): Record<string, RegistryProblem> {
  const result: Record<string, RegistryProblem> = {};
  for (const p of problems) result[p.field] ??= p.problem;
  return result;
}
