// The sixteenth evaluation set's construction (not the detector's results): determinism, complete
// labels, every kind x language present, no company name of the fifteen earlier sets, the wave
// shapes, and the share of companies' own (hand-written) wordings. Runs on a stub ham list.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STEMS as EIGHTH } from '../eval/eighth/companies.ts'
import { STEMS as ELEVENTH } from '../eval/eleventh/companies.ts'
import { STEMS as FIFTEENTH } from '../eval/fifteenth/companies.ts'
import { STEMS as FOURTEENTH } from '../eval/fourteenth/companies.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS } from '../eval/types.ts'
import { STEMS } from '../eval/sixteenth/companies.ts'
import { buildScenarios, WAVE_LANGS, waveScenario } from '../eval/sixteenth/scenarios.ts'
import { HANDWRITTEN } from '../eval/sixteenth/wording.ts'

const HAM: HamMail[] = Array.from({ length: 60 }, (_, i) => ({
  key: `stub/${i}`,
  group: 'easy-ham-1',
  from: `Person ${i} <p${i}@example.org>`,
  subject: `note ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28)),
  listId: i % 3 === 0 ? 'list.example.org' : null,
  text: 'plain text',
}))
const scenarios = buildScenarios({ ham: HAM, real: [] })
const SETS = ['', 'fresh', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
const MORE_SETS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth']

describe('sixteenth evaluation set', () => {
  it('is the same on every run', () => {
    expect(JSON.stringify(buildScenarios({ ham: HAM, real: [] }).map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
  })

  it('labels every mail, waves with language, family, wave, sender and payload', () => {
    for (const s of scenarios)
      for (const r of s.records) {
        const label = s.labels.get(r.id)
        expect(label, r.id).toBeDefined()
        if (label?.label !== 'wave') continue
        for (const key of ['lang', 'family', 'waveId', 'sender', 'payload', 'product'] as const)
          expect(label[key], `${r.id} ${key}`).toBeTruthy()
      }
  })

  it('holds every wave kind x language, one own burst per language and a quiet inbox', () => {
    const names = new Set(scenarios.map((s) => s.name))
    for (const kind of WAVE_KINDS)
      for (const lang of WAVE_LANGS) expect(names).toContain(`${kind} ${lang}`)
    for (const lang of LANGUAGES) expect(names).toContain(`g-own ${lang}`)
    expect(names).toContain('h-quiet')
    const waveLangs = new Set(
      scenarios.flatMap((s) =>
        [...s.labels.values()].filter((l) => l.label === 'wave').map((l) => l.lang),
      ),
    )
    expect([...waveLangs].sort()).toEqual([...LANGUAGES].sort())
  })

  it('reuses no company name of the fifteen earlier sets', () => {
    const earlier = new Set(
      [...EIGHTH, ...ELEVENTH, ...FOURTEENTH, ...FIFTEENTH].map((s) => s.toLowerCase()),
    )
    const files = [...SETS, ...MORE_SETS].map((set) =>
      readFileSync(
        new URL(`../eval/${set ? `${set}/` : ''}companies.ts`, import.meta.url),
        'utf8',
      ).toLowerCase(),
    )
    for (const stem of STEMS) {
      expect(earlier.has(stem.toLowerCase()), stem).toBe(false)
      for (const text of files) expect(text.includes(stem.toLowerCase()), stem).toBe(false)
    }
  })

  it('shapes waves: 40–400 mails from 20–150 companies in 3–90 minutes, 3–6 important inside', () => {
    let slow = 0
    let bare = 0
    for (let k = 0; k < WAVE_KINDS.length; k++)
      for (let l = 0; l < WAVE_LANGS.length; l++) {
        const { scenario, wave } = waveScenario(HAM, k, l)
        const labels = [...scenario.labels.values()]
        expect(wave.records.length).toBeGreaterThanOrEqual(40)
        expect(wave.records.length).toBeLessThanOrEqual(400)
        const names = new Set(wave.records.map((r) => r.from.split(' <')[0]))
        expect(names.size).toBeGreaterThanOrEqual(20)
        expect(names.size).toBeLessThanOrEqual(150)
        expect(names.size).toBeLessThan(wave.records.length)
        const minutes = (wave.end - wave.start) / 60_000
        expect(minutes).toBeLessThanOrEqual(90)
        if (minutes >= 60) slow++
        const inside = labels.filter((x) => x.label === 'important' && x.waveId === wave.waveId)
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        if (labels.some((x) => x.label === 'wave' && x.payload === 'none')) bare++
      }
    expect(slow).toBeGreaterThanOrEqual(1)
    expect(bare).toBeGreaterThanOrEqual(1)
  })

  it('carries the same payload in every subject of one wave', () => {
    const { wave } = waveScenario(HAM, WAVE_KINDS.indexOf('e-mixed'), WAVE_LANGS.indexOf('multi'))
    const label = wave.labels.values().next().value
    expect(label?.payload).not.toBe('none')
    const appended = wave.records.find((r) => r.subject.includes(' – '))!.subject
    const payload = appended.slice(appended.lastIndexOf(' – ') + 3)
    expect(payload.length).toBeGreaterThan(15)
    for (const r of wave.records) expect(r.subject, r.id).toContain(payload)
  })

  it('gives display-name-only senders to at least 10 % and in-house wordings to at least 70 %', () => {
    const waves = scenarios.flatMap((s) => [...s.labels.values()].filter((l) => l.label === 'wave'))
    const share = (keep: (l: (typeof waves)[number]) => boolean) =>
      waves.filter(keep).length / waves.length
    expect(share((l) => l.sender === 'display')).toBeGreaterThanOrEqual(0.1)
    const inHouse = share((l) => l.product === 'hand-written' || l.product === 'composed')
    expect(inHouse).toBeGreaterThanOrEqual(0.7)
    expect(share((l) => l.product === 'hand-written')).toBeGreaterThanOrEqual(inHouse / 2)
  })

  it('has at least 40 hand-written texts per family, no sentence shared', () => {
    for (const texts of Object.values(HANDWRITTEN)) {
      expect(texts.length).toBeGreaterThanOrEqual(40)
      for (const lang of LANGUAGES) expect(texts.some((t) => t.lang === lang)).toBe(true)
    }
    const sentences = Object.values(HANDWRITTEN)
      .flat()
      .flatMap((t) => `${t.body}`.split(/(?<=[.!?])\s+|\n+/u))
      .map((s) => s.trim())
      .filter((s) => s.length > 25)
    expect(new Set(sentences).size).toBe(sentences.length)
  })
})
