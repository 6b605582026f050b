// The popup's headline in words: counts with their plural forms in English and German, the wave
// under way or over, the pinned important mail, and the way to the cleanup buttons.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PopupSummary } from '../../src/core/views/popup-summary.ts'
import { Headline } from '../../src/popup/Headline.tsx'
import { tDe, tEn } from '../support/catalogue.ts'

afterEach(cleanup)

const NOW = new Date(2026, 10, 22, 14, 30).getTime()
const MINUTE = 60_000
const hhmm = (time: number) =>
  new Date(time).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })

function summary(mails: number, companies: number, pinned: number, endAgo = 1): PopupSummary {
  return {
    account: 'gmail:me@example.com',
    wave: { id: 'w', start: NOW - 27 * MINUTE, end: NOW - endAgo * MINUTE, mails, companies },
    pinned,
    timeline: { start: 0, bucketMs: MINUTE, helpdesk: [], other: [], wave: null, pinned: [] },
  }
}

const text = () => document.querySelector('.headline')!.textContent

describe('popup headline', () => {
  it('tells the wave under way in words and offers to clean up', () => {
    const cleanUp = vi.fn()
    render(<Headline summary={summary(312, 287, 2)} now={NOW} onCleanUp={cleanUp} t={tEn} />)
    expect(screen.getByRole('heading').textContent).toBe('A relay spam wave is under way')
    expect(text()).toBe(
      `312 fake ticket confirmations from 287 companies since ${hhmm(NOW - 27 * MINUTE)}. ` +
        'Your real mail is safe: 2 important mails pinned below.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Clean up?' }))
    expect(cleanUp).toHaveBeenCalledOnce()
  })

  it('uses the singular for one mail, one company and one pinned mail', () => {
    render(<Headline summary={summary(1, 1, 1)} now={NOW} t={tEn} />)
    expect(text()).toBe(
      `1 fake ticket confirmation from 1 company since ${hhmm(NOW - 27 * MINUTE)}. ` +
        'Your real mail is safe: 1 important mail pinned below.',
    )
  })

  it('says when nothing important arrived, and gives a wave that is over its start and end', () => {
    render(<Headline summary={summary(41, 37, 0, 120)} now={NOW} t={tEn} />)
    expect(screen.getByRole('heading').textContent).toBe('The last relay spam wave is over')
    expect(text()).toBe(
      `41 fake ticket confirmations from 37 companies between ${hhmm(NOW - 27 * MINUTE)} and ` +
        `${hhmm(NOW - 120 * MINUTE)}. Your real mail is safe: nothing important arrived during the wave.`,
    )
  })

  it('is quiet without a wave and offers nothing to clean up', () => {
    render(
      <Headline
        summary={{ ...summary(0, 0, 0), wave: null }}
        now={NOW}
        onCleanUp={vi.fn()}
        t={tEn}
      />,
    )
    expect(screen.getByRole('heading').textContent).toBe('No relay spam wave')
    expect(text()).toMatch(/^No wave of fake ticket confirmations\./u)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('says so when every mail of the wave was trusted or cleaned up', () => {
    render(<Headline summary={summary(40, 0, 0)} now={NOW} onCleanUp={vi.fn()} t={tEn} />)
    expect(text()).toBe('Every mail of the last wave was trusted or cleaned up.')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('speaks German with its own plural forms', () => {
    render(<Headline summary={summary(312, 1, 2)} now={NOW} onCleanUp={vi.fn()} t={tDe} />)
    expect(text()).toBe(
      `312 gefälschte Ticketbestätigungen von 1 Firma seit ${hhmm(NOW - 27 * MINUTE)}. ` +
        'Ihre echte Post ist sicher: 2 wichtige Mails sind unten angeheftet.',
    )
    expect(screen.getByRole('button', { name: 'Aufräumen?' })).toBeTruthy()
  })

  it('names the day of a wave that started before today', () => {
    const old = summary(50, 10, 0, 60 * 24)
    old.wave!.start = NOW - 2 * 24 * 60 * MINUTE
    render(<Headline summary={old} now={NOW} t={tEn} />)
    expect(text()).not.toContain(`between ${hhmm(old.wave!.start)} and`)
  })
})
