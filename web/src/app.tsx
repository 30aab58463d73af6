/** The shell: sign-in, the company switcher, the language switch, navigation and the pages. */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, setUnauthenticatedHandler, type Company, type User } from './api.js';
import { Notices } from './components/common.js';
import { useI18n, type Locale } from './i18n.js';
import { AppointmentsPage } from './pages/appointments.js';
import { ConflictsPage } from './pages/conflicts.js';
import { OverviewPage } from './pages/overview.js';
import { NewServicePage, ServicePage } from './pages/service.js';
import { ServicesPage } from './pages/services.js';
import { SettingsPage } from './pages/settings.js';
import { WebhooksPage } from './pages/webhooks.js';
import { Link, match, useRouter } from './router.js';
import { SessionContext, useNotices, type Session } from './session.js';
import { useVisible } from './hooks.js';

const COMPANY_KEY = 'calsync.company';

function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="field inline">
      <label htmlFor="lang">{t('app.language')}</label>
      <select id="lang" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        <option value="de" lang="de">
          Deutsch
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </div>
  );
}

function Login({ onDone }: { onDone: (u: User) => void }) {
  const { t } = useI18n();
  /** The server's reasons in the person's language; anything else with the server's words. */
  const loginFailure = (err: unknown): string => {
    if (err instanceof ApiError) {
      if (err.status === 401 || err.code === 'unauthenticated') return t('login.wrong');
      if (err.status === 429 || err.code === 'rate_limited') return t('login.tooMany');
      if (err.code === 'invalid_input') return t('login.required');
      if (err.status === 0) return t('login.network');
    }
    return t('login.failed', { message: (err as Error).message });
  };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const r = await api<{ user: User }>('POST', '/api/auth/login', { email, password });
      onDone(r.user);
    } catch (err) {
      setError(loginFailure(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="login">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="login-h" noValidate>
        <h1 id="login-h">{t('login.title')}</h1>
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input id="login-email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input id="login-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}

function Routes() {
  const { loc } = useRouter();
  const { t } = useI18n();
  const p = loc.path.replace(/\/+$/, '') || '/';
  if (p === '/' || p === '/services') return <ServicesPage />;
  if (p === '/services/new') return <NewServicePage />;
  const m = match('/services/:id', p);
  if (m) return <ServicePage key={m.id} id={m.id} />;
  if (p === '/conflicts') return <ConflictsPage />;
  if (p === '/appointments') return <AppointmentsPage />;
  if (p === '/webhooks') return <WebhooksPage />;
  if (p === '/settings') return <SettingsPage />;
  if (p === '/overview') return <OverviewPage />;
  return <p>{t('app.notFound')}</p>;
}

function Shell({ session }: { session: Session }) {
  const { t } = useI18n();
  const { loc, navigate } = useRouter();
  const visible = useVisible();
  const nav: [string, Parameters<typeof t>[0]][] = [
    ['/', 'nav.services'],
    ['/conflicts', 'nav.conflicts'],
    ['/appointments', 'nav.appointments'],
    ['/webhooks', 'nav.webhooks'],
    ['/overview', 'nav.overview'],
    ['/settings', 'nav.settings'],
  ];
  const isCurrent = (to: string) => (to === '/' ? loc.path === '/' || loc.path.startsWith('/services') : loc.path.startsWith(to));
  return (
    <>
      <a href="#main" className="skip">
        {t('app.skip')}
      </a>
      <header className="top">
        <span className="brand">calsync</span>
        <nav aria-label={t('nav.main')}>
          <ul>
            {nav.map(([to, key]) => (
              <li key={to}>
                <Link to={to} aria-current={isCurrent(to) ? 'page' : undefined}>
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="top-right">
          {session.companies.length > 0 && (
            <div className="field inline">
              <label htmlFor="company">{t('app.company')}</label>
              <select
                id="company"
                value={session.company?.id ?? ''}
                onChange={(e) => {
                  session.setCompanyId(e.target.value);
                  // A service page belongs to the company it was opened in: go to the new company's list.
                  if (match('/services/:id', loc.path) && loc.path !== '/services/new') navigate('/');
                }}
                disabled={session.user.role !== 'admin' && session.companies.length < 2}
              >
                {session.companies.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <LanguageSwitch />
          <span className="muted small" title={t('app.signedInAs', { email: session.user.email })}>
            {session.user.email}
          </span>
          <button type="button" onClick={() => void session.logout()}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <p className="live-flag muted small" aria-hidden="true">
          {visible ? `● ${t('app.live')}` : t('app.paused')}
        </p>
        {/* A new company starts its pages afresh: no filters or page number carried over from the last one. */}
        <Routes key={session.company?.id ?? ''} />
      </main>
      <Notices />
    </>
  );
}

export function App() {
  const { t } = useI18n();
  const { notify } = useNotices();
  const [user, setUser] = useState<User | null>();
  const [companies, setCompanies] = useState<Company[]>([]);
  const [companyId, setCompanyIdState] = useState<string | null>(() => localStorage.getItem(COMPANY_KEY));
  const [bootError, setBootError] = useState<string>();

  const refreshCompanies = useCallback(async () => {
    const r = await api<{ data: Company[] }>('GET', '/api/companies');
    setCompanies(r.data);
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => setUser(null));
    api<{ user: User }>('GET', '/api/auth/me')
      .then((r) => setUser(r.user))
      .catch((e) => {
        if (e instanceof ApiError && e.status === 401) setUser(null);
        else setBootError(e.message);
      });
  }, []);
  useEffect(() => {
    if (user) refreshCompanies().catch((e) => notify('error', t('app.error', { message: e.message })));
  }, [user?.id]);

  if (bootError)
    return (
      <main id="main">
        <p className="notice error" role="alert">
          {t('app.error', { message: bootError })}
        </p>
      </main>
    );
  if (user === undefined)
    return (
      <main id="main">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  if (user === null) return <Login onDone={(u) => setUser(u)} />;

  const company = companies.find((c) => c.id === companyId) ?? companies.find((c) => c.id === user.companyId) ?? companies[0];
  const session: Session = {
    user,
    companies,
    company,
    setCompanyId: (id) => {
      localStorage.setItem(COMPANY_KEY, id);
      setCompanyIdState(id);
    },
    refreshCompanies,
    logout: async () => {
      try {
        await api('POST', '/api/auth/logout');
      } finally {
        setUser(null);
        setCompanies([]);
      }
    },
  };
  return (
    <SessionContext.Provider value={session}>
      <Shell session={session} />
    </SessionContext.Provider>
  );
}
