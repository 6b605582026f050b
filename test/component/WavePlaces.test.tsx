// The popup's counts of an Outlook wave per folder and per view of the Focused Inbox, and the
// cleanup's word when a view could not be opened, on the real English catalogue.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/popup/App.tsx'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import type { PopupView } from '../../src/messaging/protocol.ts'
import en from '../../public/_locales/en/messages.json' with { type: 'json' }
import { VIEW_NOW, viewAnswer, waveView } from '../support/popup-view.ts'

afterEach(cleanup)

function t(key: string, substitutions: string[] = []): string {
  const entry = (en as Record<string, { message: string }>)[key]
  if (!entry) throw new Error(`missing message ${key}`)
  return entry.message.replace(/\$[A-Z]+\$/gu, () => substitutions.shift() ?? '')
}

function outlookWave(): PopupView {
  const view = waveView(303, 12)
  const places = [
    { folder: 'inbox', view: 'focused', mails: 120 },
    { folder: 'inbox', view: 'other', mails: 180 },
    { folder: 'junkemail', view: null, mails: 3 },
  ] as const
  return {
    ...view,
    account: 'outlook:outlook.live.com/0',
    wave: { ...view.wave!, places: [...places] },
  }
}

function setup(view: PopupView, unreached?: string[]) {
  const request = vi.fn(async (type: string) => {
    if (type === 'popup.view') return { ...viewAnswer(view), actions: [] }
    if (type === 'stats.domains') return { total: 1, accounts: [view.account], domains: [] }
    if (type === 'actions.recent') return { entries: [] }
    if (type === 'wave.act')
      return { results: { a: 'done' }, tabId: 1, ...(unreached ? { unreached } : {}) }
    return { ok: true }
  })
  render(<App request={request as unknown as BackgroundClient} t={t} now={() => VIEW_NOW} />)
}

describe("the wave's mails per view and folder", () => {
  it('counts an Outlook wave per inbox view and folder', async () => {
    setup(outlookWave())
    const places = await screen.findByRole('region', { name: "Where the wave's mails are" })
    expect(places.textContent).toContain('Inbox · Focused 120 · Other 180 · Junk Email 3')
  })

  it('shows nothing of places for a Gmail wave', async () => {
    setup(waveView(120, 12))
    await screen.findByRole('heading', { name: 'A relay spam wave is under way' })
    expect(screen.queryByRole('region', { name: "Where the wave's mails are" })).toBeNull()
  })

  it('says which view the cleanup could not open', async () => {
    setup(outlookWave(), ['other'])
    fireEvent.click(await screen.findByRole('button', { name: 'Archive' }))
    const alert = await screen.findByText(/view could not be opened/u)
    expect(alert.textContent).toBe(
      "Outlook's Other view could not be opened: its mails were not cleaned up. Open it and try again.",
    )
  })
})
