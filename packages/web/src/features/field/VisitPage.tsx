import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient } from 'urql';
import { Field } from '../registry/Field';
import { InterestList, useCandidates } from './InterestList';
import { enqueue, newClientId, syncNow } from './outbox';
import { keepPhoto, type Photo, resizePhoto } from './photos';

/** 0.01° is about 1 km: the village, not the house. */
const coarse = (value: number) => Math.round(value * 100) / 100;

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
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [place, setPlace] = useState<{ latitude: number; longitude: number } | null>(null);
  const [placeState, setPlaceState] = useState<'idle' | 'asking' | 'denied'>('idle');
  const [photoError, setPhotoError] = useState(false);
  async function choosePhoto(file: File | undefined) {
    setPhotoError(false);
    if (!file) return setPhoto(null);
    try {
      setPhoto(await resizePhoto(file));
    } catch {
      setPhotoError(true);
    }
  }
  function addPlace() {
    // Asked only when the officer taps; the browser asks the officer's permission first.
    setPlaceState('asking');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setPlace({ latitude: coarse(position.coords.latitude), longitude: coarse(position.coords.longitude) });
        setPlaceState('idle');
      },
      () => setPlaceState('denied'),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 600_000 },
    );
  }
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The server's checks, asked here first so a mistake shows while the officer is still there.
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.visitedOn) || form.visitedOn > today())
      found.visitedOn = t('field.visit.badDate');
    for (const field of ['peopleReached', 'workersRegistered'] as const)
      if (!/^\d{1,6}$/.test(form[field].trim())) found[field] = t('field.visit.badNumber');
    setErrors(found);
    if (Object.keys(found).length > 0 || !task) return;
    const clientId = newClientId();
    // The photo is kept (IndexedDB) before the report is queued, so the outbox never sends one without it.
    if (photo) await keepPhoto(clientId, photo);
    enqueue({
      clientId,
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
        hasPhoto: Boolean(photo),
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
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
      <Field id="visit-photo" label={t('field.photo.label')} error={photoError ? t('field.photo.failed') : undefined}>
        <input
          id="visit-photo"
          type="file"
          accept="image/*"
          capture="environment"
          onChange={(event) => void choosePhoto(event.target.files?.[0])}
          data-testid="visit-photo"
        />
      </Field>
      {photo && (
        <figure className="field-photo" data-testid="photo-preview">
          <img src={`data:${photo.mime};base64,${photo.base64}`} alt={t('field.photo.label')} />
          <figcaption className="muted small">
            {t('field.photo.kept', { size: Math.round((photo.base64.length * 3) / 4 / 1024) })}
          </figcaption>
        </figure>
      )}
      <div className="field-place">
        {place ? (
          <p data-testid="visit-place">
            {t('field.place.shown', { latitude: place.latitude.toFixed(2), longitude: place.longitude.toFixed(2) })}{' '}
            <button type="button" className="plain" onClick={() => setPlace(null)}>
              {t('field.place.remove')}
            </button>
          </p>
        ) : (
          <button type="button" className="secondary big" onClick={addPlace} data-testid="add-place">
            {placeState === 'asking' ? t('field.place.asking') : t('field.place.add')}
          </button>
        )}
        {placeState === 'denied' && <p className="muted small">{t('field.place.denied')}</p>}
        <p className="muted small">{t('field.place.hint')}</p>
      </div>
      <button type="submit" className="big" disabled={!task} data-testid="save-visit">
        {t('field.visit.save')}
      </button>
    </form>
  );
}
