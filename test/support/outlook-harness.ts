// The Outlook content script as the dom tests run it: the real runner, row view, opened view and
// link guard on the loaded page, and a background that judges rows by sender and answers
// message.find from the rows it was sent (as the worker answers from the rows it stored).
import { vi } from 'vitest'
import { findSameMail } from '../../src/core/mail/same-mail.ts'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import type { SelectorError } from '../../src/content/dom/selector-error.ts'
import { createOpenedView } from '../../src/content/opened/opened-view.ts'
import { createRowView } from '../../src/content/list/row-view.ts'
import { startRunner, type Runner } from '../../src/content/list/runner.ts'
import { installLinkGuard } from '../../src/content/opened/link-guard.ts'
import { outlookAdapter } from '../../src/content/webmail/outlook/adapter.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import type { RequestOf } from '../../src/messaging/protocol.ts'
import { nameDomainHere } from './name-domain.ts'

export const relay: Verdict = {
  verdict: 'relay',
  score: 0.95,
  reasons: ['helpdesk-subject', 'cross-brand-wave'],
  waveId: 'wave-1',
  important: false,
}
export const clean: Verdict = {
  verdict: 'clean',
  score: 0,
  reasons: [],
  waveId: null,
  important: false,
}
export const texts = (key: string, subs: string[] = []) => [key, ...subs].join('|')

const judge = (row: MailRow) =>
  /zendesk|freshdesk|li\.me/u.test(row.senderAddress) ? relay : clean

export interface Harness {
  runner: Runner
  /** What the page asked message.find. */
  finds: RequestOf<'message.find'>[]
  /** Selectors reported as no longer matching (the drift notice). */
  unreadable: string[]
}

/** Starts the content script; `stored` are rows another tab already sent to the background. */
export function startOutlook(
  signal: AbortSignal,
  options: { now: number; stored?: readonly MailRow[] },
): Harness {
  const stored = new Map((options.stored ?? []).map((row) => [row.id, row]))
  const finds: RequestOf<'message.find'>[] = []
  const unreadable: string[] = []
  let runner: Runner | null = null
  const request = (async (type: string, payload: unknown) => {
    if (type === 'wave.describe')
      return { wave: { mails: 6, brands: 6, minutes: 5, brand: 'discord' } }
    if (type === 'message.find') {
      const shown = payload as RequestOf<'message.find'>
      finds.push(shown)
      const id = findSameMail(shown, stored.values())
      const row = id ? stored.get(id) : undefined
      return { id: row?.id ?? null, verdict: row ? judge(row) : null }
    }
    const { rows } = payload as { rows: MailRow[] }
    for (const row of rows) stored.set(row.id, row)
    const verdicts = Object.fromEntries(rows.map((row) => [row.id, judge(row)]))
    return { verdicts, stored: rows.length, rejected: 0 }
  }) as unknown as BackgroundClient
  const rows = createRowView(document, outlookAdapter, texts, 'mark', (ids) => runner?.refresh(ids))
  const opened = createOpenedView({
    doc: document,
    texts,
    describe: async () => ({ mails: 6, brands: 6, minutes: 5, brand: 'discord' }),
    actions: () => ({ hideWave: vi.fn(), trust: vi.fn(), report: vi.fn() }),
  })
  installLinkGuard(document, texts, signal, nameDomainHere)
  runner = startRunner({
    adapter: outlookAdapter,
    doc: document,
    request,
    clock: () => options.now,
    alive: () => true,
    signal,
    rows,
    opened,
    onUnreadable: (error: SelectorError) => unreadable.push(error.selectorName),
  })
  return { runner, finds, unreadable }
}

/** A left click on the element; true when the page kept it from navigating. */
export function clickIsHeld(element: Element): boolean {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
  element.dispatchEvent(click)
  return click.defaultPrevented
}

/** The banner right after `anchor`, if there is one. */
export function bannerAfter(anchor: Element | null): boolean {
  return Boolean(anchor?.nextElementSibling?.hasAttribute('data-relay-shield-banner'))
}
