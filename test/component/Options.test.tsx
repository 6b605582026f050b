// The options page on its real English catalogue, with storage and the background replaced.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OptionsApp } from '../../src/options/OptionsApp.tsx'
import { DEFAULT_SETTINGS, parsePolicy, type Settings } from '../../src/core/settings.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import en from '../../public/_locales/en/messages.json' with { type: 'json' }
import de from '../../public/_locales/de/messages.json' with { type: 'json' }
import { axeViolations } from '../support/axe.ts'

function t(key: string, substitutions: string[] = []): string {
  const entry = (en as Record<string, { message: string }>)[key]
  if (!entry) throw new Error(`missing message ${key}`)
  return entry.message.replace(/\$[A-Z]+\$/gu, () => substitutions.shift() ?? '')
}

afterEach(cleanup)

function setup(policy: unknown = {}, own: Settings = { ...DEFAULT_SETTINGS }) {
  const saved: Settings[] = []
  const save = vi.fn(async (settings: Settings) => void saved.push(settings))
  const request = vi.fn(async (type: string) =>
    type === 'stats.domains'
      ? { total: 3, accounts: ['gmail:me@example.com', 'outlook:outlook.live.com/0'], domains: [] }
      : { cleared: true },
  )
  const load = async () => ({ own, policy: parsePolicy(policy) })
  render(
    <OptionsApp load={load} save={save} request={request as unknown as BackgroundClient} t={t} />,
  )
  return { saved, request }
}

describe('options page', () => {
  it('saves each change at once: how relay rows look, auto-label, notifications, an account, retention', async () => {
    const { saved } = setup()
    fireEvent.click(await screen.findByLabelText(/Hide it/u))
    await screen.findByText('Saved.')
    fireEvent.click(screen.getByLabelText(/Label relay spam automatically/u))
    fireEvent.click(screen.getByLabelText('Notify me when a wave of relay spam starts'))
    fireEvent.click(await screen.findByLabelText('Protect me@example.com (Gmail)'))
    fireEvent.change(screen.getByLabelText(/Keep the list rows/u), { target: { value: '90' } })
    await waitFor(() => expect(saved).toHaveLength(5))
    expect(saved.at(-1)).toMatchObject({
      relayRows: 'hide',
      autoLabel: true,
      notifications: false,
      disabledAccounts: ['gmail:me@example.com'],
      retentionDays: 90,
    })
  })

  it('stores thresholds in their units and refuses numbers out of range with a message', async () => {
    const { saved } = setup()
    const minutes = await screen.findByLabelText('within minutes')
    fireEvent.input(minutes, { target: { value: '30' } })
    await waitFor(() => expect(saved.at(-1)?.thresholds.waveWindowMs).toBe(30 * 60_000))
    fireEvent.input(screen.getByLabelText(/Fast wave: companies/u), { target: { value: '1' } })
    expect(screen.getByText(/Enter a whole number from 2 to 100/u)).toBeTruthy()
    expect(screen.getByLabelText(/Fast wave: companies/u).getAttribute('aria-invalid')).toBe('true')
    expect(saved).toHaveLength(1)
  })

  it('shows what the policy sets as locked, and says reporting is off', async () => {
    setup({ thresholds: { waveMinBrands: 9 }, notifications: false, reportingAllowed: false })
    const brands = (await screen.findByLabelText(/Fast wave: companies/u)) as HTMLInputElement
    expect(brands.disabled).toBe(true)
    expect(brands.value).toBe('9')
    expect((screen.getByLabelText(/Notify me/u) as HTMLInputElement).disabled).toBe(true)
    expect((screen.getByLabelText('within minutes') as HTMLInputElement).disabled).toBe(false)
    expect(screen.getByText('Reporting as spam is turned off.')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Managed by your organisation' })).toBeTruthy()
  })

  it('clears all data only after a second, explicit confirmation', async () => {
    const { request } = setup()
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }))
    expect(request).not.toHaveBeenCalledWith('data.clear', {})
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }))
    fireEvent.click(screen.getByRole('button', { name: 'Clear all data' }))
    fireEvent.click(screen.getByRole('button', { name: 'Clear everything' }))
    expect(await screen.findByText('All stored data was cleared.')).toBeTruthy()
    expect(request).toHaveBeenCalledWith('data.clear', {})
  })

  it('has every text of the page in English and German', () => {
    const keys = (catalogue: object) =>
      Object.keys(catalogue).filter((key) => key.startsWith('options'))
    expect(keys(de).sort()).toEqual(keys(en).sort())
    expect(keys(en).length).toBeGreaterThan(30)
  })
})

describe('options accessibility', () => {
  it('has no axe violations, with the policy note and the clear-data question shown', async () => {
    setup({ thresholds: { waveMinBrands: 9 }, reportingAllowed: false })
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all data' }))
    expect(await axeViolations()).toEqual([])
  })
})
