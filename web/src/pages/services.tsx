/** The services table: search, filters, sorting, server-side paging, the Status column and row actions. */
import { useMemo, useState } from 'react';
import { api, qs, type Branch, type Service, type SyncStatus } from '../api.js';
import { ServiceActions } from '../components/actions.js';
import { LoadState, usePlanSummary, When } from '../components/common.js';
import { StatusCell } from '../components/status.js';
import { useDebounced, useLoad } from '../hooks.js';
import { useI18n, type Key } from '../i18n.js';
import { Link } from '../router.js';
import { useNotices, useSession } from '../session.js';

type Sort = 'name' | 'durationMinutes' | 'price' | 'syncStatus' | 'lastCalcomSync' | 'updatedAt';
type Tri = '' | 'true' | 'false';
type Bookable = '' | 'phone' | 'online' | 'none';

export function useBranches(companyId: string | undefined) {
  return useLoad<Branch[]>(async () => (companyId ? (await api<{ data: Branch[] }>('GET', `/api/companies/${companyId}/branches`)).data : []), [companyId]);
}

export function ServicesPage() {
  const i = useI18n();
  const { t } = i;
  const { company } = useSession();
  const { notify } = useNotices();
  const summarize = usePlanSummary();
  const companyId = company?.id;
  const [q, setQ] = useState('');
  const [syncStatus, setSyncStatus] = useState<'' | SyncStatus>('');
  const [active, setActive] = useState<Tri>('');
  const [online, setOnline] = useState<Tri>('');
  const [bookable, setBookable] = useState<Bookable>('');
  const [drifted, setDrifted] = useState<Tri>('');
  const [branchId, setBranchId] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [pageSize, setPageSize] = useState(50);
  const [page, setPage] = useState(0);
  const [reconciling, setReconciling] = useState(false);
  const search = useDebounced(q, 250);
  const branches = useBranches(companyId);
  const branchName = useMemo(() => new Map((branches.data ?? []).map((b) => [b.id, b.name])), [branches.data]);

  const params = {
    companyId,
    q: search.trim(),
    syncStatus,
    isActive: active,
    isOnline: online,
    drifted,
    branchId,
    bookable,
    sort,
    order,
    limit: pageSize,
    offset: page * pageSize,
  };
  const key = JSON.stringify(params);
  const list = useLoad(() => api<{ data: Service[]; total: number }>('GET', `/api/services${qs(params)}`), [key], 2000);
  const rows = list.data?.data ?? [];
  const total = list.data?.total ?? 0;
  const reset = () => {
    setQ('');
    setSyncStatus('');
    setActive('');
    setOnline('');
    setBookable('');
    setDrifted('');
    setBranchId('');
    setPage(0);
  };
  const onFilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(0);
  };

  const sortHeader = (col: Sort, label: Key) => {
    const activeSort = sort === col;
    return (
      <th scope="col" aria-sort={activeSort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          className="sort"
          onClick={() => {
            if (activeSort) setOrder(order === 'asc' ? 'desc' : 'asc');
            else {
              setSort(col);
              setOrder('asc');
            }
            setPage(0);
          }}
        >
          {t(label)}
          <span aria-hidden="true">{activeSort ? (order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  const reconcile = async () => {
    setReconciling(true);
    try {
      const r = await api<{ plan: unknown; applied: unknown }>('POST', '/api/reconcile', { companyId });
      notify('ok', t('services.reconciled', { summary: summarize(r.plan) }));
      await list.reload();
    } catch (e: any) {
      notify('error', e?.notAvailable ? t('app.notAvailable', { path: '/api/reconcile' }) : t('outcome.failed', { message: e.message }));
    } finally {
      setReconciling(false);
    }
  };

  if (!company) return <p>{t('app.noCompany')}</p>;
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  const tri = (id: string, label: Key, value: Tri, set: (v: Tri) => void, yes: Key = 'services.filter.yes', no: Key = 'services.filter.no') => (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(e) => onFilter(set)(e.target.value as Tri)}>
        <option value="">{t('services.filter.any')}</option>
        <option value="true">{t(yes)}</option>
        <option value="false">{t(no)}</option>
      </select>
    </div>
  );

  return (
    <section aria-labelledby="services-title">
      <div className="page-head">
        <h1 id="services-title">{t('services.title')}</h1>
        <div className="buttons">
          <button type="button" onClick={() => void reconcile()} disabled={reconciling}>
            {reconciling ? t('services.reconciling') : t('services.reconcile')}
          </button>
          <Link to="/services/new" className="button primary">
            {t('services.new')}
          </Link>
        </div>
      </div>
      <form className="filters" role="search" aria-label={t('services.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor="f-q">{t('services.search')}</label>
          <input id="f-q" type="search" value={q} onChange={(e) => onFilter(setQ)(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="f-sync">{t('services.filter.syncStatus')}</label>
          <select id="f-sync" value={syncStatus} onChange={(e) => onFilter(setSyncStatus)(e.target.value as SyncStatus | '')}>
            <option value="">{t('services.filter.any')}</option>
            {(['synced', 'pending', 'error', 'never'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`sync.${s}` as Key)}
              </option>
            ))}
          </select>
        </div>
        {tri('f-active', 'services.filter.active', active, setActive)}
        {tri('f-online', 'services.filter.online', online, setOnline)}
        <div className="field">
          <label htmlFor="f-bookable">{t('services.filter.bookable')}</label>
          <select id="f-bookable" value={bookable} onChange={(e) => onFilter(setBookable)(e.target.value as Bookable)}>
            <option value="">{t('services.filter.any')}</option>
            <option value="phone">{t('services.filter.bookablePhone')}</option>
            <option value="online">{t('services.filter.bookableOnline')}</option>
            <option value="none">{t('services.filter.bookableNone')}</option>
          </select>
        </div>
        {tri('f-drift', 'services.filter.drift', drifted, setDrifted, 'services.filter.drifted', 'services.filter.notDrifted')}
        <div className="field">
          <label htmlFor="f-branch">{t('services.filter.branch')}</label>
          <select id="f-branch" value={branchId} onChange={(e) => onFilter(setBranchId)(e.target.value)}>
            <option value="">{t('services.filter.any')}</option>
            {(branches.data ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field end">
          <button type="button" onClick={reset}>
            {t('services.filter.reset')}
          </button>
        </div>
      </form>
      <LoadState loading={list.loading} error={list.error} path="/api/services" hasData={!!list.data}>
        <div className="table-wrap">
          <table className="services" data-testid="services-table">
            <caption className="visually-hidden">{t('services.caption', { company: company.name })}</caption>
            <thead>
              <tr>
                {sortHeader('name', 'services.col.name')}
                <th scope="col">{t('services.col.branch')}</th>
                {sortHeader('durationMinutes', 'services.col.duration')}
                {sortHeader('price', 'services.col.price')}
                {sortHeader('syncStatus', 'services.col.status')}
                {sortHeader('lastCalcomSync', 'services.col.lastSync')}
                <th scope="col">{t('services.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={7}>{t('services.empty')}</td>
                </tr>
              )}
              {rows.map((s) => (
                <tr key={s.id} data-service-id={s.id} data-testid="service-row">
                  <th scope="row">
                    <Link to={`/services/${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{s.branchId ? branchName.get(s.branchId) ?? t('app.none') : t('app.none')}</td>
                  <td className="num">{t('services.minutes', { n: i.number(s.durationMinutes) })}</td>
                  <td className="num">{i.price(s.price, s.currency)}</td>
                  <td>
                    <StatusCell s={s} />
                  </td>
                  <td>
                    <When iso={s.lastCalcomSync} />
                  </td>
                  <td>
                    <ServiceActions s={s} compact onChanged={() => void list.reload()} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <nav className="pager" aria-label={t('services.paging')}>
          <span role="status">{t('services.count', { from: i.number(from), to: i.number(to), total: i.number(total) })}</span>
          <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0}>
            {t('services.prev')}
          </button>
          <button type="button" onClick={() => setPage(page + 1)} disabled={to >= total}>
            {t('services.next')}
          </button>
          <label htmlFor="f-size">{t('services.pageSize')}</label>
          <select
            id="f-size"
            value={pageSize}
            onChange={(e) => {
              setPageSize(Number(e.target.value));
              setPage(0);
            }}
          >
            {[25, 50, 100, 200].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </nav>
      </LoadState>
    </section>
  );
}
