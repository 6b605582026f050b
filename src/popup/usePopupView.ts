// The popup's data: one 'popup.view' request, again after every action and on account change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { BackgroundClient } from '../messaging/client.ts'
import type { ResponseOf } from '../messaging/protocol.ts'
import { VIEW_ANSWERED } from './marks.ts'

export type ViewData = ResponseOf<'popup.view'>

export type ViewState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: ViewData }

/**
 * `firstView` is the first answer when it was asked for before the popup rendered (main.tsx asks
 * while the settings load): the popup shows the wave one round trip sooner.
 */
export function usePopupView(request: BackgroundClient, firstView?: Promise<ViewData>) {
  const [state, setState] = useState<ViewState>({ status: 'loading' })
  const [account, setAccount] = useState<string | undefined>(undefined)
  const first = useRef(firstView)
  const reload = useCallback(() => {
    const asked = first.current ?? request('popup.view', account === undefined ? {} : { account })
    first.current = undefined // used once: every later load asks again
    asked
      .then((data) => {
        // User Timing marks (local only): the popup's first-render measurements read them.
        performance.mark(VIEW_ANSWERED)
        setState({ status: 'ready', data })
      })
      .catch((error: unknown) =>
        setState({ status: 'error', message: error instanceof Error ? error.message : '' }),
      )
  }, [request, account])
  useEffect(reload, [reload])
  return { state, reload, setAccount }
}
