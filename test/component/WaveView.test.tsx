// The popup during a wave, on the real English catalogue: status, pinned mail, chart, the wave
// by company (virtualised), cleanup with confirmation and progress, undo, telling the company.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/popup/App.tsx'
import { csvCell, evidenceCsv } from '../../src/popup/evidence.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import type { ActionLogEntry } from '../../src/messaging/protocol.ts'
import en from '../../public/_locales/en/messages.json' with { type: 'json' }
import { VIEW_NOW, viewAnswer, waveView } from '../support/popup-view.ts'
import { axeViolations } from '../support/axe.ts'

afterEach(cleanup)

function t(key: string, substitutions: string[] = []): string {
  const entry = (en as Record<string, { message: string }>)[key]
  if (!entry) throw new Error(`missing message ${key}`)
  return entry.message.replace(/\$[A-Z]+\$/gu, () => substitutions.shift() ?? '')
}

function setup(view = waveView(120, 12), actions: ActionLogEntry[] = []) {
  const request = vi.fn(async (type: string, payload: Record<string, unknown>) => {
    if (type === 'popup.view') return { ...viewAnswer(view), actions }
    if (type === 'stats.domains') return { total: 130, accounts: [view.account], domains: [] }
    if (type === 'wave.act') {
      const ids = view.wave!.brands.filter(
        (brand) => !payload.brands || (payload.brands as string[]).includes(brand.brand),
      )
      return { results: Object.fromEntries(ids.flatMap((b) => b.ids).map((id) => [id, 'done'])) }
    }
    if (type === 'actions.recent') return { entries: [] }
    if (type === 'folder.scan') return { rows: 250, tabId: 3 }
    return { ok: true, results: {}, undoable: true, tabId: 1 }
  })
  render(<App request={request as unknown as BackgroundClient} t={t} now={() => VIEW_NOW} />)
  return request
}

describe('popup during a wave', () => {
  it('says a wave is under way in words, pins the important mail, and draws the wave', async () => {
    setup()
    expect(
      await screen.findByRole('heading', { name: 'A relay spam wave is under way' }),
    ).toBeTruthy()
    const since = new Date(VIEW_NOW - 40 * 60_000).toLocaleTimeString(undefined, {
      hour: '2-digit',
      minute: '2-digit',
    })
    expect(document.querySelector('.headline')!.textContent).toBe(
      `120 fake ticket confirmations from 12 companies since ${since}. ` +
        'Your real mail is safe: 1 important mail pinned below.',
    )
    const pinned = await screen.findByRole('region', {
      name: 'Important mail during this wave (1)',
    })
    expect(pinned.textContent).toContain('Your password was changed')
    const chart = screen.getByRole('slider', { name: 'Mail over time' })
    expect(chart.getAttribute('aria-valuetext')).toMatch(
      /: 120 ticket confirmations and 5 other mails, per minute\.$/u,
    )
    expect(chart.querySelectorAll('rect.helpdesk')).toHaveLength(35)
    expect(chart.querySelectorAll('rect.wave')).toHaveLength(1)
    expect(chart.querySelectorAll('.pin')).toHaveLength(1)
  })

  it("in Gmail: scans the wave's time span, every page and tab of it, and says how many it read", async () => {
    const view = waveView(120, 12)
    const request = setup(view)
    fireEvent.click(await screen.findByRole('button', { name: 'Scan the wave' }))
    expect(await screen.findByText('Read 250 conversations.')).toBeTruthy()
    const [, payload] = request.mock.calls.find(([type]) => type === 'folder.scan')!
    const { window } = payload as { window: { from: number; to: number } }
    expect(payload.account).toBe(view.account)
    // Six hours before the first mail known: the wave's older mails were not read yet.
    expect(window.from).toBe(view.wave!.start - 6 * 60 * 60 * 1000)
    // Under way: the window reaches past the wave's last mail so far.
    expect(window.to).toBeGreaterThanOrEqual(view.wave!.end)
    expect(screen.queryByRole('button', { name: 'Scan this folder' })).toBeNull()
  })

  it('takes the user from "Clean up?" to the cleanup buttons', async () => {
    setup()
    fireEvent.click(await screen.findByRole('button', { name: 'Clean up?' }))
    expect(document.activeElement?.getAttribute('data-action')).toBe('hide')
  })

  it('renders only the companies in view of a wave of 5,000 mails from 1,000 companies', async () => {
    setup(waveView(5_000, 1_000))
    const list = await screen.findByRole('list', { name: '1000 companies in the wave' })
    const items = within(list).getAllByRole('listitem')
    expect(items.length).toBeLessThan(15)
    expect(items[0]!.getAttribute('aria-setsize')).toBe('1000')
    expect(items[0]!.textContent).toContain('brand0.zendesk.com')
  })

  it('cleans up only the selected companies, and reports only after a confirmation', async () => {
    const request = setup()
    fireEvent.click(await screen.findByRole('checkbox', { name: /brand3\.zendesk\.com/u }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only the selected companies (1)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }))
    expect(await screen.findByText(/Done: 10 mails/u)).toBeTruthy()
    expect(request).toHaveBeenCalledWith('wave.act', {
      account: 'gmail:me@example.com',
      waveId: 'w1',
      action: 'archive',
      confirmed: true,
      brands: ['brand3.zendesk.com'],
    })
    fireEvent.click(screen.getByRole('button', { name: 'Report as spam' }))
    expect(screen.getByText(/sending reputation/u)).toBeTruthy()
    expect(request.mock.calls.filter(([type]) => type === 'wave.act')).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: 'Report anyway' }))
    await waitFor(() =>
      expect(request.mock.calls.filter(([type]) => type === 'wave.act')).toHaveLength(2),
    )
  })

  it("in Outlook: moves to Junk after saying why Outlook's own report is not used, categorizes, scans", async () => {
    const request = setup({ ...waveView(30, 3), account: 'outlook:outlook.office.com/0' })
    expect(await screen.findByRole('button', { name: 'Categorize “Relay spam”' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Report as spam' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Move to Junk' }))
    expect(screen.getByText(/would also block each sender/u)).toBeTruthy()
    expect(request.mock.calls.filter(([type]) => type === 'wave.act')).toHaveLength(0)
    fireEvent.click(
      within(screen.getByRole('group', { name: /Move 30 mails/u })).getByRole('button', {
        name: 'Move to Junk',
      }),
    )
    await waitFor(() =>
      expect(request).toHaveBeenCalledWith('wave.act', expect.objectContaining({ action: 'spam' })),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Scan this folder' }))
    expect(await screen.findByText('Read 250 conversations.')).toBeTruthy()
    expect(request).toHaveBeenCalledWith('folder.scan', { account: 'outlook:outlook.office.com/0' })
  })

  it('offers no report when an administrator turned reporting off', async () => {
    const request = vi.fn(async (type: string) =>
      type === 'popup.view' ? viewAnswer(waveView(10, 2)) : { total: 0, accounts: [], domains: [] },
    )
    render(
      <App
        request={request as unknown as BackgroundClient}
        t={t}
        reportingAllowed={false}
        now={() => VIEW_NOW}
      />,
    )
    await screen.findByRole('button', { name: 'Archive' })
    expect(screen.queryByRole('button', { name: 'Report as spam' })).toBeNull()
  })

  it('lists recent actions, their undos, and undoes an action', async () => {
    const entry: ActionLogEntry = {
      account: 'gmail:me@example.com',
      id: 'a1',
      action: 'hide',
      waveId: 'w1',
      results: { x: 'done', y: 'done' },
      ids: ['x', 'y', 'z'],
      startedAt: VIEW_NOW - 60_000,
      finishedAt: VIEW_NOW - 59_000,
      undoneAt: null,
    }
    const request = setup(waveView(10, 2), [
      { ...entry, id: 'a3', action: 'unarchive', results: { x: 'done' }, ids: ['x', 'y'] },
      { ...entry, id: 'a2', action: 'archive', undoneAt: VIEW_NOW - 1_000 },
      entry,
    ])
    expect(await screen.findByText(/Hide: 2 of 3 mails/u)).toBeTruthy()
    expect(screen.getByText(/Undo “Archive”: 1 of 2 mails/u)).toBeTruthy()
    const undo = screen.getAllByRole('button', { name: 'Undo' })
    // The undone archive and the undo itself offer none.
    expect(undo).toHaveLength(1)
    fireEvent.click(undo[0]!)
    expect(request).toHaveBeenCalledWith('actions.undo', {
      account: 'gmail:me@example.com',
      actionId: 'a1',
    })
  })

  it('prepares a message to the company with the evidence and the hardening steps', async () => {
    setup()
    const buttons = await screen.findAllByRole('button', { name: 'Tell this company' })
    fireEvent.click(buttons[1]!)
    const panel = screen.getByRole('region', { name: 'Tell brand1.zendesk.com' })
    const text = (within(panel).getByRole('textbox') as HTMLTextAreaElement).value
    expect(text).toContain('10 mails')
    expect(text).toContain('FREE NITRO 1')
    expect(text).toContain('Rate-limit requests')
    const mailto = within(panel).getByRole('link', { name: 'Open in my mail app' })
    expect(mailto.getAttribute('href')).toMatch(/^mailto:\?subject=/u)
  })

  it('exports a CSV no spreadsheet runs as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('plain')).toBe('"plain"')
    const csv = evidenceCsv(waveView(4, 2).wave!)
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
  })

  it('opens a pinned important mail in the webmail tab, and says so when no tab shows the account', async () => {
    const request = setup()
    fireEvent.click(await screen.findByRole('button', { name: 'Open “Your password was changed”' }))
    await waitFor(() =>
      expect(request).toHaveBeenCalledWith('message.open', {
        account: 'gmail:me@example.com',
        id: 'pw',
      }),
    )
    // The fake background answers without "opened": no tab could show it.
    expect(await screen.findByText(/Open this account's inbox in a tab first/u)).toBeTruthy()
  })

  it('trusts every mail of a company the user says is not relay spam', async () => {
    const request = setup()
    const buttons = await screen.findAllByRole('button', { name: 'Not relay spam' })
    fireEvent.click(buttons[2]!)
    expect(request).toHaveBeenCalledWith('message.trustMany', {
      account: 'gmail:me@example.com',
      ids: Array.from({ length: 10 }, (_, i) => `b2-m${i}`),
    })
  })

  it('marks the time it expects a ticket until', async () => {
    const request = setup()
    const buttons = await screen.findAllByRole('button', { name: 'I opened a ticket here' })
    fireEvent.click(buttons[0]!)
    fireEvent.click(screen.getByRole('button', { name: 'Expect them' }))
    expect(await screen.findByText(/is expected until/u)).toBeTruthy()
    expect(request).toHaveBeenCalledWith(
      'ticket.expect',
      expect.objectContaining({ brand: 'brand0.zendesk.com', account: 'gmail:me@example.com' }),
    )
  })
})

describe('popup accessibility', () => {
  it('the checker finds what it should (a control)', async () => {
    document.body.innerHTML = '<main><button></button><input type="checkbox"></main>'
    expect((await axeViolations()).map((violation) => violation.split(':')[0])).toEqual([
      'button-name',
      'label',
    ])
    document.body.replaceChildren()
  })

  it('has no axe violations during a wave, with a panel open and the report confirmation shown', async () => {
    setup()
    await screen.findByRole('heading', { name: 'A relay spam wave is under way' })
    fireEvent.click((await screen.findAllByRole('button', { name: 'Tell this company' }))[0]!)
    fireEvent.click(screen.getByRole('button', { name: 'Report as spam' }))
    expect(await axeViolations()).toEqual([])
  })

  it('has no axe violations when quiet', async () => {
    const request = vi.fn(async (type: string) =>
      type === 'popup.view'
        ? viewAnswer({ ...waveView(0, 0), status: 'quiet', wave: null, important: [] })
        : { total: 3, accounts: [], domains: [{ domain: 'example.org', count: 3 }] },
    )
    render(<App request={request as unknown as BackgroundClient} t={t} now={() => VIEW_NOW} />)
    await screen.findByRole('heading', { name: 'No relay spam wave' })
    expect(await axeViolations()).toEqual([])
  })
})
