/** Create or edit a service; validation messages sit next to their fields (client checks, then the server's `details`). */
import { useId, useState, type ReactNode } from 'react';
import { api, ApiError, type Branch, type Service } from '../api.js';
import { useI18n, type Key } from '../i18n.js';

interface FormValues {
  name: string;
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

const fromService = (s?: Service): FormValues => ({
  name: s?.name ?? '',
  branchId: s?.branchId ?? '',
  description: s?.description ?? '',
  durationMinutes: s ? String(s.durationMinutes) : '30',
  price: s?.price != null ? String(s.price) : '',
  currency: s?.currency ?? 'EUR',
  isActive: s?.isActive ?? true,
  isOnline: s?.isOnline ?? true,
  bufferTimeMinutes: String(s?.bufferTimeMinutes ?? 0),
  beforeEventBuffer: String(s?.beforeEventBuffer ?? 0),
  minimumBookingNotice: String(s?.minimumBookingNotice ?? 0),
  requiresConfirmation: s?.requiresConfirmation ?? false,
  disableGuests: s?.disableGuests ?? false,
});

type Errors = Partial<Record<keyof FormValues | 'form', string>>;

const wholeMinutes = (v: string, min: number, max: number) => /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max;

function validate(v: FormValues): Partial<Record<keyof FormValues, Key>> {
  const e: Partial<Record<keyof FormValues, Key>> = {};
  if (!v.name.trim()) e.name = 'form.err.nameRequired';
  else if (v.name.trim().length > 200) e.name = 'form.err.nameLong';
  if (v.description.length > 5000) e.description = 'form.err.descriptionLong';
  if (!wholeMinutes(v.durationMinutes, 1, 1440)) e.durationMinutes = 'form.err.duration';
  if (v.price.trim() && !/^\d+([.,]\d{1,2})?$/.test(v.price.trim())) e.price = 'form.err.price';
  if (v.currency.trim() && !/^[A-Za-z]{3}$/.test(v.currency.trim())) e.currency = 'form.err.currency';
  if (!wholeMinutes(v.bufferTimeMinutes, 0, 1440)) e.bufferTimeMinutes = 'form.err.minutes';
  if (!wholeMinutes(v.beforeEventBuffer, 0, 1440)) e.beforeEventBuffer = 'form.err.minutes';
  if (!wholeMinutes(v.minimumBookingNotice, 0, 525600)) e.minimumBookingNotice = 'form.err.minutes';
  return e;
}

function toBody(v: FormValues) {
  return {
    name: v.name.trim(),
    branchId: v.branchId || null,
    description: v.description ? v.description : null,
    durationMinutes: Number(v.durationMinutes),
    price: v.price.trim() ? Number(v.price.trim().replace(',', '.')) : null,
    currency: v.currency.trim() ? v.currency.trim().toUpperCase() : null,
    isActive: v.isActive,
    isOnline: v.isOnline,
    bufferTimeMinutes: Number(v.bufferTimeMinutes),
    beforeEventBuffer: Number(v.beforeEventBuffer),
    minimumBookingNotice: Number(v.minimumBookingNotice),
    requiresConfirmation: v.requiresConfirmation,
    disableGuests: v.disableGuests,
  };
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
  const [values, setValues] = useState<FormValues>(() => fromService(service));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const set = <K extends keyof FormValues>(k: K, v: FormValues[K]) => {
    setValues((x) => ({ ...x, [k]: v }));
    if (errors[k]) setErrors((e) => ({ ...e, [k]: undefined }));
  };

  const submit = async () => {
    const local = validate(values);
    if (Object.keys(local).length) {
      setErrors({ ...Object.fromEntries(Object.entries(local).map(([k, v]) => [k, t(v as Key)])), form: t('form.invalid') });
      const first = Object.keys(local)[0];
      document.getElementById(`${uid}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const body = toBody(values);
      let saved: Service;
      if (service) {
        const before = toBody(fromService(service));
        const changed = Object.fromEntries(Object.entries(body).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((before as any)[k])));
        saved = await api<Service>('PATCH', `/api/services/${service.id}`, changed);
      } else {
        saved = await api<Service>('POST', '/api/services', { companyId, ...body });
      }
      setValues(fromService(saved));
      onSaved(saved, !service);
    } catch (e) {
      const err = e as ApiError;
      const fe: Errors = {};
      const rest: string[] = [];
      for (const d of err instanceof ApiError ? err.fieldErrors : []) {
        const f = d.field.split('.')[0] as keyof FormValues;
        if (f in values) fe[f] = fe[f] ? `${fe[f]} ${d.message}` : d.message;
        else rest.push(`${d.field}: ${d.message}`);
      }
      fe.form = Object.keys(fe).length ? [t('form.invalid'), ...rest].join(' ') : t('outcome.failed', { message: err.message });
      setErrors(fe);
    } finally {
      setBusy(false);
    }
  };

  const field = (k: keyof FormValues, control: (p: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode, note?: string) => {
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
  const text = (k: keyof FormValues, extra: Record<string, unknown> = {}) => (p: any) => (
    <input {...p} {...extra} value={values[k] as string} onChange={(e) => set(k, e.target.value as any)} />
  );
  const check = (k: keyof FormValues) => (p: any) => <input {...p} type="checkbox" checked={values[k] as boolean} onChange={(e) => set(k, e.target.checked as any)} />;

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
