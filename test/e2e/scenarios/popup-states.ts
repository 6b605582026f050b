// The popup's quiet and over states, as the same inbox is seen twice: first ordinary mail only,
// then with a wave from three days ago further down the list. Shared by both browsers' tests.
import { expect } from 'vitest'
import { gmailReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'

export const OLD_WAVE = 48

export function statesInbox(now: number): { quiet: string; over: string; rows: [number, number] } {
  const ordinary = ordinaryMails(20, new Date(now - 86_400_000))
  // Three days ago, on an hour grid: a retry sends the very same mails.
  const start = new Date(Math.floor(now / 3_600_000) * 3_600_000 - 3 * 86_400_000)
  const old = waveMails(OLD_WAVE, start, 15_000, 1_930_000_000_000_000_000n)
  return {
    quiet: gmailReplica(ordinary),
    over: gmailReplica([...ordinary, ...old]),
    rows: [ordinary.length, ordinary.length + old.length],
  }
}

/**
 * Evaluated in the popup once the lists below the chart are drawn (up to 10 s): its title,
 * headline, and which cleanup buttons it offers.
 */
export async function stateSummary(): Promise<{ title: string; card: string; buttons: string[] }> {
  for (let i = 0; i < 400 && !performance.getEntriesByName('relay-shield:lists-drawn').length; i++)
    await new Promise((resolve) => setTimeout(resolve, 25))
  return {
    title: document.querySelector('#status-title')?.textContent ?? '',
    card: document.querySelector('.status-card')?.textContent ?? '',
    buttons: [...document.querySelectorAll('[data-action]')].map(
      (button) => button.textContent ?? '',
    ),
  }
}

/** What each state must show: quiet offers nothing to clean; an old wave is over, with figures. */
export function expectState(
  summary: Awaited<ReturnType<typeof stateSummary>>,
  quiet: boolean,
): void {
  if (quiet) {
    expect(summary.title).toBe('No relay spam wave')
    expect(summary.buttons).toEqual([]) // nothing to clean up
    return
  }
  expect(summary.title).toBe('The last relay spam wave is over')
  expect(summary.card).toContain(`${OLD_WAVE} fake ticket confirmations from 12 companies between`)
  expect(summary.buttons).toContain('Archive') // an old wave can still be cleaned up
}
