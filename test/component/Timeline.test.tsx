// The popup's chart: zoomed bars, the wave shaded, pinned mail marked, and each bar's counts on
// hover and on keyboard focus (one tab stop, arrow keys, Home and End).
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import type { Timeline as TimelineData } from '../../src/core/views/popup-view.ts'
import { Timeline } from '../../src/popup/Timeline.tsx'
import { tDe, tEn } from '../support/catalogue.ts'

afterEach(cleanup)

const MINUTE = 60_000
const START = new Date(2026, 10, 22, 14, 0).getTime()
const hhmm = (time: number) =>
  new Date(time).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })

// Ten 2-minute bars: quiet, a wave in bars 3 to 6, quiet again; an important mail in bar 4.
const TIMELINE: TimelineData = {
  start: START,
  bucketMs: 2 * MINUTE,
  helpdesk: [0, 0, 0, 40, 90, 60, 12, 0, 0, 0],
  other: [1, 0, 0, 0, 1, 0, 0, 0, 2, 0],
  wave: { from: START + 6 * MINUTE, to: START + 14 * MINUTE },
  pinned: [START + 9 * MINUTE],
}

const readout = () => document.querySelector('.readout')!.textContent
const bar = (from: number, counts: string) =>
  `${hhmm(START + from * MINUTE)} to ${hhmm(START + (from + 2) * MINUTE)}: ${counts}`

describe('popup timeline', () => {
  it('draws one bar per bucket with mail, the wave shaded and the pinned mail marked', () => {
    render(<Timeline timeline={TIMELINE} t={tEn} />)
    const chart = screen.getByRole('slider', { name: 'Mail over time' })
    expect(chart.querySelectorAll('rect.helpdesk')).toHaveLength(4)
    expect(chart.querySelectorAll('rect.other')).toHaveLength(3)
    expect(chart.querySelectorAll('rect.wave')).toHaveLength(1)
    const pin = chart.querySelector<HTMLElement>('.pin')!
    expect(pin.style.left).toBe('45%')
    expect(readout()).toBe(
      `From ${hhmm(START)} to ${hhmm(START + 20 * MINUTE)}: 202 ticket confirmations and ` +
        '4 other mails, per 2 minutes.',
    )
  })

  it('shows the busiest bar on keyboard focus and moves with the arrow keys, Home and End', () => {
    render(<Timeline timeline={TIMELINE} t={tEn} />)
    const chart = screen.getByRole('slider')
    fireEvent.focus(chart)
    const busiest = bar(8, '90 ticket confirmations, 1 other mail, 1 important mail')
    expect(readout()).toBe(busiest)
    expect(chart.getAttribute('aria-valuetext')).toBe(busiest)
    expect(chart.getAttribute('aria-valuenow')).toBe('4')
    fireEvent.keyDown(chart, { key: 'ArrowRight' })
    expect(readout()).toBe(bar(10, '60 ticket confirmations, no other mail'))
    fireEvent.keyDown(chart, { key: 'Home' })
    expect(readout()).toBe(bar(0, 'no ticket confirmations, 1 other mail'))
    fireEvent.keyDown(chart, { key: 'ArrowLeft' })
    expect(chart.getAttribute('aria-valuenow')).toBe('0')
    fireEvent.keyDown(chart, { key: 'End' })
    expect(chart.getAttribute('aria-valuenow')).toBe('9')
    expect(chart.querySelectorAll('rect.active')).toHaveLength(1)
    fireEvent.blur(chart)
    expect(readout()).toMatch(/^From /u)
  })

  it('shows the counts of the bar under the pointer', () => {
    render(<Timeline timeline={TIMELINE} t={tEn} />)
    const chart = screen.getByRole('slider')
    chart.getBoundingClientRect = () => ({ left: 0, width: 300, top: 0, height: 64 }) as DOMRect
    fireEvent.pointerMove(chart, { clientX: 95 })
    expect(readout()).toBe(bar(6, '40 ticket confirmations, no other mail'))
    fireEvent.pointerLeave(chart)
    expect(readout()).toMatch(/^From /u)
  })

  it('speaks German', () => {
    render(<Timeline timeline={TIMELINE} t={tDe} />)
    fireEvent.focus(screen.getByRole('slider', { name: 'Mails im Zeitverlauf' }))
    expect(readout()).toContain('90 Ticketbestätigungen, 1 andere Mail, 1 wichtige Mail')
  })
})
