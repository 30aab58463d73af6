/** Who is signed in, which company is being looked at, and the outcome messages shown to the person. */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import type { Company, User } from './api.js';

export interface Session {
  user: User;
  companies: Company[];
  company: Company | undefined;
  setCompanyId: (id: string) => void;
  refreshCompanies: () => Promise<void>;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}

export interface Notice {
  id: number;
  kind: 'ok' | 'error';
  text: string;
}

const NoticeContext = createContext<{ notices: Notice[]; notify: (kind: Notice['kind'], text: string) => void; dismiss: (id: number) => void }>({
  notices: [],
  notify: () => {},
  dismiss: () => {},
});

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  const notify = useCallback(
    (kind: Notice['kind'], text: string) => {
      const id = next.current++;
      setNotices((n) => [...n.slice(-3), { id, kind, text }]);
      setTimeout(() => dismiss(id), kind === 'error' ? 20_000 : 8_000);
    },
    [dismiss],
  );
  return <NoticeContext.Provider value={{ notices, notify, dismiss }}>{children}</NoticeContext.Provider>;
}

export function useNotices() {
  return useContext(NoticeContext);
}
