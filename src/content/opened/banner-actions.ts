// What the banner's buttons do: hide the wave's rows in the list (with undo), trust this ticket
// (stored by the background, which re-labels the message everywhere), or report it as spam after
// the confirmation that explains the harm to the abused company.
import type { Verdict } from '../../core/types.ts'
import type { BackgroundClient } from '../../messaging/client.ts'
import { confirmReport } from '../actions/page-actions.ts'
import type { RowView } from '../list/row-view.ts'
import type { Runner } from '../list/runner.ts'
import type { BannerActions } from '../ui/banner.ts'
import type { Translate } from '../ui/texts.ts'
import type { WebmailAdapter } from '../webmail/adapter.ts'

export interface BannerActionDeps {
  doc: Document
  adapter: WebmailAdapter
  texts: Translate
  rows: RowView
  request: BackgroundClient
  account: () => string
  id: string
  verdict: Verdict
  runner: () => Runner | null
}

export function bannerActions(deps: BannerActionDeps): BannerActions {
  return {
    hideWave: () => {
      const waveId = deps.verdict.waveId
      if (waveId) deps.rows.hide(deps.runner()?.waveMembers(waveId) ?? [])
    },
    trust: () => {
      void deps
        .request('message.trust', { account: deps.account(), id: deps.id })
        .then(({ verdict }) => {
          if (verdict) deps.runner()?.apply(deps.account(), { [deps.id]: verdict })
        })
    },
    report: () => {
      void confirmReport(deps, 1).then(async (yes) => {
        if (yes)
          await deps.adapter.runAction(deps.doc, { action: 'spam', ids: [deps.id], label: '' })
      })
    },
  }
}
