import { render, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/popup/App.tsx'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import en from '../../public/_locales/en/messages.json' with { type: 'json' }

/** Resolves keys from the real English catalogue, as browser.i18n would. */
function t(key: string, substitutions: string[] = []): string {
  const entry = (en as Record<string, { message: string }>)[key]
  if (!entry) throw new Error(`missing message ${key}`)
  return entry.message.replace(/\$[A-Z]+\$/gu, () => substitutions.shift() ?? '')
}

const client = (answer: () => Promise<unknown>) => (() => answer()) as unknown as BackgroundClient

describe('popup', () => {
  it('shows the stored mails per sender domain, busiest first', async () => {
    const request = client(async () => ({
      total: 7,
      accounts: ['gmail:me'],
      domains: [
        { domain: 'discord.zendesk.com', count: 5 },
        { domain: 'example.org', count: 2 },
      ],
    }))
    render(<App request={request} t={t} />)
    expect(await screen.findByText('7 mails seen')).toBeTruthy()
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual(['discord.zendesk.com5', 'example.org2'])
    expect(screen.getByRole('table', { name: 'Mails per sender domain' })).toBeTruthy()
  })

  it('says how to start when nothing was seen yet', async () => {
    render(<App request={client(async () => ({ total: 0, accounts: [], domains: [] }))} t={t} />)
    expect(await screen.findByText(/No mail seen yet/u)).toBeTruthy()
  })

  it('tells the user in words when the background cannot answer', async () => {
    render(<App request={client(async () => Promise.reject(new Error('worker gone')))} t={t} />)
    expect((await screen.findByRole('alert')).textContent).toContain('worker gone')
  })

  it('has every message key in German too', async () => {
    const de = await import('../../public/_locales/de/messages.json', { with: { type: 'json' } })
    expect(Object.keys(de.default).sort()).toEqual(Object.keys(en).sort())
  })
})
