/** A service's timeline: edits, pushes, differences and resolutions, with before → after and who did it. */
import type { HistoryEntry } from '../api.js';
import { useI18n, type Key } from '../i18n.js';
import { useFormatValue } from './common.js';

export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  const i = useI18n();
  const { t } = i;
  const fmt = useFormatValue();
  if (!entries.length) return <p>{t('history.empty')}</p>;
  const label = (a: string) => {
    const k = `history.action.${a}` as Key;
    const s = t(k);
    return s === k ? a : s;
  };
  return (
    <ol className="timeline" data-testid="history">
      {[...entries].reverse().map((e, n) => (
        <li key={e.id ?? n} className={`h-${e.action}`}>
          <div className="h-head">
            <strong>{label(e.action)}</strong> <span className="muted">{t('history.by', { actor: e.actor })}</span>{' '}
            <time dateTime={e.at} title={i.dateTime(e.at)} className="muted">
              {i.dateTime(e.at)}
            </time>
          </div>
          {e.changes && Object.keys(e.changes).length > 0 && (
            <ul className="changes">
              {Object.entries(e.changes).map(([f, c]) => (
                <li key={f}>
                  {i.fieldLabel(f)}: <span className="old">{fmt(f, c?.before)}</span> → <span className="new">{fmt(f, c?.after)}</span>
                </li>
              ))}
            </ul>
          )}
          {e.detail && <Detail detail={e.detail} />}
        </li>
      ))}
    </ol>
  );
}

/** The sentences a person needs first (error, note, which fields); the technical rest folded away. */
const PLAIN = ['error', 'note', 'reason', 'fields', 'setting', 'outcome', 'attempt', 'eventTypeId'];

function Detail({ detail }: { detail: Record<string, unknown> }) {
  const i = useI18n();
  const plain = PLAIN.filter((k) => detail[k] !== undefined && detail[k] !== null);
  const rest = Object.fromEntries(Object.entries(detail).filter(([k]) => !PLAIN.includes(k)));
  const show = (k: string, v: unknown) =>
    k === 'fields' && Array.isArray(v) ? v.map((f) => i.fieldLabel(String(f))).join(', ') : typeof v === 'string' ? v : JSON.stringify(v);
  return (
    <>
      {plain.length > 0 && (
        <ul className="detail">
          {plain.map((k) => (
            <li key={k}>
              {k === 'fields' ? i.t('reload.field') : k}: {show(k, detail[k])}
            </li>
          ))}
        </ul>
      )}
      {Object.keys(rest).length > 0 && (
        <details>
          <summary>{i.t('overview.details')}</summary>
          <pre>{JSON.stringify(rest, null, 2)}</pre>
        </details>
      )}
    </>
  );
}
