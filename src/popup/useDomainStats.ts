// The popup's one link to the background: loads per-domain counts through the typed protocol.
import { useEffect, useState } from 'preact/hooks'
import type { BackgroundClient } from '../messaging/client.ts'
import type { ResponseOf } from '../messaging/protocol.ts'

export type DomainStatsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; stats: ResponseOf<'stats.domains'> }

export function useDomainStats(request: BackgroundClient): DomainStatsState {
  const [state, setState] = useState<DomainStatsState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    request('stats.domains', {})
      .then((stats) => live && setState({ status: 'ready', stats }))
      .catch((error: unknown) => live && setState({ status: 'error', message: String(error) }))
    return () => {
      live = false
    }
  }, [request])
  return state
}
