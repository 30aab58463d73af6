/**
 * Open differences side by side (calsync | Cal.com | last synced), each resolvable per field: keep
 * calsync's (`POST /sync` with `{fields: [field]}`: only that field's difference is resolved and pushed,
 * the others stay open) or take Cal.com's (the reload dialog with that field ticked).
 */
import { useState } from 'react';
import { api, type Divergence } from '../api.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useNotices } from '../session.js';
import { useFormatValue, When } from './common.js';
import { ReloadDialog } from './reload-dialog.js';

type Item = Divergence & { serviceId: string; serviceName: string; currency?: string | null };

export function DivergenceTable({ items, onChanged, showService }: { items: Item[]; onChanged: () => void; showService: boolean }) {
  const i = useI18n();
  const { t } = i;
  const fmt = useFormatValue();
  const { notify } = useNotices();
  const [reload, setReload] = useState<{ id: string; name: string; field: string; currency?: string | null }>();
  const keep = async (d: Item) => {
    try {
      await api('POST', `/api/services/${d.serviceId}/sync`, { fields: [d.field] });
      notify('ok', t('div.resolvedOutcome', { field: i.fieldLabel(d.field), name: d.serviceName }));
      onChanged();
    } catch (e) {
      notify('error', t('outcome.failed', { message: (e as Error).message }));
    }
  };
  return (
    <>
      <table className="divergences" data-testid="divergence-table">
        <thead>
          <tr>
            {showService && <th scope="col">{t('conflicts.service')}</th>}
            <th scope="col">{t('reload.field')}</th>
            <th scope="col">{t('conflicts.kind')}</th>
            <th scope="col">calsync</th>
            <th scope="col">Cal.com</th>
            <th scope="col">{t('div.lastSynced')}</th>
            <th scope="col">{t('services.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={`${d.serviceId}-${d.id ?? d.field}`}>
              {showService && (
                <td>
                  <Link to={`/services/${d.serviceId}`}>{d.serviceName}</Link>
                </td>
              )}
              <th scope="row">{i.fieldLabel(d.field)}</th>
              <td>
                <span className={`chip ${d.kind === 'conflict' ? 'chip-conflict' : 'chip-drift'}`}>{t(d.kind === 'conflict' ? 'div.kind.conflict' : 'div.kind.divergence')}</span>
                <br />
                <small>
                  {t('div.detected', { when: '' })}
                  <When iso={d.detectedAt} />
                </small>
              </td>
              <td>{fmt(d.field, d.platformValue, { currency: d.currency })}</td>
              <td>{fmt(d.field, d.calcomValue, { currency: d.currency })}</td>
              <td>{fmt(d.field, d.baseValue, { currency: d.currency })}</td>
              <td>
                <div className="row-actions">
                  <button type="button" onClick={() => void keep(d)} aria-label={`${t('div.keepPlatform')}: ${d.serviceName}, ${i.fieldLabel(d.field)}`}>
                    {t('div.keepPlatform')}
                  </button>
                  <button type="button" onClick={() => setReload({ id: d.serviceId, name: d.serviceName, field: d.field, currency: d.currency })} aria-label={`${t('div.takeCalcom')}: ${d.serviceName}, ${i.fieldLabel(d.field)}`}>
                    {t('div.takeCalcom')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reload && <ReloadDialog service={{ id: reload.id, name: reload.name, currency: reload.currency }} preselect={[reload.field]} onClose={() => setReload(undefined)} onDone={onChanged} />}
    </>
  );
}
