import { KBLI_SECTIONS, type KbliSection, regencies } from '@jamsos/schema';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../gql/graphql';

/**
 * How a task's area reads: regency and district by name, the KBLI section by its title (the
 * letter kept in brackets, as the registry writes it), never as bare codes.
 */
export function areaNames(task: {
  regencyCode?: string | null;
  districtCode?: string | null;
  kbliSection?: string | null;
}): string[] {
  const names: string[] = [];
  const regency = regencies().find((r) => r.code === task.regencyCode || task.districtCode?.startsWith(`${r.code}.`));
  if (regency && task.regencyCode) names.push(regency.name);
  if (task.districtCode) {
    const district = regency?.districts.find((d) => d.code === task.districtCode);
    names.push(district ? `${district.name}, ${regency?.name}` : task.districtCode);
  }
  if (task.kbliSection && task.kbliSection in KBLI_SECTIONS) {
    names.push(`${KBLI_SECTIONS[task.kbliSection as KbliSection]} (KBLI ${task.kbliSection})`);
  }
  return names;
}

/** A task's status as a badge, in the user's language; an overdue one stands out. */
export function StatusBadge(props: { status: TaskStatus; overdue: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge status-${props.status.toLowerCase()}${props.overdue ? ' overdue' : ''}`}
      data-testid={props.testId}
    >
      {t(`taskStatus.${props.status}`)}
      {props.overdue ? ` · ${t('tasks.overdue')}` : ''}
    </span>
  );
}

/**
 * "Tersimpan" after a save, for a few seconds: people who see nothing happen save twice.
 * `mark` is called when the page already shows the saved state.
 */
export function useSavedNote(): { saved: boolean; mark: () => void } {
  const [at, setAt] = useState<number | null>(null);
  useEffect(() => {
    if (at === null) return;
    const timer = window.setTimeout(() => setAt(null), 4000);
    return () => window.clearTimeout(timer);
  }, [at]);
  const mark = useCallback(() => setAt(Date.now()), []);
  return { saved: at !== null, mark };
}

export function SavedNote(props: { saved: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="saved-note" role="status" aria-live="polite" data-testid="saved">
      {props.saved ? `✓ ${t('tasks.saved')}` : ''}
    </p>
  );
}

/**
 * A person as the page names them: the display name, with the email beside it (`withEmail`) or
 * on hover; the email alone only for entries written before names were kept.
 */
export function Person(props: { name: string | null | undefined; email?: string | null; withEmail?: boolean }) {
  if (!props.name) return <span>{props.email ?? '—'}</span>;
  return (
    <span title={props.email ?? undefined}>
      <strong>{props.name}</strong>
      {props.withEmail && props.email ? <span className="muted small"> {props.email}</span> : null}
    </span>
  );
}
