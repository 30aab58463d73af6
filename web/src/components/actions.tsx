/** "Sync to Cal.com", "Reload from Cal.com…" and "Reset sync status", on a row or on the service page. */
import { useState } from 'react';
import { api, type Service } from '../api.js';
import { useI18n } from '../i18n.js';
import { useNotices } from '../session.js';
import { ReloadDialog } from './reload-dialog.js';

export function ServiceActions({ s, onChanged, compact = false }: { s: Service; onChanged: () => void; compact?: boolean }) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const [busy, setBusy] = useState<string>();
  const [reloading, setReloading] = useState(false);

  const run = async (what: 'sync' | 'reset-sync') => {
    setBusy(what);
    try {
      await api('POST', `/api/services/${s.id}/${what}`);
      notify('ok', t(what === 'sync' ? 'outcome.syncQueued' : 'outcome.resetQueued', { name: s.name }));
      onChanged();
    } catch (e) {
      notify('error', t('outcome.failed', { message: (e as Error).message }));
    } finally {
      setBusy(undefined);
    }
  };
  const showReset = !compact || s.syncStatus === 'error';
  const showReload = !compact || s.divergences.length > 0 || s.calcomEventTypeId !== null;
  return (
    <div className={compact ? 'row-actions' : 'buttons'}>
      <button type="button" disabled={!!busy} onClick={() => void run('sync')} aria-label={compact ? t('action.syncFor', { name: s.name }) : undefined}>
        {t('action.sync')}
      </button>
      {showReload && (
        <button
          type="button"
          disabled={!!busy || s.calcomEventTypeId === null}
          onClick={() => setReloading(true)}
          aria-label={compact ? t('action.reloadFor', { name: s.name }) : undefined}
        >
          {t('action.reload')}
        </button>
      )}
      {showReset && (
        <button type="button" disabled={!!busy} onClick={() => void run('reset-sync')} aria-label={compact ? t('action.resetFor', { name: s.name }) : undefined}>
          {t('action.reset')}
        </button>
      )}
      {reloading && <ReloadDialog service={s} onClose={() => setReloading(false)} onDone={onChanged} />}
    </div>
  );
}
