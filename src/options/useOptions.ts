// The options page's state: the user's settings and the policy, loaded once, then every change
// saved at once (there is no separate "save" button to forget).
import { useCallback, useEffect, useState } from 'preact/hooks'
import type { Policy, Settings } from '../core/settings.ts'

export interface Loaded {
  own: Settings
  policy: Policy
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed'

export type OptionsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; own: Settings; policy: Policy; saved: SaveStatus }

export function useOptions(load: () => Promise<Loaded>, save: (own: Settings) => Promise<void>) {
  const [state, setState] = useState<OptionsState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    load()
      .then(({ own, policy }) => live && setState({ status: 'ready', own, policy, saved: 'idle' }))
      .catch(
        (error: unknown) =>
          live &&
          setState({ status: 'error', message: error instanceof Error ? error.message : '' }),
      )
    return () => {
      live = false
    }
  }, [load])
  const change = useCallback(
    (edit: (own: Settings) => Settings) => {
      if (state.status !== 'ready') return
      const own = edit(state.own)
      setState({ ...state, own, saved: 'saving' })
      save(own).then(
        () => setState((now) => (now.status === 'ready' ? { ...now, saved: 'saved' } : now)),
        () => setState((now) => (now.status === 'ready' ? { ...now, saved: 'failed' } : now)),
      )
    },
    [state, save],
  )
  return { state, change }
}
