/** Webhook deliveries from Cal.com: what arrived, what failed, and replay. */
import { useState } from 'react';
import { api, qs } from '../api.js';
import { LoadState } from '../components/common.js';
import { useLoad } from '../hooks.js';
import { useI18n } from '../i18n.js';
import { useNotices, useSession } from '../session.js';

type Delivery = Record<string, any> & { id: string };

const pick = (d: Delivery, ...keys: string[]) => {
  for (const k of keys) if (d[k] !== undefined && d[k] !== null) return d[k];
  return undefined;
};

export function WebhooksPage() {
  const i = useI18n();
  const { t } = i;
  const { company } = useSession();
  const { notify } = useNotices();
  const [status, setStatus] = useState('');
  const list = useLoad(() => api<{ data: Delivery[] }>('GET', `/api/webhook-deliveries${qs({ companyId: company?.id, status })}`), [company?.id, status], 3000);
  const replay = async (id: string) => {
    try {
      await api('POST', `/api/webhook-deliveries/${id}/replay`);
      notify('ok', t('webhooks.replayed'));
      void list.reload();
    } catch (e) {
      notify('error', t('outcome.failed', { message: (e as Error).message }));
    }
  };
  return (
    <section aria-labelledby="wh-h">
      <h1 id="wh-h">{t('webhooks.title')}</h1>
      <p>{t('webhooks.intro')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor="wh-status">{t('webhooks.filter')}</label>
          <select id="wh-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('webhooks.all')}</option>
            <option value="failed">{t('webhooks.failed')}</option>
            <option value="processed">{t('webhooks.processed')}</option>
            <option value="received">{t('webhooks.statusReceived')}</option>
            <option value="duplicate">{t('webhooks.duplicate')}</option>
          </select>
        </div>
      </div>
      <LoadState loading={list.loading} error={list.error} path="/api/webhook-deliveries" hasData={!!list.data}>
        {list.data && list.data.data.length === 0 ? (
          <p>{t('webhooks.empty')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.received')}</th>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.booking')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.error')}</th>
                <th scope="col">{t('services.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(list.data?.data ?? []).map((d) => {
                const st = String(pick(d, 'status') ?? '');
                const at = pick(d, 'receivedAt', 'createdAt', 'at') as string | undefined;
                return (
                  <tr key={d.id}>
                    <td>{at ? <time dateTime={at} title={i.dateTime(at)}>{i.relative(at)}</time> : t('app.none')}</td>
                    <td>{String(pick(d, 'triggerEvent', 'event', 'type') ?? t('app.none'))}</td>
                    <td>
                      <code>{String(pick(d, 'bookingUid') ?? '')}</code>
                    </td>
                    <td>
                      <span className={`chip ${/fail|error|invalid|reject/i.test(st) ? 'chip-no' : 'chip-ok'}`}>{st || t('app.none')}</span>
                    </td>
                    <td className="num">{String(pick(d, 'attempts') ?? '')}</td>
                    <td>{String(pick(d, 'lastError', 'error', 'note') ?? '')}</td>
                    <td>
                      <button type="button" onClick={() => void replay(d.id)} aria-label={t('webhooks.replayFor', { id: d.id })}>
                        {t('webhooks.replay')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </LoadState>
    </section>
  );
}
