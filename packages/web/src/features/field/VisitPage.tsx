import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient } from 'urql';
import { Field } from '../registry/Field';
import { InterestList, useCandidates } from './InterestList';
import { enqueue, newClientId, syncNow } from './outbox';
import { useFieldTasks } from './useFieldTasks';

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A visit report, written with or without signal: kept in the outbox, sent when it can be. */
export function FieldVisitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useClient();
  const taskId = decodeURIComponent(useParams().taskId ?? '');
  const { tasks } = useFieldTasks();
  const task = tasks.find((candidate) => candidate.id === taskId);
  const [form, setForm] = useState({
    businessId: '',
    visitedOn: today(),
    peopleReached: '0',
    workersRegistered: '0',
    notes: '',
  });
  const candidates = useCandidates(form.businessId);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const toggle = (key: string) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setChosen(next);
  };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    // The server's checks, asked here first so a mistake shows while the officer is still there.
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.visitedOn) || form.visitedOn > today())
      found.visitedOn = t('field.visit.badDate');
    for (const field of ['peopleReached', 'workersRegistered'] as const)
      if (!/^\d{1,6}$/.test(form[field].trim())) found[field] = t('field.visit.badNumber');
    setErrors(found);
    if (Object.keys(found).length > 0 || !task) return;
    enqueue({
      clientId: newClientId(),
      kind: 'visit',
      madeAt: new Date().toISOString(),
      taskId,
      taskTitle: task.title,
      input: {
        taskId,
        businessId: form.businessId || null,
        visitedOn: form.visitedOn,
        peopleReached: Number(form.peopleReached),
        workersRegistered: Number(form.workersRegistered),
        notes: form.notes.trim(),
      },
    });
    // Each worker marked as wanting to join BPJS: a change of its own, after the report.
    for (const candidate of candidates) {
      if (!chosen.has(candidate.key) || candidate.since || candidate.queued) continue;
      enqueue({
        clientId: newClientId(),
        kind: 'interest',
        madeAt: new Date().toISOString(),
        taskId,
        taskTitle: task.title,
        input: { workerId: candidate.workerId, workerClientId: candidate.workerClientId, name: candidate.name },
      });
    }
    void syncNow(client);
    navigate('/lapangan', { state: { notice: 'field.kept' } });
  }

  return (
    <form className="field-stack field-form" onSubmit={submit} noValidate>
      <p>
        <Link to="/lapangan">← {t('field.title')}</Link>
      </p>
      <h1>{t('field.visit.title')}</h1>
      {task && <p className="muted">{task.title}</p>}
      <Field id="visit-business" label={t('field.visit.business')}>
        <select id="visit-business" value={form.businessId} onChange={set('businessId')}>
          <option value="">{t('field.visit.noBusiness')}</option>
          {task?.targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.name}
            </option>
          ))}
        </select>
      </Field>
      <InterestList businessId={form.businessId} candidates={candidates} chosen={chosen} onToggle={toggle} />
      <Field id="visit-date" label={t('field.visit.visitedOn')} error={errors.visitedOn}>
        <input id="visit-date" type="date" value={form.visitedOn} max={today()} onChange={set('visitedOn')} />
      </Field>
      <Field id="visit-reached" label={t('field.visit.peopleReached')} error={errors.peopleReached}>
        <input id="visit-reached" inputMode="numeric" value={form.peopleReached} onChange={set('peopleReached')} />
      </Field>
      <Field id="visit-registered" label={t('field.visit.workersRegistered')} error={errors.workersRegistered}>
        <input
          id="visit-registered"
          inputMode="numeric"
          value={form.workersRegistered}
          onChange={set('workersRegistered')}
        />
      </Field>
      <Field id="visit-notes" label={t('field.visit.notes')}>
        <textarea id="visit-notes" rows={4} maxLength={4000} value={form.notes} onChange={set('notes')} />
      </Field>
      <button type="submit" className="big" disabled={!task} data-testid="save-visit">
        {t('field.visit.save')}
      </button>
    </form>
  );
}
