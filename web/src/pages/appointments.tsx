/** Bookings Cal.com reported, newest first. */
import { api, qs } from '../api.js';
import { LoadState } from '../components/common.js';
import { useLoad } from '../hooks.js';
import { useI18n, type Key } from '../i18n.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';

interface Appointment {
  id: string;
  serviceId: string | null;
  serviceName?: string;
  calcomBookingUid: string;
  status: string;
  startTime: string;
  endTime: string;
  attendees: unknown;
  rescheduledFromUid?: string | null;
}

function attendeeNames(a: unknown): string {
  if (!Array.isArray(a)) return '';
  return a.map((x: any) => (typeof x === 'string' ? x : x?.name ?? x?.email ?? '')).filter(Boolean).join(', ');
}

export function AppointmentsPage() {
  const i = useI18n();
  const { t } = i;
  const { company } = useSession();
  const list = useLoad(() => api<{ data: Appointment[] }>('GET', `/api/appointments${qs({ companyId: company?.id })}`), [company?.id], 5000);
  const status = (s: string) => {
    const k = `appointments.status.${s}` as Key;
    const v = t(k);
    return v === k ? s : v;
  };
  return (
    <section aria-labelledby="appt-h">
      <h1 id="appt-h">{t('appointments.title')}</h1>
      <LoadState loading={list.loading} error={list.error} path="/api/appointments" hasData={!!list.data}>
        {list.data && list.data.data.length === 0 ? (
          <p>{t('appointments.empty')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('appointments.start')}</th>
                <th scope="col">{t('appointments.end')}</th>
                <th scope="col">{t('appointments.service')}</th>
                <th scope="col">{t('appointments.status')}</th>
                <th scope="col">{t('appointments.attendees')}</th>
                <th scope="col">{t('appointments.uid')}</th>
              </tr>
            </thead>
            <tbody>
              {[...(list.data?.data ?? [])]
                .sort((a, b) => (a.startTime < b.startTime ? 1 : -1))
                .map((a) => (
                  <tr key={a.id}>
                    <td>{i.dateTime(a.startTime)}</td>
                    <td>{i.dateTime(a.endTime)}</td>
                    <td>{a.serviceId ? <Link to={`/services/${a.serviceId}`}>{a.serviceName ?? t('service.title')}</Link> : t('app.none')}</td>
                    <td>
                      <span className={`chip appt-${a.status}`}>{status(a.status)}</span>
                    </td>
                    <td>{attendeeNames(a.attendees) || t('app.none')}</td>
                    <td>
                      <code>{a.calcomBookingUid}</code>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </LoadState>
    </section>
  );
}
