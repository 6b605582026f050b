// The thirty-fifth held-out set's generator (test/eval/thirty-fifth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, the three own-burst kinds, returning waves and personalised
// payloads, and no company stem or product of an earlier set reused. It never runs the detector.
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import {
  HOST_STEMS,
  LOOK_STEMS,
  SERVICES,
  SISTER_STEMS,
  STEMS,
} from '../eval/thirty-fifth/companies.ts'
import { LOOK_TEXT } from '../eval/thirty-fifth/look/index.ts'
import { LOOK_CLASSES } from '../eval/thirty-fifth/look/types.ts'
import { PRODUCTS } from '../eval/thirty-fifth/products.ts'
import {
  buildScenarios,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-fifth/scenarios.ts'
import { VERIFY_SUBMIT } from '../eval/thirty-fifth/wordings.ts'
import { earlierNameWordsToThirtyFourth } from './eval-thirty-fifth-earlier.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const MIN = 60_000
const built = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)
const allWaves = built.flatMap((b) => b.waves.map((wave) => ({ ...b, wave })))

describe('thirty-fifth evaluation set', () => {
  it('is the same on every build', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    const ids = new Set<string>()
    for (const { s, r, l } of rows) {
      expect(l, `${s.name} ${r.id}`).toBeDefined()
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
    }
    for (const { l } of waves)
      for (const key of [
        'lang',
        'family',
        'product',
        'waveId',
        'sender',
        'payload',
        'source',
      ] as const)
        expect(l[key], key).toBeTruthy()
    expect(rows.length).toBeGreaterThan(3_000)
  })

  it('has every kind x language, and own bursts of each kind per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = rows.filter((x) => x.s.kind === 'g-own' && x.l.lang === lang)
      for (const source of ['own:sent', 'own:helpdesk-reply', 'own:signup', 'own:newsletter'])
        expect(
          own.some((x) => x.l.source === source),
          `${lang} ${source}`,
        ).toBe(true)
      for (const kind of ['hygiene', 'phone'])
        for (const label of ['own', 'important'])
          expect(
            own.some((x) => x.l.source?.startsWith(`burst:${kind}:`) && x.l.label === label),
          ).toBe(true)
    }
    const stuffing = rows.filter((x) => x.l.source?.startsWith('burst:stuffing:'))
    expect(stuffing.every((x) => x.l.label === 'important')).toBe(true)
    expect(stuffing.some((x) => x.l.waveId)).toBe(true)
    expect(stuffing.some((x) => x.s.kind === 'h-quiet')).toBe(true)
  })

  it('answers each sent mail 1-10 minutes later in the own bursts', () => {
    for (const s of scenarios.filter((x) => x.kind === 'g-own')) {
      const sent = s.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      for (const mail of sent) {
        const reply = s.records.find((r) => r.id === mail.id.replace('-sent-', '-reply-'))!
        const gap = (Date.parse(reply.date) - Date.parse(mail.date)) / MIN
        expect(gap).toBeGreaterThanOrEqual(1)
        expect(gap).toBeLessThanOrEqual(10)
        expect(reply.subject).toContain(mail.subject)
      }
    }
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    for (const { scenario, wave } of allWaves) {
      const members = scenario.records.filter(
        (r) =>
          scenario.labels.get(r.id)!.waveId === wave.plan.waveId &&
          scenario.labels.get(r.id)!.label === 'wave',
      )
      expect(members.length).toBeGreaterThanOrEqual(15)
      expect(members.length).toBeLessThanOrEqual(400)
      expect(wave.companyList.length).toBeGreaterThanOrEqual(10)
      expect(wave.companyList.length).toBeLessThanOrEqual(150)
      expect(members.length).toBeLessThanOrEqual(wave.companyList.length * 4)
      const span = (Date.parse(members.at(-1)!.date) - Date.parse(members[0]!.date)) / MIN
      expect(span).toBeGreaterThanOrEqual(3)
      expect(span).toBeLessThanOrEqual(360)
      spans.push(span)
      const important = scenario.records.filter((r) => {
        const l = scenario.labels.get(r.id)!
        return (
          l.waveId === wave.plan.waveId &&
          l.label === 'important' &&
          l.source?.startsWith('lookalike:')
        )
      })
      expect(important.length).toBeGreaterThanOrEqual(3)
      expect(important.length).toBeLessThanOrEqual(6)
    }
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(240)
    expect(Math.min(...spans)).toBeLessThanOrEqual(10)
    expect(allWaves.some((w) => w.wave.companyList.length <= 20)).toBe(true)
    expect(
      allWaves.some(
        (w) => w.wave.plan.mails === w.wave.plan.companies && w.wave.plan.shape === 'one',
      ),
    ).toBe(true)
  })

  it('mixes payloads, sender rows, wording sources and the verify-to-submit helpdesks', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.18)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.32)
    const scen = built.map((b) => b.waves[0]!.plan)
    expect(scen.filter((p) => p.payload.label === 'none').length).toBe(scen.length / 4)
    const ids = new Set(waves.filter((x) => x.l.product === VERIFY_SUBMIT).map((x) => x.l.waveId))
    expect(ids.size * 4).toBeGreaterThanOrEqual(allWaves.length)
    expect(new Set(waves.map((x) => x.l.payload!.split('/')[1])).size).toBeGreaterThanOrEqual(6)
    expect(new Set(waves.map((x) => x.l.family)).size).toBe(4)
  })

  it('returns on consecutive days at about the same hour, partly through the same forms', () => {
    const returning = built.filter((b) => b.waves.length > 1)
    expect(returning.length).toBeGreaterThanOrEqual(6)
    for (const { waves: days } of returning)
      for (let d = 1; d < days.length; d++) {
        const gap = days[d]!.plan.start - days[d - 1]!.plan.start
        expect(Math.abs(gap - 24 * 60 * MIN)).toBeLessThanOrEqual(60 * MIN)
        const before = new Set(days[d - 1]!.companyList.map((c) => c.stem))
        expect(days[d]!.companyList.some((c) => before.has(c.stem))).toBe(true)
        expect(days[d]!.plan.waveId).not.toBe(days[d - 1]!.plan.waveId)
      }
  })

  it('personalises payloads with the victim’s name, city or employer', () => {
    const personal = allWaves.filter(
      (x) => x.wave.plan.payload.personal && x.wave.plan.kind !== 'd-reset',
    )
    expect(personal.length).toBeGreaterThanOrEqual(5)
    for (const { scenario, wave } of personal) {
      const p = wave.plan.person
      const echoed = scenario.records.filter(
        (r) =>
          scenario.labels.get(r.id)!.waveId === wave.plan.waveId &&
          r.body!.includes(wave.plan.payload.text),
      )
      expect(echoed.length, wave.plan.waveId).toBeGreaterThan(0)
      if (wave.plan.payload.label.endsWith('/plain'))
        expect(wave.plan.payload.text).toMatch(new RegExp(`${p.last}|${p.city}|${p.employer}`, 'u'))
    }
    expect(personal.some((x) => x.wave.plan.payload.label.endsWith('/plain'))).toBe(true)
  })

  it('writes every look-alike class in every language and placement, three texts or more each', () => {
    const look = rows.filter((x) => x.l.source?.startsWith('lookalike:'))
    for (const lang of LANGUAGES)
      for (const cls of LOOK_CLASSES) {
        expect(new Set(LOOK_TEXT[lang][cls].map((t) => t[0])).size).toBeGreaterThanOrEqual(3)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            look.some((x) => x.l.lang === lang && x.l.source === `lookalike:${where}:${cls}`),
            `${lang} ${where} ${cls}`,
          ).toBe(true)
      }
    const count = (where: string) => look.filter((x) => x.l.source!.split(':')[1] === where).length
    expect(count('quiet')).toBeGreaterThanOrEqual(380)
    expect(count('wave-known')).toBeGreaterThanOrEqual(200)
    expect(count('wave-new')).toBeGreaterThanOrEqual(180)
    expect(look.some((x) => x.l.source === 'lookalike:history:prior-customer')).toBe(true)
  })

  it('reuses no company stem of the earlier sets', () => {
    const words = earlierNameWordsToThirtyFourth()
    expect(words.size).toBeGreaterThan(1_000)
    const stems = [...STEMS, ...LOOK_STEMS, ...SERVICES, ...HOST_STEMS]
    expect(SISTER_STEMS.every((s) => HOST_STEMS.includes(s))).toBe(true)
    expect(new Set(stems).size).toBe(stems.length)
    for (const stem of stems) expect(stem[0], stem).toMatch(/[FGHKMW]/u)
    const clashes = stems.flatMap((stem) =>
      [...words].filter((w) => w.startsWith(stem.toLowerCase())).map((w) => `${stem} ~ ${w}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('thirty-fifth')
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS) {
      for (const lang of LANGUAGES) expect(p.texts[lang].subject).toBeTruthy()
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
    }
  })
})
