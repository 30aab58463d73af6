/** One service: its status in words, the actions, its differences with Cal.com, the edit form and its history. */
import { api, type HistoryEntry, type Service } from '../api.js';
import { ServiceActions } from '../components/actions.js';
import { LoadState } from '../components/common.js';
import { DivergenceTable } from '../components/divergences.js';
import { HistoryTimeline } from '../components/history.js';
import { ServiceForm } from '../components/service-form.js';
import { Indicators, StatusDetails } from '../components/status.js';
import { useLoad } from '../hooks.js';
import { useI18n } from '../i18n.js';
import { Link, useRouter } from '../router.js';
import { useNotices, useSession } from '../session.js';
import { useBranches } from './services.js';

export function ServicePage({ id }: { id: string }) {
  const { t } = useI18n();
  const svc = useLoad(() => api<Service>('GET', `/api/services/${id}`), [id], 2000);
  const history = useLoad(() => api<{ data: HistoryEntry[] }>('GET', `/api/services/${id}/history`), [id], 3000);
  const branches = useBranches(svc.data?.companyId);
  const { notify } = useNotices();
  const s = svc.data;
  const refresh = () => {
    void svc.reload();
    void history.reload();
  };
  if (svc.error && svc.error.status === 404 && !svc.error.notAvailable) return <p className="notice error">{t('service.notFound')}</p>;
  return (
    <LoadState loading={svc.loading} error={svc.error} path={`/api/services/${id}`} hasData={!!s}>
      {s && (
        <article aria-labelledby="service-title">
          <p>
            <Link to="/">← {t('app.back')}</Link>
          </p>
          <h1 id="service-title">{s.name}</h1>
          <section aria-labelledby="status-h" className="card">
            <h2 id="status-h">{t('service.statusHeading')}</h2>
            <Indicators s={s} />
            <StatusDetails s={s} />
            <ServiceActions s={s} onChanged={refresh} />
          </section>
          {s.divergences.length > 0 && (
            <section aria-labelledby="div-h" className="card">
              <h2 id="div-h">{t('service.divergencesHeading')}</h2>
              <DivergenceTable items={s.divergences.map((d) => ({ ...d, serviceId: s.id, serviceName: s.name }))} onChanged={refresh} showService={false} />
            </section>
          )}
          <section aria-labelledby="edit-h" className="card">
            <h2 id="edit-h">{t('form.editTitle')}</h2>
            <ServiceForm
              key={s.id}
              service={s}
              companyId={s.companyId}
              branches={branches.data ?? []}
              onSaved={(saved) => {
                notify('ok', t('outcome.saved', { name: saved.name }));
                refresh();
              }}
            />
          </section>
          <section aria-labelledby="hist-h" className="card">
            <h2 id="hist-h">{t('service.historyHeading')}</h2>
            <LoadState loading={history.loading} error={history.error} path={`/api/services/${id}/history`} hasData={!!history.data}>
              <HistoryTimeline entries={history.data?.data ?? []} />
            </LoadState>
          </section>
        </article>
      )}
    </LoadState>
  );
}

export function NewServicePage() {
  const { t } = useI18n();
  const { company } = useSession();
  const { navigate } = useRouter();
  const { notify } = useNotices();
  const branches = useBranches(company?.id);
  if (!company) return <p>{t('app.noCompany')}</p>;
  return (
    <section aria-labelledby="new-h">
      <p>
        <Link to="/">← {t('app.back')}</Link>
      </p>
      <h1 id="new-h">{t('form.newTitle')}</h1>
      <div className="card">
        <ServiceForm
          companyId={company.id}
          branches={branches.data ?? []}
          onSaved={(s) => {
            notify('ok', t('outcome.created', { name: s.name }));
            navigate(`/services/${s.id}`);
          }}
        />
      </div>
    </section>
  );
}
