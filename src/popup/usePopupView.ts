// The popup's data: one 'popup.view' request, again after every action and on account change.
import { useCallback, useEffect, useState } from 'preact/hooks'
import type { BackgroundClient } from '../messaging/client.ts'
import type { ResponseOf } from '../messaging/protocol.ts'

export type ViewData = ResponseOf<'popup.view'>

export type ViewState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: ViewData }

export function usePopupView(request: BackgroundClient) {
  const [state, setState] = useState<ViewState>({ status: 'loading' })
  const [account, setAccount] = useState<string | undefined>(undefined)
  const reload = useCallback(() => {
    request('popup.view', account === undefined ? {} : { account })
      .then((data) => setState({ status: 'ready', data }))
      .catch((error: unknown) =>
        setState({ status: 'error', message: error instanceof Error ? error.message : '' }),
      )
  }, [request, account])
  useEffect(reload, [reload])
  return { state, reload, setAccount }
}
