import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Me } from '../../../shared/api'
import { call, onSessionLost } from '../api/client'
import { errorText } from '../api/error-text'

/** Which screen the whole window shows: the core's answers decide it, never a guess in the UI. */
export type SessionPhase =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'setup' }
  | { kind: 'signedOut'; notice: string | null }
  | { kind: 'signedIn'; me: Me }

interface Session {
  phase: SessionPhase
  /**
   * While a login answer is on its way: who is signing in, as far as the screen knows before the core
   * answers (the typed login, no name, no roles). The signed-in screen renders for it, hidden, under the
   * login screen (app-root.tsx); nothing is asked of the core in their name before the answer.
   */
  signingIn: Me | null
  startSigningIn(login: string): void
  /** The login was refused: the hidden screen goes. */
  cancelSigningIn(): void
  /** Heads the login screen, the header and every printed form; null before setup. */
  companyName: string | null
  /** Asks the core again (first load, and 重试 after a failed start). */
  reload(): void
  signedIn(me: Me, companyName?: string): void
  /** After a password change the core answers the updated Me (mustChangePassword cleared). */
  updateMe(me: Me): void
  /** Asks the core again who I am, after an administrator changed their own account. */
  refreshMe(): Promise<void>
  signOut(): Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<SessionPhase>({ kind: 'loading' })
  const [companyName, setCompanyName] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [signingIn, setSigningIn] = useState<Me | null>(null)

  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        const status = await call('system.status', {})
        if (cancelled) return
        setCompanyName(status.companyName)
        if (status.setupNeeded) return setPhase({ kind: 'setup' })
        // A still-valid session (cookie in the host, per-window token in Electron) survives a reload.
        const me = await call('auth.me', {})
        if (!cancelled) setPhase(me ? { kind: 'signedIn', me } : { kind: 'signedOut', notice: null })
      } catch (error) {
        if (!cancelled) setPhase({ kind: 'unreachable', message: errorText(error) })
      }
    })()
    return () => {
      cancelled = true
    }
  }, [attempt])

  // Any call anywhere that meets NOT_SIGNED_IN / SESSION_EXPIRED sends the user back to the login screen.
  useEffect(
    () => onSessionLost((message) => setPhase((p) => (p.kind === 'signedIn' ? { kind: 'signedOut', notice: message } : p))),
    [],
  )

  const reload = useCallback(() => {
    setPhase({ kind: 'loading' })
    setAttempt((n) => n + 1)
  }, [])

  const signedIn = useCallback((me: Me, name?: string) => {
    if (name !== undefined) setCompanyName(name)
    setPhase({ kind: 'signedIn', me })
    setSigningIn(null)
  }, [])

  // A transition (issue 10): the hidden signed-in screen is built in slices that yield, so the login answer —
  // ≈40 ms since Argon2id, sooner than that screen takes to build — is not kept waiting behind it. An answer that
  // comes first renders the screen with its rows at once and the unfinished build is dropped; a slow answer (a
  // commit's fsync under disk write-back) finds it built and only reveals it.
  const startSigningIn = useCallback(
    (login: string) => startTransition(() => setSigningIn({ id: 0, name: '', login, roles: [], mustChangePassword: false })),
    [],
  )
  const cancelSigningIn = useCallback(() => setSigningIn(null), [])

  const updateMe = useCallback((me: Me) => setPhase({ kind: 'signedIn', me }), [])

  const refreshMe = useCallback(async () => {
    const me = await call('auth.me', {}).catch(() => undefined)
    if (me) setPhase({ kind: 'signedIn', me })
    else if (me === null) setPhase({ kind: 'signedOut', notice: null })
  }, [])

  const signOut = useCallback(async () => {
    // Even if the core is unreachable, leave nothing of the last user on screen.
    await call('auth.logout', {}).catch(() => undefined)
    setPhase({ kind: 'signedOut', notice: null })
  }, [])

  const value = useMemo(
    () => ({ phase, signingIn, startSigningIn, cancelSigningIn, companyName, reload, signedIn, updateMe, refreshMe, signOut }),
    [phase, signingIn, startSigningIn, cancelSigningIn, companyName, reload, signedIn, updateMe, refreshMe, signOut],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}

const MeContext = createContext<Me | null>(null)

/** The signed-in screen's user (app-root.tsx): the session's, or, hidden while signing in, the one signing in. */
export const MeProvider = MeContext.Provider

/** The signed-in user; only for screens rendered inside the signed-in layout. */
export function useMe(): Me {
  const me = useContext(MeContext)
  if (!me) throw new Error('useMe outside a signed-in screen')
  return me
}
