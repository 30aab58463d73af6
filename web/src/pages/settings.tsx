/** Company settings: name, Cal.com key (masked) with "test connection", webhook URL and secret, field policies. */
import { useEffect, useState } from 'react';
import { api, type Company } from '../api.js';
import { CopyButton, LoadState } from '../components/common.js';
import { useLoad } from '../hooks.js';
import { useI18n, type Key } from '../i18n.js';
import { useNotices, useSession } from '../session.js';

const POLICIES = ['platform_wins', 'calcom_wins', 'flag_only'] as const;

export function SettingsPage() {
  const { t } = useI18n();
  const { company } = useSession();
  if (!company) return <p>{t('app.noCompany')}</p>;
  return (
    <section aria-labelledby="set-h">
      <h1 id="set-h">{t('settings.title')}</h1>
      <CompanyCard key={company.id} companyId={company.id} />
      <PoliciesCard key={`p-${company.id}`} companyId={company.id} />
    </section>
  );
}

function CompanyCard({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const { refreshCompanies } = useSession();
  const c = useLoad(() => api<Company>('GET', `/api/companies/${companyId}`), [companyId]);
  const [name, setName] = useState('');
  const [apiUrl, setApiUrl] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [showSecret, setShowSecret] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [testResult, setTestResult] = useState<{ ok: boolean; text: string }>();
  useEffect(() => {
    if (c.data) {
      setName(c.data.name);
      setApiUrl(c.data.calcom.apiUrl);
    }
  }, [c.data?.id]);

  const save = async () => {
    setBusy('save');
    try {
      const body: Record<string, string> = {};
      if (c.data && name.trim() !== c.data.name) body.name = name.trim();
      if (c.data && apiUrl.trim() !== c.data.calcom.apiUrl) body.calcomApiUrl = apiUrl.trim();
      if (apiKey.trim()) body.calcomApiKey = apiKey.trim();
      await api('PATCH', `/api/companies/${companyId}`, body);
      setApiKey('');
      notify('ok', t('settings.saved'));
      await c.reload();
      await refreshCompanies();
    } catch (e) {
      notify('error', t('outcome.failed', { message: (e as Error).message }));
    } finally {
      setBusy(undefined);
    }
  };
  const test = async () => {
    setBusy('test');
    try {
      const r = await api<{ connected: boolean; username?: string; error?: string }>('POST', `/api/companies/${companyId}/test-connection`);
      setTestResult(r.connected ? { ok: true, text: t('settings.testOk', { username: r.username ?? '' }) } : { ok: false, text: t('settings.testFailed', { error: r.error ?? '' }) });
      await c.reload();
    } catch (e) {
      setTestResult({ ok: false, text: t('outcome.failed', { message: (e as Error).message }) });
    } finally {
      setBusy(undefined);
    }
  };
  const register = async () => {
    setBusy('register');
    try {
      await api('POST', `/api/companies/${companyId}/register-webhook`);
      notify('ok', t('settings.registered'));
    } catch (e: any) {
      notify('error', e?.notAvailable ? t('app.notAvailable', { path: `/api/companies/:id/register-webhook` }) : t('outcome.failed', { message: e.message }));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <LoadState loading={c.loading} error={c.error} path={`/api/companies/${companyId}`} hasData={!!c.data}>
      {c.data && (
        <>
          <form
            className="card"
            aria-labelledby="calcom-h"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <h2 id="calcom-h">{t('settings.calcom')}</h2>
            <div className="field">
              <label htmlFor="set-name">{t('settings.name')}</label>
              <input id="set-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
            </div>
            <div className="field">
              <label htmlFor="set-url">{t('settings.apiUrl')}</label>
              <input id="set-url" type="url" value={apiUrl} onChange={(e) => setApiUrl(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="set-key">{t('settings.apiKeyNew')}</label>
              <input id="set-key" type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} aria-describedby="set-key-hint" />
              <p id="set-key-hint" className="hint">
                {t('settings.apiKeyCurrent', { hint: c.data.calcom.apiKeyHint })}
              </p>
            </div>
            <p>
              <strong>{t('settings.connection')}: </strong>
              <span className={`chip ${c.data.calcom.connected ? 'chip-ok' : 'chip-no'}`}>
                {c.data.calcom.connected ? t('settings.connected', { username: c.data.calcom.username ?? '' }) : t('settings.notConnected', { error: c.data.calcom.error ?? c.data.calcom.connection })}
              </span>
            </p>
            {testResult && (
              <p className={`notice ${testResult.ok ? 'ok' : 'error'}`} role="status">
                {testResult.text}
              </p>
            )}
            <div className="buttons">
              <button type="submit" className="primary" disabled={!!busy}>
                {busy === 'save' ? t('app.saving') : t('app.save')}
              </button>
              <button type="button" onClick={() => void test()} disabled={!!busy}>
                {busy === 'test' ? t('settings.testing') : t('settings.test')}
              </button>
            </div>
          </form>
          <div className="card" role="group" aria-labelledby="wh-set-h">
            <h2 id="wh-set-h">{t('settings.webhook')}</h2>
            <p>{t('settings.webhookHelp')}</p>
            <div className="field">
              <label htmlFor="set-wh-url">{t('settings.webhookUrl')}</label>
              <div className="with-button">
                <input id="set-wh-url" readOnly value={c.data.webhookUrl} />
                <CopyButton text={c.data.webhookUrl} label={t('settings.webhookUrl')} />
              </div>
            </div>
            <div className="field">
              <label htmlFor="set-wh-secret">{t('settings.webhookSecret')}</label>
              <div className="with-button">
                <input id="set-wh-secret" readOnly type={showSecret ? 'text' : 'password'} value={c.data.webhookSecret} />
                <button type="button" onClick={() => setShowSecret(!showSecret)} aria-pressed={showSecret}>
                  {showSecret ? t('app.hide') : t('app.show')}
                </button>
                <CopyButton text={c.data.webhookSecret} label={t('settings.webhookSecret')} />
              </div>
            </div>
            <div className="buttons">
              <button type="button" onClick={() => void register()} disabled={!!busy}>
                {t('settings.register')}
              </button>
            </div>
          </div>
        </>
      )}
    </LoadState>
  );
}

function PoliciesCard({ companyId }: { companyId: string }) {
  const i = useI18n();
  const { t } = i;
  const { notify } = useNotices();
  const p = useLoad(() => api<{ data: Record<string, string> }>('GET', `/api/companies/${companyId}/policies`), [companyId]);
  const [draft, setDraft] = useState<Record<string, string>>({});
  useEffect(() => {
    if (p.data) setDraft(p.data.data ?? {});
  }, [p.data]);
  const save = async () => {
    try {
      const r = await api<{ data: Record<string, string> }>('PUT', `/api/companies/${companyId}/policies`, draft);
      setDraft(r.data ?? draft);
      notify('ok', t('settings.policiesSaved'));
    } catch (e) {
      notify('error', t('outcome.failed', { message: (e as Error).message }));
    }
  };
  return (
    <section className="card" aria-labelledby="pol-h">
      <h2 id="pol-h">{t('settings.policies')}</h2>
      <p>{t('settings.policiesIntro')}</p>
      <LoadState loading={p.loading} error={p.error} path={`/api/companies/${companyId}/policies`} hasData={!!p.data}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="grid">
            {Object.keys(draft).map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`pol-${f}`}>{i.fieldLabel(f)}</label>
                <select id={`pol-${f}`} value={draft[f]} onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}>
                  {POLICIES.map((v) => (
                    <option key={v} value={v}>
                      {t(`settings.policy.${v}` as Key)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <div className="buttons">
            <button type="submit" className="primary">
              {t('settings.savePolicies')}
            </button>
          </div>
        </form>
      </LoadState>
    </section>
  );
}
