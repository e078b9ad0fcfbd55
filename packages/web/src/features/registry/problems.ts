import { ErrorCode, type FieldProblem, type RegistryProblem, registryMessage } from '@jamsos/schema';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** The messages of field problems, in the language the user reads (from the shared table). */
export function useProblemMessages() {
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'id';
  return (problem: RegistryProblem | FieldProblem) => registryMessage(problem, locale);
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
  if (extensions?.code !== ErrorCode.Conflict) return null;
  return Array.isArray(extensions.changes)
    ? (extensions.changes as { field: string; after: unknown; by: string | null }[])
    : [];
}

/** First problem per field (with its range, if any), for inline messages next to each input. */
export function byField(problems: readonly FieldProblem[]): Record<string, FieldProblem> {
  const result: Record<string, FieldProblem> = {};
  for (const p of problems) result[p.field] ??= p;
  return result;
}

/**
 * The server's field problems that still apply: a problem disappears as soon as its field is
 * edited (the server judged the old value, not the one now in the input). The form's values are
 * remembered when a new set of problems arrives and compared field by field.
 */
export function useFreshServerProblems(problems: readonly FieldProblem[], form: object): Record<string, FieldProblem> {
  const values = form as Readonly<Record<string, unknown>>;
  const answered = useRef<{ key: string; values: Readonly<Record<string, unknown>> } | null>(null);
  const key = JSON.stringify(problems);
  if (answered.current?.key !== key) answered.current = { key, values };
  const judged = answered.current.values;
  const fresh: Record<string, FieldProblem> = {};
  for (const [field, problem] of Object.entries(byField(problems))) {
    if (JSON.stringify(judged[field]) === JSON.stringify(values[field])) fresh[field] = problem;
  }
  return fresh;
}
