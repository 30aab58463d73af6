/** Services per status, drift, the last reconciliation and its plan, the Cal.com rate budget in use. */
import { useState } from 'react';
import { api, qs } from '../api.js';
import { Generic, LoadState, usePlanSummary } from '../components/common.js';
import { useLoad } from '../hooks.js';
import { useI18n, type Key } from '../i18n.js';
import { Link } from '../router.js';
import { useNotices, useSession } from '../session.js';

interface Overview {
  byStatus?: Record<string, number>;
  drifted?: number;
  openDivergences?: number;
  openConflicts?: number;
  lastReconcile?: { startedAt: string; finishedAt: string | null; forced: boolean; summary: unknown; outcome: unknown } | null;
  rateBudget?: { perMinute: number; used: number };
  [k: string]: unknown;
}

export function OverviewPage() {
  const i = useI18n();
  const { t } = i;
  const { company } = useSession();
  const { notify } = useNotices();
  const summarize = usePlanSummary();
  const [result, setResult] = useState<{ plan: unknown; applied: unknown }>();
  const [busy, setBusy] = useState(false);
  const ov = useLoad(async (): Promise<Overview> => {
    if (!company) return {};
    try {
      return await api<Overview>('GET', `/api/companies/${company.id}/sync-overview`);
    } catch (e: any) {
      if (!e?.notAvailable) throw e;
      // Counted from the services list where the overview route does not exist yet.
      const count = async (p: Record<string, string>) => (await api<{ total: number }>('GET', `/api/services${qs({ companyId: company.id, limit: 1, ...p })}`)).total;
      const byStatus: Record<string, number> = {};
      for (const s of ['synced', 'pending', 'error', 'never']) byStatus[s] = await count({ syncStatus: s });
      return { byStatus, drifted: await count({ drifted: 'true' }) };
    }
  }, [company?.id], 3000);

  const run = async (checkOnly: boolean) => {
    setBusy(true);
    try {
      const r = await api<{ plan: unknown; applied: unknown }>('POST', '/api/reconcile', { companyId: company?.id, checkOnly });
      setResult(r);
      notify('ok', t('services.reconciled', { summary: summarize(r.plan) }));
      void ov.reload();
    } catch (e: any) {
      notify('error', e?.notAvailable ? t('app.notAvailable', { path: '/api/reconcile' }) : t('outcome.failed', { message: e.message }));
    } finally {
      setBusy(false);
    }
  };
  if (!company) return <p>{t('app.noCompany')}</p>;
  const o = ov.data;
  const total = o?.byStatus ? Object.values(o.byStatus).reduce((a, b) => a + b, 0) : undefined;
  return (
    <section aria-labelledby="ov-h">
      <h1 id="ov-h">{t('overview.title')}</h1>
      <LoadState loading={ov.loading} error={ov.error} path={`/api/companies/${company.id}/sync-overview`} hasData={!!o}>
        {o && (
          <>
            <div className="tiles">
              {total !== undefined && (
                <div className="tile">
                  <span className="big">{i.number(total)}</span> {t('overview.total')}
                </div>
              )}
              {Object.entries(o.byStatus ?? {}).map(([s, n]) => (
                <div className={`tile sync-${s}`} key={s}>
                  <span className="big">{i.number(n)}</span> {t(`sync.${s}` as Key)}
                </div>
              ))}
              {o.drifted !== undefined && (
                <div className="tile">
                  <span className="big">{i.number(o.drifted)}</span> {t('overview.drifted')}
                </div>
              )}
              {o.openConflicts !== undefined && (
                <div className="tile">
                  <span className="big">{i.number(o.openConflicts)}</span> <Link to="/conflicts">{t('overview.conflicts')}</Link>
                </div>
              )}
            </div>
            <dl className="status-details card">
              <div>
                <dt>{t('overview.lastReconcile')}</dt>
                <dd>
                  {o.lastReconcile ? (
                    <>
                      <time dateTime={o.lastReconcile.startedAt} title={i.dateTime(o.lastReconcile.startedAt)}>
                        {i.relative(o.lastReconcile.startedAt)}
                      </time>
                      {o.lastReconcile.forced ? ` (${t('overview.forced')})` : ''}: {summarize({ totals: o.lastReconcile.summary ?? {} })}
                    </>
                  ) : (
                    t('overview.never')
                  )}
                </dd>
              </div>
              {o.rateBudget && (
                <div>
                  <dt>{t('overview.rate')}</dt>
                  <dd>
                    {t('overview.rateValue', { used: i.number(Math.round(o.rateBudget.used)), perMinute: i.number(o.rateBudget.perMinute) })}
                    {' '}
                    <meter min={0} max={o.rateBudget.perMinute} value={o.rateBudget.used} aria-label={t('overview.rate')} />
                  </dd>
                </div>
              )}
            </dl>
          </>
        )}
      </LoadState>
      <div className="buttons">
        <button type="button" disabled={busy} onClick={() => void run(true)}>
          {t('overview.checkOnly')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void run(false)}>
          {t('overview.reconcile')}
        </button>
      </div>
      {result && (
        <section className="card" aria-labelledby="plan-h">
          <h2 id="plan-h">
            {t('overview.plan')} ({result.applied ? t('overview.applied') : t('overview.checkedOnly')})
          </h2>
          <p>{summarize(result.plan)}</p>
          <details>
            <summary>{t('overview.details')}</summary>
            <Generic value={result.plan} />
          </details>
        </section>
      )}
    </section>
  );
}
