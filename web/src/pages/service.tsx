/** One service: its status in words, the actions, its differences with Cal.com, the edit form and its history. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, qs, type HistoryEntry, type Service } from '../api.js';
import { ServiceActions } from '../components/actions.js';
import { LoadState } from '../components/common.js';
import { DivergenceTable } from '../components/divergences.js';
import { HistoryTimeline } from '../components/history.js';
import { ServiceForm } from '../components/service-form.js';
import { Indicators, StatusDetails } from '../components/status.js';
import { useLoad, useVisible } from '../hooks.js';
import { useI18n } from '../i18n.js';
import { Link, useRouter } from '../router.js';
import { useNotices, useSession } from '../session.js';
import { useBranches } from './services.js';

interface HistoryPage {
  /** The cursor this page was asked for with (null: the first page). */
  after: string | null;
  data: HistoryEntry[];
  next: string | null;
}

/**
 * The history in pages, oldest first: `{data, next}` where `next` is the cursor of the newer entries
 * (a server without paging sends no `next`: one page). Polling refreshes only the last page, which is
 * where new entries arrive.
 */
function useHistory(id: string, pollMs: number) {
  const [pages, setPages] = useState<HistoryPage[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [loadingNewer, setLoadingNewer] = useState(false);
  const current = useRef<HistoryPage[]>([]);
  const gen = useRef(0);
  const busyNewer = useRef(false);
  const visible = useVisible();
  const fetchPage = useCallback(
    async (after: string | null): Promise<HistoryPage> => {
      const r = await api<{ data: HistoryEntry[]; next?: string | null }>('GET', `/api/services/${id}/history${qs({ after, limit: 100 })}`);
      return { after, data: r.data ?? [], next: typeof r.next === 'string' && r.next ? r.next : null };
    },
    [id],
  );
  const commit = (p: HistoryPage[]) => {
    current.current = p;
    setPages(p);
  };
  const asError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'client', e instanceof Error ? e.message : String(e)));
  const refresh = useCallback(async () => {
    if (busyNewer.current) return;
    const mine = ++gen.current;
    const before = current.current;
    const last = before.length ? before[before.length - 1] : null;
    try {
      const page = await fetchPage(last ? last.after : null);
      if (mine !== gen.current) return;
      commit(last ? [...before.slice(0, -1), page] : [page]);
      setError(undefined);
    } catch (e) {
      if (mine === gen.current) setError(asError(e));
    } finally {
      if (mine === gen.current) setLoaded(true);
    }
  }, [fetchPage]);
  const newer = async () => {
    const before = current.current;
    const last = before[before.length - 1];
    if (!last?.next || busyNewer.current) return;
    busyNewer.current = true;
    const mine = ++gen.current; // an older poll's answer no longer applies
    setLoadingNewer(true);
    try {
      const page = await fetchPage(last.next);
      if (mine === gen.current) commit([...before, page]);
    } catch (e) {
      setError(asError(e));
    } finally {
      busyNewer.current = false;
      setLoadingNewer(false);
    }
  };
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    if (!visible) return;
    const t = setInterval(() => void refresh(), pollMs);
    return () => clearInterval(t);
  }, [refresh, visible, pollMs]);
  const last = pages[pages.length - 1];
  return {
    entries: pages.flatMap((p) => p.data),
    hasNewer: !!last?.next,
    loaded,
    error,
    loadingNewer,
    newer,
    reload: refresh,
  };
}

export function ServicePage({ id }: { id: string }) {
  const { t } = useI18n();
  const svc = useLoad(() => api<Service>('GET', `/api/services/${id}`), [id], 2000);
  const history = useHistory(id, 3000);
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
              <DivergenceTable items={s.divergences.map((d) => ({ ...d, serviceId: s.id, serviceName: s.name, currency: s.currency }))} onChanged={refresh} showService={false} />
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
            <LoadState loading={!history.loaded} error={history.error} path={`/api/services/${id}/history`} hasData={history.loaded && !(history.error && !history.entries.length)}>
              <HistoryTimeline
                entries={history.entries}
                currency={s.currency}
                hasNewer={history.hasNewer}
                loadingNewer={history.loadingNewer}
                onNewer={() => void history.newer()}
              />
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
