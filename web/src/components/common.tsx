import { useState, type ReactNode } from 'react';
import type { ApiError } from '../api.js';
import { useI18n, type Key } from '../i18n.js';
import { useNotices } from '../session.js';

/** Loading, "not available" (the route answers 404) or an error; otherwise the children. */
export function LoadState({ loading, error, path, children, hasData }: { loading: boolean; error?: ApiError; path: string; hasData: boolean; children: ReactNode }) {
  const { t } = useI18n();
  if (error && !hasData) {
    if (error.notAvailable) return <p className="notice info" role="status">{t('app.notAvailable', { path })}</p>;
    return <p className="notice error" role="alert">{t('app.error', { message: error.message })}</p>;
  }
  if (!hasData && loading) return <p role="status">{t('app.loading')}</p>;
  return <>{children}</>;
}

/** The outcome messages (a polite live region, so screen readers hear them too). */
export function Notices() {
  const { notices, dismiss } = useNotices();
  const { t } = useI18n();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} data-testid="notice">
          <span>{n.text}</span>
          <button type="button" className="link" onClick={() => dismiss(n.id)} aria-label={t('app.close')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={`${t('app.copy')}: ${label}`}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          notify('error', t('app.copyFailed'));
        }
      }}
    >
      {copied ? t('app.copied') : t('app.copy')}
    </button>
  );
}

/** A value from the platform or Cal.com, in words; a price with its currency when it is known. */
export function useFormatValue() {
  const i = useI18n();
  return (field: string, v: unknown, opts: { currency?: string | null } = {}): string => {
    if (v === null || v === undefined || v === '') return i.t('app.none');
    if (typeof v === 'boolean') return v ? i.t('app.yes') : i.t('app.no');
    if (field === 'visibility') return v === 'hidden' ? i.t('value.hidden') : v === 'visible' ? i.t('value.visible') : String(v);
    if (typeof v === 'number' && field === 'price')
      return opts.currency ? i.price(v, opts.currency) : new Intl.NumberFormat(i.tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
    if (typeof v === 'number') return field.toLowerCase().includes('minute') || field.endsWith('Buffer') || field === 'minimumBookingNotice' ? i.t('services.minutes', { n: i.number(v) }) : i.number(v);
    if (typeof v === 'string') return v;
    return JSON.stringify(v);
  };
}

/** A relative time with the exact time on hover (and for screen readers via the datetime). */
export function When({ iso }: { iso: string | null | undefined }) {
  const i = useI18n();
  if (!iso) return <span>{i.t('status.lastSyncNever')}</span>;
  return (
    <time dateTime={iso} title={i.dateTime(iso)}>
      {i.relative(iso)}
    </time>
  );
}

/** Renders an object the server sent whose shape this app does not know in detail. */
export function Generic({ value, depth = 0 }: { value: unknown; depth?: number }): ReactNode {
  if (value === null || value === undefined) return <span>—</span>;
  if (Array.isArray(value)) {
    if (!value.length) return <span>0</span>;
    if (depth > 1) return <span>{value.length}</span>;
    return (
      <ul className="generic">
        {value.slice(0, 50).map((v, k) => (
          <li key={k}>
            <Generic value={v} depth={depth + 1} />
          </li>
        ))}
        {value.length > 50 ? <li>… {value.length - 50}</li> : null}
      </ul>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="generic">
        {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <Generic value={v} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span>{String(value)}</span>;
}

/** "push 1, divergences 2, …" from a reconciliation plan or its result, whatever its exact nesting. */
export function planCounts(plan: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (k: string, n: number) => (out[k] = (out[k] ?? 0) + n);
  const walk = (o: unknown, depth: number) => {
    if (!o || typeof o !== 'object' || depth > 4) return;
    if (Array.isArray(o)) {
      o.forEach((x) => walk(x, depth + 1));
      return;
    }
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (Array.isArray(v)) {
        const first = v[0] as Record<string, unknown> | undefined;
        if (first && typeof first === 'object' && Object.values(first).some(Array.isArray)) v.forEach((x) => walk(x, depth + 1));
        else add(k, v.length);
      } else if (typeof v === 'number' && k !== 'companyId') add(k, v);
      else if (v && typeof v === 'object') walk(v, depth + 1);
    }
  };
  walk(plan, 0);
  return out;
}

/** "2 to push, 1 differences" from a reconciliation answer: its `totals` when present, else counted. */
export function usePlanSummary() {
  const i = useI18n();
  return (plan: unknown): string => {
    const totals = (plan as any)?.totals;
    const counts: Record<string, number> = totals && typeof totals === 'object' ? totals : planCounts(plan);
    const parts = Object.entries(counts).filter(([k, n]) => typeof n === 'number' && n > 0 && k !== 'companies' && k !== 'calcomRequests');
    if (!parts.length) return i.t('overview.nothing');
    return parts
      .map(([k, n]) => {
        const key = `plan.${k}` as Key;
        const label = i.t(key);
        return `${i.number(n)} ${label === key ? k : label}`;
      })
      .join(', ');
  };
}
