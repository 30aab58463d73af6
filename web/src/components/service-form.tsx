/**
 * Create or edit a service; validation messages sit next to their fields (client checks, then the
 * server's `details`, translated by field). Editing sends only the fields the person changed, measured
 * against the values the form was last filled with; when the service changes underneath (a reload
 * from Cal.com, another person's edit, the worker), the fields the person has not touched follow it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { api, ApiError, type Branch, type Service } from '../api.js';
import { useI18n, type I18n, type Key } from '../i18n.js';

interface FormValues {
  name: string;
  slug: string;
  branchId: string;
  description: string;
  durationMinutes: string;
  price: string;
  currency: string;
  isActive: boolean;
  isOnline: boolean;
  bufferTimeMinutes: string;
  beforeEventBuffer: string;
  minimumBookingNotice: string;
  requiresConfirmation: boolean;
  disableGuests: boolean;
}
type Field = keyof FormValues;

const fromService = (s: Service | undefined, i: I18n): FormValues => ({
  name: s?.name ?? '',
  slug: s?.slug ?? '',
  branchId: s?.branchId ?? '',
  description: s?.description ?? '',
  durationMinutes: s ? String(s.durationMinutes) : '30',
  price: i.priceInput(s?.price),
  currency: s?.currency ?? 'EUR',
  isActive: s?.isActive ?? true,
  isOnline: s?.isOnline ?? true,
  bufferTimeMinutes: String(s?.bufferTimeMinutes ?? 0),
  beforeEventBuffer: String(s?.beforeEventBuffer ?? 0),
  minimumBookingNotice: String(s?.minimumBookingNotice ?? 0),
  requiresConfirmation: s?.requiresConfirmation ?? false,
  disableGuests: s?.disableGuests ?? false,
});

const FIELDS = Object.keys(fromService(undefined, { priceInput: () => '' } as unknown as I18n)) as Field[];

type Errors = Partial<Record<Field | 'form', string>>;

const wholeMinutes = (v: string, min: number, max: number) => /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "12,50" and "12.50" both mean twelve fifty (a grouping mark is not accepted: "1.250" would be ambiguous). */
const PRICE = /^\d+([.,]\d{1,2})?$/;
const parsePrice = (v: string) => Number(v.trim().replace(',', '.'));

function validate(v: FormValues, editing: boolean): Partial<Record<Field, Key>> {
  const e: Partial<Record<Field, Key>> = {};
  if (!v.name.trim()) e.name = 'form.err.nameRequired';
  else if (v.name.trim().length > 200) e.name = 'form.err.nameLong';
  if (v.slug.trim() ? !SLUG.test(v.slug.trim()) || v.slug.trim().length > 100 : editing) e.slug = 'form.err.slugFormat';
  if (v.description.length > 5000) e.description = 'form.err.descriptionLong';
  if (!wholeMinutes(v.durationMinutes, 1, 1440)) e.durationMinutes = 'form.err.duration';
  if (v.price.trim() && !PRICE.test(v.price.trim())) e.price = 'form.err.price';
  else if (v.price.trim() && parsePrice(v.price) > 1_000_000) e.price = 'form.err.priceRange';
  if (v.currency.trim() && !/^[A-Za-z]{3}$/.test(v.currency.trim())) e.currency = 'form.err.currency';
  if (!wholeMinutes(v.bufferTimeMinutes, 0, 1440)) e.bufferTimeMinutes = 'form.err.minutes';
  if (!wholeMinutes(v.beforeEventBuffer, 0, 1440)) e.beforeEventBuffer = 'form.err.minutes';
  if (!wholeMinutes(v.minimumBookingNotice, 0, 525600)) e.minimumBookingNotice = 'form.err.notice';
  return e;
}

/** One field's value as the API takes it. */
function toApi(v: FormValues, k: Field): unknown {
  switch (k) {
    case 'name':
      return v.name.trim();
    case 'slug':
      return v.slug.trim() || undefined;
    case 'branchId':
      return v.branchId || null;
    case 'description':
      return v.description ? v.description : null;
    case 'price':
      return v.price.trim() ? parsePrice(v.price) : null;
    case 'currency':
      return v.currency.trim() ? v.currency.trim().toUpperCase() : null;
    case 'durationMinutes':
    case 'bufferTimeMinutes':
    case 'beforeEventBuffer':
    case 'minimumBookingNotice':
      return Number(v[k]);
    default:
      return v[k];
  }
}

function toBody(v: FormValues, fields: readonly Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of fields) {
    const x = toApi(v, k);
    if (x !== undefined) out[k] = x;
  }
  return out;
}

/** The fields the person changed: those that differ from the values the form was last filled with. */
const changedFields = (values: FormValues, base: FormValues) => FIELDS.filter((k) => values[k] !== base[k]);

/** Server messages by field, in the person's language; the server's own sentence when the field is unknown. */
function serverFieldMessage(field: Field, message: string): Key | null {
  if (/NUL|surrogate|byte-order/.test(message)) return 'form.err.unstorable';
  switch (field) {
    case 'name':
      return 'form.err.name';
    case 'slug':
      return /already/.test(message) ? 'form.err.slugTaken' : 'form.err.slugFormat';
    case 'description':
      return 'form.err.descriptionLong';
    case 'durationMinutes':
      return 'form.err.duration';
    case 'price':
      return 'form.err.priceRange';
    case 'currency':
      return 'form.err.currency';
    case 'bufferTimeMinutes':
    case 'beforeEventBuffer':
      return 'form.err.minutes';
    case 'minimumBookingNotice':
      return 'form.err.notice';
    case 'branchId':
      return 'form.err.branch';
    default:
      return null;
  }
}

export function ServiceForm({
  service,
  companyId,
  branches,
  onSaved,
}: {
  service?: Service;
  companyId: string;
  branches: Branch[];
  onSaved: (s: Service, created: boolean) => void;
}) {
  const i = useI18n();
  const { t } = i;
  /** What the form was last filled with from the server: the measure of what the person changed. */
  const [base, setBase] = useState<FormValues>(() => fromService(service, i));
  const [values, setValues] = useState<FormValues>(base);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const set = <K extends Field>(k: K, v: FormValues[K]) => {
    setValues((x) => ({ ...x, [k]: v }));
    if (errors[k]) setErrors((e) => ({ ...e, [k]: undefined }));
  };
  const dirty = changedFields(values, base);

  // The service changed underneath (or the language, which formats the price): untouched fields follow it.
  const latest = useRef({ values, base });
  latest.current = { values, base };
  const incoming = fromService(service, i);
  const incomingKey = service ? JSON.stringify(incoming) : '';
  useEffect(() => {
    if (!service) return;
    const { values: v, base: b } = latest.current;
    if (JSON.stringify(b) === incomingKey) return;
    const next = { ...v };
    for (const k of FIELDS) if (v[k] === b[k]) (next as Record<Field, unknown>)[k] = incoming[k];
    setBase(incoming);
    setValues(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incomingKey]);

  const submit = async () => {
    const local = validate(values, !!service);
    if (Object.keys(local).length) {
      setErrors({ ...Object.fromEntries(Object.entries(local).map(([k, v]) => [k, t(v as Key)])), form: t('form.invalid') });
      const first = Object.keys(local)[0];
      document.getElementById(`${uid}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      let saved: Service;
      if (service) {
        // Only what the person changed: a value the form did not touch is never sent back over a newer one.
        saved = dirty.length ? await api<Service>('PATCH', `/api/services/${service.id}`, toBody(values, dirty)) : service;
      } else {
        saved = await api<Service>('POST', '/api/services', { companyId, ...toBody(values, FIELDS) });
      }
      const filled = fromService(saved, i);
      setBase(filled);
      setValues(filled);
      onSaved(saved, !service);
    } catch (e) {
      const err = e as ApiError;
      const fe: Errors = {};
      const rest: string[] = [];
      for (const d of err instanceof ApiError ? err.fieldErrors : []) {
        const f = d.field.split('.')[0] as Field;
        if (FIELDS.includes(f)) {
          const key = serverFieldMessage(f, d.message);
          const msg = key ? t(key) : d.message;
          if (!fe[f]?.includes(msg)) fe[f] = fe[f] ? `${fe[f]} ${msg}` : msg;
        } else rest.push(`${d.field}: ${d.message}`);
      }
      fe.form = Object.keys(fe).length ? [t('form.invalid'), ...rest].join(' ') : t('outcome.failed', { message: err.message });
      setErrors(fe);
      const first = Object.keys(fe).find((k) => k !== 'form');
      if (first) document.getElementById(`${uid}-${first}`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  const field = (k: Field, control: (p: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode, note?: string) => {
    const id = `${uid}-${k}`;
    const err = errors[k];
    const describedBy = [err ? `${id}-err` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined;
    const isCheck = typeof values[k] === 'boolean';
    return (
      <div className={`field ${isCheck ? 'check' : ''} ${err ? 'invalid' : ''}`}>
        {isCheck ? null : <label htmlFor={id}>{i.fieldLabel(k)}</label>}
        {control({ id, 'aria-invalid': !!err, 'aria-describedby': describedBy })}
        {isCheck ? <label htmlFor={id}>{i.fieldLabel(k)}</label> : null}
        {note && (
          <p id={`${id}-note`} className="hint">
            {note}
          </p>
        )}
        {err && (
          <p id={`${id}-err`} className="field-error">
            {err}
          </p>
        )}
      </div>
    );
  };
  const text = (k: Field, extra: Record<string, unknown> = {}) => (p: any) => (
    <input {...p} {...extra} value={values[k] as string} onChange={(e) => set(k, e.target.value as any)} />
  );
  const check = (k: Field) => (p: any) => <input {...p} type="checkbox" checked={values[k] as boolean} onChange={(e) => set(k, e.target.checked as any)} />;

  return (
    <form
      className="service-form"
      noValidate
      aria-label={service ? t('form.editTitle') : t('form.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {errors.form && (
        <p className="notice error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="grid">
        {field('name', text('name', { required: true, maxLength: 200, autoComplete: 'off' }))}
        {field('slug', text('slug', { maxLength: 100, autoComplete: 'off', spellCheck: false }), t(service ? 'form.slugNoteEdit' : 'form.slugNote'))}
        {field('branchId', (p) => (
          <select {...p} value={values.branchId} onChange={(e) => set('branchId', e.target.value)}>
            <option value="">{t('form.noBranch')}</option>
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        ))}
        {field('durationMinutes', text('durationMinutes', { inputMode: 'numeric', required: true }))}
        {field('price', text('price', { inputMode: 'decimal' }), t('form.priceNote'))}
        {field('currency', text('currency', { maxLength: 3, autoComplete: 'off' }))}
        {field('bufferTimeMinutes', text('bufferTimeMinutes', { inputMode: 'numeric' }))}
        {field('beforeEventBuffer', text('beforeEventBuffer', { inputMode: 'numeric' }))}
        {field('minimumBookingNotice', text('minimumBookingNotice', { inputMode: 'numeric' }))}
      </div>
      {field('description', (p) => <textarea {...p} rows={3} value={values.description} onChange={(e) => set('description', e.target.value)} />)}
      <div className="checks">
        {field('isActive', check('isActive'))}
        {field('isOnline', check('isOnline'))}
        {field('requiresConfirmation', check('requiresConfirmation'))}
        {field('disableGuests', check('disableGuests'))}
      </div>
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('app.saving') : service ? t('app.save') : t('form.create')}
        </button>
      </div>
    </form>
  );
}
