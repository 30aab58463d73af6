/** A service's timeline: edits, pushes, differences and resolutions, with before → after and who did it. */
import type { HistoryEntry } from '../api.js';
import { useI18n, type Key } from '../i18n.js';
import { useFormatValue } from './common.js';

export function HistoryTimeline({
  entries,
  currency,
  hasNewer = false,
  loadingNewer = false,
  onNewer,
}: {
  entries: HistoryEntry[];
  /** The service's currency, for prices in the changes. */
  currency?: string | null;
  /** The server has newer entries than these (its `next` cursor). */
  hasNewer?: boolean;
  loadingNewer?: boolean;
  onNewer?: () => void;
}) {
  const i = useI18n();
  const { t } = i;
  const fmt = useFormatValue();
  if (!entries.length && !hasNewer) return <p>{t('history.empty')}</p>;
  const label = (a: string) => {
    const k = `history.action.${a}` as Key;
    const s = t(k);
    return s === k ? a : s;
  };
  // A price change shows the currency it had before and after (a currency change in the same edit included).
  const cur = (e: HistoryEntry, side: 'before' | 'after') => {
    const c = e.changes?.currency?.[side];
    return typeof c === 'string' && c ? c : currency;
  };
  return (
    <>
      {hasNewer && (
        <p>
          <button type="button" onClick={onNewer} disabled={loadingNewer} data-testid="history-newer">
            {loadingNewer ? t('history.loadingNewer') : t('history.newer')}
          </button>
        </p>
      )}
      <ol className="timeline" data-testid="history">
        {[...entries].reverse().map((e, n) => (
          <li key={e.id ?? `${e.at}-${n}`} className={`h-${e.action}`}>
            <div className="h-head">
              <strong>{label(e.action)}</strong> <span className="muted">{t('history.by', { actor: i.actor(e.actor) })}</span>{' '}
              <time dateTime={e.at} title={i.dateTime(e.at)} className="muted">
                {i.dateTime(e.at)}
              </time>
            </div>
            {e.changes && Object.keys(e.changes).length > 0 && (
              <ul className="changes">
                {Object.entries(e.changes).map(([f, c]) => (
                  <li key={f}>
                    {i.fieldLabel(f)}: <span className="old">{fmt(f, c?.before, { currency: cur(e, 'before') })}</span> →{' '}
                    <span className="new">{fmt(f, c?.after, { currency: cur(e, 'after') })}</span>
                  </li>
                ))}
              </ul>
            )}
            {e.detail && <Detail detail={e.detail} currency={currency} />}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The sentences a person needs first (error, note, which fields); the technical rest folded away. */
const PLAIN = ['error', 'note', 'reason', 'field', 'fields', 'kind', 'resolution', 'setting', 'operation', 'outcome', 'attempt', 'eventTypeId', 'linkedEventTypeId'];
/** Shown together as "calsync: … | Cal.com: …" when the entry names its field. */
const VALUES = ['platformValue', 'calcomValue'];
/** Values the server sends as codes, translated under `history.<key>.<value>`. */
const CODED = new Set(['outcome', 'resolution', 'operation', 'setting']);
const NOTES: Record<string, Key> = { 'API key replaced': 'history.note.apiKeyReplaced' };

function Detail({ detail, currency }: { detail: Record<string, unknown>; currency?: string | null }) {
  const i = useI18n();
  const { t } = i;
  const fmt = useFormatValue();
  const plain = PLAIN.filter((k) => detail[k] !== undefined && detail[k] !== null);
  const field = typeof detail.field === 'string' ? detail.field : undefined;
  const values = field !== undefined && VALUES.some((k) => k in detail);
  const shown = new Set([...PLAIN, ...(values ? VALUES : [])]);
  const rest = Object.fromEntries(Object.entries(detail).filter(([k]) => !shown.has(k)));
  const keyLabel = (k: string) => {
    const key = `history.detail.${k}` as Key;
    const s = t(key);
    return s === key ? k : s;
  };
  const show = (k: string, v: unknown): string => {
    if ((k === 'fields' || k === 'field') && (Array.isArray(v) || typeof v === 'string')) return ([] as unknown[]).concat(v).map((f) => i.fieldLabel(String(f))).join(', ');
    if (k === 'kind' && (v === 'conflict' || v === 'divergence')) return t(v === 'conflict' ? 'div.kind.conflict' : 'div.kind.divergence');
    if (CODED.has(k) && typeof v === 'string') {
      const key = `history.${k}.${v}` as Key;
      const s = t(key);
      return s === key ? v : s;
    }
    if (k === 'note' && typeof v === 'string' && NOTES[v]) return t(NOTES[v]);
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  return (
    <>
      {(plain.length > 0 || values) && (
        <ul className="detail">
          {plain.map((k) => (
            <li key={k}>
              {keyLabel(k)}: {show(k, detail[k])}
            </li>
          ))}
          {values && (
            <li>
              {t('history.detail.values', {
                platform: fmt(field!, detail.platformValue, { currency }),
                calcom: fmt(field!, detail.calcomValue, { currency }),
              })}
            </li>
          )}
        </ul>
      )}
      {Object.keys(rest).length > 0 && (
        <details>
          <summary>{t('overview.details')}</summary>
          <pre>{JSON.stringify(rest, null, 2)}</pre>
        </details>
      )}
    </>
  );
}
