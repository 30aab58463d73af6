/** Webhook deliveries from Cal.com: what arrived, what failed, and replay. */
import { useState } from 'react';
import { api, qs } from '../api.js';
import { LoadState } from '../components/common.js';
import { useLoad } from '../hooks.js';
import { useI18n, type I18n, type Key } from '../i18n.js';
import { useNotices, useSession } from '../session.js';

type Delivery = Record<string, any> & { id: string };

const pick = (d: Delivery, ...keys: string[]) => {
  for (const k of keys) if (d[k] !== undefined && d[k] !== null) return d[k];
  return undefined;
};

const STATUS: Record<string, Key> = {
  received: 'webhooks.statusReceived',
  processed: 'webhooks.processed',
  failed: 'webhooks.failed',
  duplicate: 'webhooks.duplicate',
};
const APPOINTMENT: Record<string, Key> = {
  pending: 'appointments.status.pending',
  booked: 'appointments.status.booked',
  rescheduled: 'appointments.status.rescheduled',
  cancelled: 'appointments.status.cancelled',
  rejected: 'appointments.status.rejected',
};

/** The server's notes and errors on a delivery (src/sync/appointments.ts, src/domain/appointment-state.ts), as patterns to sentences. */
const MESSAGES: [RegExp, Key][] = [
  [/^the stored body is not JSON$/, 'webhooks.msg.notJson'],
  [/^the body is not a JSON object$/, 'webhooks.msg.notObject'],
  [/^ignored: the delivery has no triggerEvent$/, 'webhooks.msg.noTrigger'],
  [/^ignored: (?<trigger>\S+) does not change appointments$/, 'webhooks.msg.ignoredTrigger'],
  [/^BOOKING_RESCHEDULED: payload\.rescheduleUid is missing$/, 'webhooks.msg.noRescheduleUid'],
  [/^(?<trigger>\S+) without a payload object$/, 'webhooks.msg.noPayload'],
  [/^(?<trigger>\S+): payload\.uid is missing$/, 'webhooks.msg.noUid'],
  [/^(?<trigger>\S+): createdAt is missing or not a date$/, 'webhooks.msg.noCreatedAt'],
  [/^the same booking event was already applied by another delivery$/, 'webhooks.msg.duplicate'],
  [/^no change: the appointment already showed this$/, 'webhooks.msg.noChange'],
  [/^created appointment (?<uid>\S+) \((?<status>\w+)\)$/, 'webhooks.msg.created'],
  [/^appointment (?<uid>\S+) is (?<status>\w+)$/, 'webhooks.msg.is'],
  [/^kept (?<current>\w+): an? (?<incoming>\w+) event cannot undo it.*$/, 'webhooks.msg.kept'],
  [/^(?<trigger>\S+): handed to reconciliation.*$/, 'webhooks.msg.handedOver'],
];

/** A delivery's note or error in the person's language: each "; "-separated part that is known, else the server's words. */
export function deliveryMessage(i: I18n, text: string): string {
  return text
    .split('; ')
    .map((part) => {
      for (const [re, key] of MESSAGES) {
        const m = re.exec(part.trim());
        if (!m) continue;
        const vars: Record<string, string> = { ...m.groups };
        for (const k of ['status', 'current', 'incoming']) if (vars[k] && APPOINTMENT[vars[k]]) vars[k] = i.t(APPOINTMENT[vars[k]]);
        return i.t(key, vars);
      }
      return part;
    })
    .join(' ');
}

export function WebhooksPage() {
  const i = useI18n();
  const { t } = i;
  const { company } = useSession();
  const { notify } = useNotices();
  const [status, setStatus] = useState('');
  const list = useLoad(() => api<{ data: Delivery[] }>('GET', `/api/webhook-deliveries${qs({ companyId: company?.id, status })}`), [company?.id, status], 3000);
  const replay = async (id: string) => {
    try {
      const after = await api<Delivery>('POST', `/api/webhook-deliveries/${id}/replay`);
      const st = STATUS[String(after?.status)];
      notify(after?.status === 'failed' ? 'error' : 'ok', t('webhooks.replayed', { status: st ? t(st) : String(after?.status ?? '') }));
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
                const raw = pick(d, ...(st === 'failed' ? ['lastError', 'error', 'note'] : ['note', 'lastError', 'error']));
                const message = raw === undefined ? '' : String(raw);
                return (
                  <tr key={d.id}>
                    <td>{at ? <time dateTime={at} title={i.dateTime(at)}>{i.relative(at)}</time> : t('app.none')}</td>
                    <td>{String(pick(d, 'triggerEvent', 'event', 'type') ?? t('app.none'))}</td>
                    <td>
                      <code>{String(pick(d, 'bookingUid') ?? '')}</code>
                    </td>
                    <td>
                      <span className={`chip ${/fail|error|invalid|reject/i.test(st) ? 'chip-no' : 'chip-ok'}`} data-status={st}>
                        {st ? (STATUS[st] ? t(STATUS[st]) : st) : t('app.none')}
                      </span>
                    </td>
                    <td className="num">{String(pick(d, 'attempts') ?? '')}</td>
                    <td>{message ? <ServerText text={message} /> : null}</td>
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

/** A server sentence in the person's language, with the server's own words as "details" when they differ. */
function ServerText({ text }: { text: string }) {
  const i = useI18n();
  const words = deliveryMessage(i, text);
  if (words === text) return <span lang="en">{text}</span>;
  return (
    <>
      <span>{words}</span>
      <details className="small">
        <summary>{i.t('webhooks.details')}</summary>
        <span lang="en">{text}</span>
      </details>
    </>
  );
}
