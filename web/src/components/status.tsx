/**
 * The Status column: the seed's three indicators (sync, active, online), each with visible text,
 * a bookable chip and a drift chip; the popover explains it all in words (issue 5 §3).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Service, SyncStatus } from '../api.js';
import { useI18n, type Key } from '../i18n.js';
import { useFormatValue, When } from './common.js';

const SYNC_ICON: Record<SyncStatus, string> = { synced: '✓', pending: '⏳', error: '❌', never: '⚪' };

export function syncLabelKey(s: SyncStatus): Key {
  switch (s) {
    case 'synced':
      return 'sync.synced';
    case 'pending':
      return 'sync.pending';
    case 'error':
      return 'sync.error';
    case 'never':
      return 'sync.never';
    default: {
      const never: never = s;
      return never;
    }
  }
}

const SYNC_ERROR_CODES = ['api_key_rejected', 'no_access', 'event_type_deleted', 'slug_taken', 'refused', 'not_stored', 'gave_up', 'unexpected'] as const;

/** The translated sentence for the server's `syncErrorCode`; null for no code or one this app does not know (the server's text is shown then). */
export function syncErrorKey(code: string | null | undefined): Key | null {
  return code && (SYNC_ERROR_CODES as readonly string[]).includes(code) ? (`syncError.${code}` as Key) : null;
}

export function bookableKey(b: Service['bookable']): Key {
  if (b.phone && b.online) return 'bookable.both';
  if (b.phone) return 'bookable.phone';
  if (b.online) return 'bookable.online';
  return 'bookable.none';
}

export function Indicators({ s }: { s: Service }) {
  const { t } = useI18n();
  const sync = t(syncLabelKey(s.syncStatus));
  const active = s.isActive ? t('active.yes') : t('active.no');
  const online = s.isOnline ? t('online.yes') : t('online.no');
  const conflicts = s.divergences.filter((d) => d.kind === 'conflict').length;
  return (
    <span className="indicators">
      <span className={`ind sync-${s.syncStatus}`} data-testid="sync-indicator" data-status={s.syncStatus} title={t('sync.label', { status: sync })}>
        <span aria-hidden="true">{SYNC_ICON[s.syncStatus]}</span> <span className="visually-hidden">{t('sync.label', { status: '' }).trim()} </span>
        {sync}
      </span>
      <span className={`ind ${s.isActive ? 'on' : 'off'}`} title={t('active.label', { value: active })}>
        <span aria-hidden="true">{s.isActive ? '●' : '○'}</span> {active}
      </span>
      <span className={`ind ${s.isOnline ? 'on' : 'off'}`} title={t('online.label', { value: online })}>
        <span aria-hidden="true">{s.isOnline ? '🌐' : '○'}</span> {online}
      </span>
      <span className={`chip ${s.bookable.phone || s.bookable.online ? 'chip-ok' : 'chip-no'}`} data-testid="bookable-chip">
        {t(bookableKey(s.bookable))}
      </span>
      {s.divergences.length > 0 && (
        <span className={`chip ${conflicts ? 'chip-conflict' : 'chip-drift'}`} data-testid="drift-chip">
          <span aria-hidden="true">⚠ </span>
          {conflicts ? t('drift.chipConflict', { count: s.divergences.length }) : t('drift.chip', { count: s.divergences.length })}
        </span>
      )}
    </span>
  );
}

/** Everything the status means, in words. */
export function StatusDetails({ s }: { s: Service }) {
  const i = useI18n();
  const { t } = i;
  const fmt = useFormatValue();
  return (
    <dl className="status-details">
      <div>
        <dt>{t('status.direction')}</dt>
        <dd>{t('status.directionValue')}</dd>
      </div>
      <div>
        <dt>{t('status.status')}</dt>
        <dd>
          <span aria-hidden="true">{SYNC_ICON[s.syncStatus]} </span>
          {t(syncLabelKey(s.syncStatus))}: {t(`sync.words.${s.syncStatus}` as Key)}
        </dd>
      </div>
      <div>
        <dt>{t('status.lastSync')}</dt>
        <dd>
          <When iso={s.lastCalcomSync} />
        </dd>
      </div>
      {(s.syncError || syncErrorKey(s.syncErrorCode)) && (
        <div>
          <dt>{t('status.error')}</dt>
          <dd className="error-text">
            {syncErrorKey(s.syncErrorCode) ? (
              <>
                <span data-testid="sync-error-words">{t(syncErrorKey(s.syncErrorCode)!)}</span>
                {s.syncError && (
                  <small className="error-details muted" lang="en">
                    {t('status.errorDetails')}: {s.syncError}
                  </small>
                )}
              </>
            ) : (
              s.syncError
            )}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('status.bookablePhone')}</dt>
        <dd>{s.bookable.phone ? t('app.yes') : t('app.no')}</dd>
      </div>
      <div>
        <dt>{t('status.bookableOnline')}</dt>
        <dd>{s.bookable.online ? t('app.yes') : t('app.no')}</dd>
      </div>
      {s.bookable.reasons.length > 0 && (
        <div>
          <dt>{t('status.reasons')}</dt>
          <dd>
            <ul>
              {s.bookable.reasons.map((r, k) => (
                <li key={k}>{i.reason(r)}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('status.divergences')}</dt>
        <dd>
          {s.divergences.length === 0 ? (
            t('status.noDivergences')
          ) : (
            <ul>
              {s.divergences.map((d) => (
                <li key={d.id ?? d.field}>
                  {i.fieldLabel(d.field)} ({t(d.kind === 'conflict' ? 'div.kind.conflict' : 'div.kind.divergence')}): calsync: {fmt(d.field, d.platformValue)} | Cal.com: {fmt(d.field, d.calcomValue)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** The Status cell: indicators and chips, with the details in a popover on hover, focus or click. */
export function StatusCell({ s }: { s: Service }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number }>();
  // Fixed position from the cell's place on screen, so no scrolling container clips the popover;
  // it opens upwards when there is no room below.
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const cell = ref.current?.getBoundingClientRect();
      const pop = popRef.current?.getBoundingClientRect();
      if (!cell) return;
      const h = pop?.height ?? 0;
      const w = pop?.width ?? 420;
      const below = cell.bottom - 1;
      const top = below + h > window.innerHeight - 8 && cell.top - h + 1 > 8 ? cell.top - h + 1 : below;
      const left = Math.max(8, Math.min(cell.left, window.innerWidth - w - 8));
      setPos((p) => (p && p.top === top && p.left === left ? p : { top, left }));
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, s]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        setPinned(false);
      }
    };
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) {
        setOpen(false);
        setPinned(false);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open]);
  return (
    <div className="status-cell" ref={ref} onMouseEnter={() => setOpen(true)} onMouseLeave={() => !pinned && setOpen(false)}>
      <Indicators s={s} />
      <button
        type="button"
        className="info-btn"
        aria-label={t('status.details', { name: s.name })}
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={open ? id : undefined}
        onFocus={() => setOpen(true)}
        onBlur={() => !pinned && setOpen(false)}
        onClick={() => {
          setPinned(!pinned);
          setOpen(!pinned);
        }}
      >
        <span aria-hidden="true">i</span>
      </button>
      <div id={id} ref={popRef} role="tooltip" className="popover" hidden={!open} style={pos ? { top: pos.top, left: pos.left } : undefined} data-testid="status-popover">
        <StatusDetails s={s} />
      </div>
    </div>
  );
}
