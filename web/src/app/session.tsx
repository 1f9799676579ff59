import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import { ApiError } from '../api/api-error.ts';
import type { User } from '../api/types.ts';

interface Session {
  /** Undefined while /api/auth/me is being asked; null when signed out. */
  user: User | null | undefined;
  login: (login: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Called when any request answers 401: the cookie expired, show the login page. */
  expired: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in. The CSRF token always comes from /api/auth/me, as the contract asks. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const me = await api('GET /api/auth/me');
      setCsrfToken(me.csrfToken);
      setUser(me.user);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) console.error(e);
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  useEffect(() => {
    // The state is set when the answer arrives, not synchronously: the effect talks to the server.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
  }, [refresh]);

  const login = useCallback(
    async (login: string, password: string) => {
      const res = await api('POST /api/auth/login', { body: { login, password } });
      setCsrfToken(res.csrfToken);
      await refresh();
    },
    [refresh],
  );

  const logout = useCallback(async () => {
    try {
      await api('POST /api/auth/logout');
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const expired = useCallback(() => {
    setCsrfToken(null);
    setUser(null);
  }, []);

  return (
    <SessionContext.Provider value={{ user, login, logout, expired }}>{children}</SessionContext.Provider>
  );
}

/** The signed-in user and the login/logout actions. */
export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
