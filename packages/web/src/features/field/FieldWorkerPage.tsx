import { checkWorker, type FieldProblem, WORKER_TYPES } from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useClient } from 'urql';
import { Field } from '../registry/Field';
import { byField, useProblemMessages } from '../registry/problems';
import { enqueue, newClientId, syncNow, useOutbox } from './outbox';
import { useFieldTasks } from './useFieldTasks';

/**
 * A worker met on the visit, checked with the same `checkWorker` as the portal's form and the
 * server. Opened from a conflict (`state.clientId`), it edits that change and sends it again.
 */
export function FieldWorkerPage() {
  const { t } = useTranslation();
  const message = useProblemMessages();
  const navigate = useNavigate();
  const client = useClient();
  const taskId = decodeURIComponent(useParams().taskId ?? '');
  const editing = (useLocation().state as { clientId?: string } | null)?.clientId;
  const earlier = useOutbox().find((c) => c.clientId === editing && c.kind === 'worker');
  const { tasks } = useFieldTasks();
  const task = tasks.find((candidate) => candidate.id === taskId);
  const start = earlier?.kind === 'worker' ? earlier.input : null;
  const [form, setForm] = useState({
    businessId: start?.businessIds[0] ?? '',
    fullName: start?.fullName ?? '',
    nik: start?.nik ?? '',
    workerType: start?.workerType ?? 'BPU',
    occupation: start?.occupation ?? '',
    phone: start?.phone ?? '',
  });
  const [interested, setInterested] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const errors = byField(problems);
  const errorOf = (field: string) => (errors[field] ? message(errors[field]) : undefined);
  const businessId = form.businessId || task?.targets[0]?.id || '';

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      businessIds: businessId ? [businessId] : [],
      nik: form.nik.trim(),
      fullName: form.fullName.trim(),
      workerType: form.workerType,
      occupation: form.occupation.trim() || null,
      phone: form.phone.trim() || null,
      coverageStatus: 'NOT_ENROLLED',
      programmes: [],
    };
    const checked = checkWorker(input);
    const found = [...(checked.ok ? [] : checked.problems)];
    if (!businessId) found.push({ field: 'businessIds', problem: 'REQUIRED' });
    setProblems(found);
    if (found.length > 0 || !task) return;
    const workerClientId = earlier?.clientId ?? newClientId();
    enqueue({
      clientId: workerClientId,
      kind: 'worker',
      madeAt: new Date().toISOString(),
      taskId,
      taskTitle: task.title,
      input,
    });
    if (interested) {
      // Sent after the worker, naming it by the id this phone gave it (see outbox.syncNow).
      enqueue({
        clientId: newClientId(),
        kind: 'interest',
        madeAt: new Date().toISOString(),
        taskId,
        taskTitle: task.title,
        input: { workerClientId, name: input.fullName },
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
      <h1>{t('field.worker.title')}</h1>
      <p className="muted">{t('field.worker.hint')}</p>
      <Field id="worker-business" label={t('field.worker.business')} error={errorOf('businessIds')}>
        <select id="worker-business" value={businessId} onChange={set('businessId')}>
          {task?.targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="worker-name" label={t('field.worker.fullName')} error={errorOf('fullName')}>
        <input id="worker-name" autoComplete="off" value={form.fullName} onChange={set('fullName')} />
      </Field>
      <Field id="worker-nik" label={t('field.worker.nik')} error={errorOf('nik')}>
        <input
          id="worker-nik"
          inputMode="numeric"
          autoComplete="off"
          maxLength={16}
          value={form.nik}
          onChange={set('nik')}
        />
      </Field>
      <Field id="worker-type" label={t('field.worker.workerType')} error={errorOf('workerType')}>
        <select id="worker-type" value={form.workerType} onChange={set('workerType')}>
          {WORKER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`workerType.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="worker-occupation" label={t('field.worker.occupation')} error={errorOf('occupation')}>
        <input id="worker-occupation" value={form.occupation} onChange={set('occupation')} />
      </Field>
      <Field id="worker-phone" label={t('field.worker.phone')} error={errorOf('phone')}>
        <input id="worker-phone" type="tel" inputMode="tel" value={form.phone} onChange={set('phone')} />
      </Field>
      {!earlier && (
        <label className="field-check">
          <input
            type="checkbox"
            checked={interested}
            onChange={(event) => setInterested(event.target.checked)}
            data-testid="worker-interest"
          />
          <span>{t('field.interest.mark')}</span>
        </label>
      )}
      <button type="submit" className="big" disabled={!task} data-testid="save-worker">
        {t('field.worker.save')}
      </button>
    </form>
  );
}
