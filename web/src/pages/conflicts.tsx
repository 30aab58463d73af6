/** Every open divergence and conflict across the company, resolvable per field. */
import { api, qs, type Divergence, type Service } from '../api.js';
import { LoadState } from '../components/common.js';
import { DivergenceTable } from '../components/divergences.js';
import { useLoad } from '../hooks.js';
import { useI18n } from '../i18n.js';
import { useSession } from '../session.js';

type Item = Divergence & { serviceId: string; serviceName: string; currency?: string | null };

export function ConflictsPage() {
  const { t } = useI18n();
  const { company } = useSession();
  const list = useLoad(async (): Promise<{ items: Item[]; fallback: boolean }> => {
    if (!company) return { items: [], fallback: false };
    try {
      const r = await api<{ data: any[] }>('GET', `/api/divergences${qs({ companyId: company.id })}`);
      return {
        items: r.data.map((d) => ({
          ...d,
          serviceId: d.serviceId,
          serviceName: d.serviceName ?? d.service?.name ?? d.name ?? d.serviceId,
          currency: d.currency ?? d.serviceCurrency ?? d.service?.currency ?? null,
        })),
        fallback: false,
      };
    } catch (e: any) {
      if (!e?.notAvailable) throw e;
      // Until the company-wide list exists: the open differences of drifted services.
      const r = await api<{ data: Service[] }>('GET', `/api/services${qs({ companyId: company.id, drifted: 'true', limit: 500 })}`);
      return { items: r.data.flatMap((s) => s.divergences.map((d) => ({ ...d, serviceId: s.id, serviceName: s.name, currency: s.currency }))), fallback: true };
    }
  }, [company?.id], 3000);
  return (
    <section aria-labelledby="conf-h">
      <h1 id="conf-h">{t('conflicts.title')}</h1>
      <p>{t('conflicts.intro')}</p>
      <LoadState loading={list.loading} error={list.error} path="/api/divergences" hasData={!!list.data}>
        {list.data?.fallback && <p className="hint">{t('conflicts.fallback')}</p>}
        {list.data && list.data.items.length === 0 ? (
          <p>{t('conflicts.empty')}</p>
        ) : (
          <DivergenceTable items={list.data?.items ?? []} onChanged={() => void list.reload()} showService />
        )}
      </LoadState>
    </section>
  );
}
