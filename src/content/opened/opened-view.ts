// The opened relay or suspect message: a banner right after its subject, and its links guarded.
// An opened message whose verdict is still on its way has its links held until it arrives.
// Banners are keyed by message id; a re-rendered conversation gets its banner back on the next scan.
import type { Verdict } from '../../core/types.ts'
import type { WaveFacts } from '../../messaging/protocol.ts'
import { BANNER_ATTRIBUTE, createBanner, type BannerActions } from '../ui/banner.ts'
import { GUARD_ATTRIBUTE, HOLD_ATTRIBUTE } from './links/attributes.ts'
import type { Translate } from '../ui/texts.ts'
import type { IdentifiedMessage } from '../webmail/adapter.ts'

export interface OpenedViewDeps {
  doc: Document
  texts: Translate
  /** The wave's figures for the banner, or null when the message is in no wave. */
  describe: (id: string) => Promise<WaveFacts | null>
  actions: (id: string, verdict: Verdict) => BannerActions
}

export interface OpenedView {
  /**
   * Brings banners and link guards in line with the opened messages and their verdicts.
   * `waiting` tells which messages are being classified (their links are held meanwhile).
   */
  sync: (
    opened: readonly IdentifiedMessage[],
    verdictOf: (id: string) => Verdict | undefined,
    waiting?: (id: string) => boolean,
  ) => void
  clear: () => void
}

export function createOpenedView(deps: OpenedViewDeps): OpenedView {
  const facts = new Map<string, WaveFacts | null>()
  // The banners this view placed: kept here so a sync needs no search of the whole page.
  const placed = new Set<Element>()
  const place = (message: IdentifiedMessage, verdict: Verdict) => {
    const next = message.anchor.nextElementSibling
    const current =
      next?.hasAttribute(BANNER_ATTRIBUTE) && next.getAttribute('data-id') === message.id
        ? next
        : null
    if (current?.getAttribute('data-verdict') === verdict.verdict) return
    current?.remove()
    const banner = createBanner(deps.doc, verdict, deps.texts, deps.actions(message.id, verdict))
    banner.host.setAttribute('data-id', message.id)
    message.anchor.after(banner.host)
    placed.add(banner.host)
    const known = facts.get(message.id)
    if (known) banner.showWave(known)
    else if (verdict.waveId && known === undefined) {
      void deps
        .describe(message.id)
        .then((wave) => {
          facts.set(message.id, wave)
          if (wave) banner.showWave(wave)
        })
        .catch(() => {})
    }
  }
  const view: OpenedView = {
    sync(opened, verdictOf, waiting = () => false) {
      const open = new Set(opened.map((message) => message.id))
      for (const host of placed) {
        if (host.isConnected && open.has(host.getAttribute('data-id') ?? '')) continue
        host.remove()
        placed.delete(host)
      }
      for (const message of opened) {
        const verdict = verdictOf(message.id)
        const warn = verdict !== undefined && verdict.verdict !== 'clean'
        if (warn) place(message, verdict)
        else removeBanner(message)
        const hold = verdict === undefined && waiting(message.id)
        for (const body of message.bodies()) {
          body.toggleAttribute(GUARD_ATTRIBUTE, warn)
          body.toggleAttribute(HOLD_ATTRIBUTE, hold)
        }
      }
    },
    clear() {
      placed.clear()
      for (const host of deps.doc.querySelectorAll(`[${BANNER_ATTRIBUTE}]`)) host.remove()
      for (const body of deps.doc.querySelectorAll(`[${GUARD_ATTRIBUTE}], [${HOLD_ATTRIBUTE}]`)) {
        body.removeAttribute(GUARD_ATTRIBUTE)
        body.removeAttribute(HOLD_ATTRIBUTE)
      }
    },
  }
  return view
}

function removeBanner(message: IdentifiedMessage): void {
  const next = message.anchor.nextElementSibling
  if (next?.hasAttribute(BANNER_ATTRIBUTE)) next.remove()
}
