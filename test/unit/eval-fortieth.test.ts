// The fortieth held-out set's generator (test/eval/fortieth): deterministic, fully labelled,
// every kind x language present, campaigns of several waves reusing 30-80 % of their forms,
// every trail kind with its delays, every look-alike class in every language and placement,
// every persona, and no company stem, host, service or product of an earlier set reused. It
// never runs the detector. Scenarios are built once per file (module level).
import { describe, expect, it } from 'vitest'
import * as names from '../eval/fortieth/companies.ts'
import { IMPORTANT, LOOK_CLASSES } from '../eval/fortieth/look.ts'
import { PERSONA_KINDS } from '../eval/fortieth/people.ts'
import { PRODUCTS } from '../eval/fortieth/products.ts'
import {
  campaignScenario,
  ownScenario,
  quietScenario,
  WAVE_LANGS,
  type BuiltCampaign,
} from '../eval/fortieth/scenarios.ts'
import { TRAIL_HOURS } from '../eval/fortieth/trail.ts'
import { DELAYS, TRAIL_KINDS, type FortiethLabel } from '../eval/fortieth/types.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { clashesWith, earlierNameWordsToThirtyNinth } from './eval-fortieth-earlier.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const built: BuiltCampaign[] = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => campaignScenario(HAM, k, l)),
)
const own = LANGUAGES.flatMap((_, l) => PERSONA_KINDS.map((_, p) => ownScenario(HAM, l, p)))
const scenarios: Scenario[] = [...built.map((b) => b.scenario), ...own, quietScenario(HAM, REAL)]
const rows = scenarios.flatMap((s) =>
  s.records.map((r) => ({ s, r, l: s.labels.get(r.id) as FortiethLabel })),
)
type Row = (typeof rows)[number]
const waves = rows.filter((x) => x.l.label === 'wave')
const firsts = waves.filter((x) => x.l.source!.startsWith('wording:'))
const trail = waves.filter((x) => x.l.trail !== undefined)
const HOUR = 3_600_000
const DAY = 24 * HOUR
const at = (x: Row) => Date.parse(x.r.date)
const between = (v: number, lo: number, hi: number) => v >= lo && v <= hi
const json = (list: readonly Scenario[]) => JSON.stringify(list.map((s) => s.records))

describe('fortieth evaluation set', () => {
  it('is the same on every build', () => {
    // A rebuild of one campaign per kind (the daily one among them), each persona and the quiet
    // inbox: a full second build would double the file's time.
    const pairs = [
      [0, 7],
      [1, 0],
      [2, 3],
      [3, 5],
      [4, 6],
    ] as const
    const again = pairs.map(([k, l]) => campaignScenario(HAM, k, l).scenario)
    expect(json(again)).toBe(json(pairs.map(([k, l]) => scenarios[k * 8 + l]!)))
    const owns = PERSONA_KINDS.map((_, p) => ownScenario(HAM, (p * 2) % 7, p))
    expect(json(owns)).toBe(json(PERSONA_KINDS.map((_, p) => own[((p * 2) % 7) * 4 + p]!)))
    expect(json([quietScenario(HAM, REAL)])).toBe(json(scenarios.slice(-1)))
    expect(scenarios.length).toBe(40 + 28 + 1)
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    // Plain checks collected in a list: one expect per mail would be slow.
    const ids = new Set<string>()
    const bad: string[] = []
    for (const { s, r, l } of rows) {
      if (!l || ids.has(r.id)) bad.push(`${s.name} ${r.id}`)
      ids.add(r.id)
      if (/\{\w+\}/u.test(`${r.subject} ${r.body}`)) bad.push(`unfilled ${r.id}`)
      if (l && l.label !== 'wave' && s.kind === 'h-quiet' && l.waveId)
        bad.push(`quiet wave id ${r.id}`)
    }
    const keys = ['lang', 'family', 'product', 'waveId', 'sender', 'payload', 'source'] as const
    for (const { r, l, s } of waves) {
      if (keys.some((key) => !l[key]) || !l.waveNo || !l.shape) bad.push(r.id)
      if (s.kind === 'g-own' || s.kind === 'h-quiet') bad.push(`wave in ${s.name}`)
    }
    expect(bad).toEqual([])
  })

  it('has every kind x language, and a multilingual campaign per kind', () => {
    for (const kind of WAVE_KINDS) {
      for (const lang of LANGUAGES)
        expect(
          firsts.some((x) => x.s.kind === kind && x.l.lang === lang),
          kind + lang,
        ).toBe(true)
      const multi = firsts.filter((x) => x.s.name === `${kind} multi`)
      expect(new Set(multi.map((x) => x.l.lang)).size).toBeGreaterThanOrEqual(5)
    }
  })

  it('builds campaigns of 2-5 waves on different days, one daily for a week', () => {
    const timings = new Set<string>()
    for (const { campaign } of built) {
      timings.add(campaign.timing)
      const days = campaign.waves.map((w) => Math.floor(w.start / DAY))
      const gaps = days.slice(1).map((d, i) => d - days[i]!)
      expect(gaps.every((g) => g >= 1 && g <= 10)).toBe(true)
      const daily = campaign.timing === 'daily'
      expect(
        daily
          ? campaign.waves.length === 7 && gaps.every((g) => g === 1)
          : between(campaign.waves.length, 2, 5),
      ).toBe(true)
      if (campaign.timing !== 'spread') {
        const hours = campaign.waves.map((w) => (w.start % DAY) / HOUR)
        expect(Math.max(...hours) - Math.min(...hours)).toBeLessThanOrEqual(1.5)
      }
    }
    expect([...timings].sort()).toEqual(['consecutive', 'daily', 'spread'])
  })

  it('reuses 30-80 % of the earlier forms in each later wave, some submitted several times', () => {
    let repeated = 0
    for (const { campaign } of built)
      campaign.waves.forEach((w, i) => {
        const seen = w.slots.filter((s) => s.seen).length / w.slots.length
        expect(i === 0 ? seen === 0 : between(seen, 0.3, 0.8), w.waveId).toBe(true)
        repeated += w.slots.filter((s) => s.submits.length > 1).length
      })
    expect(repeated).toBeGreaterThan(100)
    // A company keeps its wording and sender row for the whole campaign.
    for (const { campaign, scenario } of built) {
      const from = new Map(scenario.records.map((r) => [r.id, r.from]))
      const byId = new Map<string, object>()
      for (const w of campaign.waves)
        w.slots.forEach((slot, n) => {
          expect(byId.get(slot.company.id) ?? slot.company).toBe(slot.company)
          byId.set(slot.company.id, slot.company)
          expect(from.get(`${w.waveId}-${n}-0`)).toBe(slot.company.row.from)
        })
    }
  })

  it('keeps every wave within its shape and holds 4-6 important mails in each', () => {
    const shapes = new Set<string>()
    for (const { waves: list, scenario } of built)
      for (const w of list) {
        shapes.add(w.plan.shape)
        const firstsAt = w.plan.slots.map((s) => s.submits[0]!).sort((a, b) => a - b)
        const span = (firstsAt[firstsAt.length - 1]! - firstsAt[0]!) / 60_000
        if (w.plan.shape === 'drip') {
          const gaps = firstsAt.slice(1).map((t, i) => (t - firstsAt[i]!) / 60_000)
          expect(gaps.every((g) => between(g, 5, 20)) && between(span, 300, 750)).toBe(true)
        }
        if (w.plan.shape === 'burst') expect(span).toBeLessThanOrEqual(25)
        if (w.plan.shape === 'slow') expect(span).toBeGreaterThanOrEqual(60)
        if (w.plan.shape === 'small') expect(w.plan.slots.length).toBeLessThanOrEqual(20)
        expect(w.plan.slots.length).toBeLessThanOrEqual(150)
        const important = scenario.records.filter((r) => {
          const l = scenario.labels.get(r.id)!
          return l.label === 'important' && l.waveId === w.plan.waveId
        })
        expect(between(important.length, 4, 6), w.plan.waveId).toBe(true)
      }
    expect([...shapes].sort()).toEqual(['burst', 'drip', 'large', 'slow', 'small', 'tail'])
  })

  it('mixes sender rows, wording sources, products and payloads as promised', () => {
    const share = (f: (x: Row) => boolean) => firsts.filter(f).length / firsts.length
    const display = share((x) => x.l.sender === 'display')
    expect(between(display, 0.18, 0.35)).toBe(true)
    expect(firsts.some((x) => !x.r.from.includes('<'))).toBe(true)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    const product = share((x) => x.l.source === 'wording:product')
    expect(between(product, 0.15, 0.25)).toBe(true)
    expect(PRODUCTS.filter((p) => !firsts.some((x) => x.l.product === p.product))).toEqual([])
    // Several companies through one shared mailing service's address.
    const shared = firsts.filter((x) => /<no-reply@\w+mail\.net>/u.test(x.r.from))
    expect(new Set(shared.map((x) => x.r.from)).size).toBeGreaterThan(20)
    const plans = built.flatMap((b) => b.campaign.waves)
    const none = plans.filter((w) => w.payload.label === 'none').length / plans.length
    expect(between(none, 0.2, 0.3)).toBe(true)
    const styles = new Set(plans.map((w) => w.payload.label.split('/')[1]).filter(Boolean))
    expect(styles.size).toBe(5)
    expect(new Set(plans.map((w) => w.payload.label.split('/')[0])).size).toBe(7)
  })

  it('leaves every trail kind, after its wave mail, at its delays, partly from other addresses', () => {
    const first = new Map(firsts.map((x) => [x.r.id, x]))
    const bad: string[] = []
    let other = 0
    for (const x of trail) {
      const cause = first.get(x.r.id.replace(/-t\d+$/u, ''))
      if (!cause) {
        bad.push(`no cause ${x.r.id}`)
        continue
      }
      const delay = (at(x) - at(cause)) / HOUR
      const [lo, hi] = TRAIL_HOURS[x.l.trail!]
      if (!between(delay, lo, hi)) bad.push(`${x.l.trail} ${delay.toFixed(1)} h`)
      if (x.r.from !== cause.r.from) other++
    }
    expect(bad).toEqual([])
    expect(between(other / trail.length, 0.2, 0.9)).toBe(true)
    expect(TRAIL_KINDS.filter((k) => !trail.some((x) => x.l.trail === k))).toEqual([])
    expect(DELAYS.filter((d) => !trail.some((x) => x.l.delay === d))).toEqual([])
  })

  it('puts every look-alike class in every language in every placement', () => {
    const look = rows.filter(
      (x) => x.l.lookClass && x.l.place !== 'sent' && x.l.place !== 'history',
    )
    const have = new Set(look.map((x) => `${x.l.place}/${x.l.lookClass}/${x.l.lang}`))
    const missing = ['quiet', 'wave-known', 'wave-new']
      .flatMap((place) => LOOK_CLASSES.flatMap((c) => LANGUAGES.map((l) => `${place}/${c}/${l}`)))
      .filter((key) => !have.has(key))
    expect(missing).toEqual([])
    expect(rows.some((x) => x.l.place === 'history')).toBe(true)
    expect(look.filter((x) => x.l.place === 'campaign-day' && !x.l.waveId).length).toBeGreaterThan(
      100,
    )
    const important = (x: Row) => (IMPORTANT as readonly string[]).includes(x.l.lookClass!)
    expect(look.filter((x) => (x.l.label === 'important') !== important(x))).toEqual([])
    expect(look.filter((x) => !important(x) && x.l.label !== 'ham')).toEqual([])
    // A ticket reply, solved notice or survey follows the person's own first mail, days before.
    const sent = new Map(rows.filter((x) => x.l.place === 'sent').map((x) => [x.r.id, x]))
    const lonely = look
      .filter((x) => x.l.lookClass!.startsWith('ticket'))
      .filter((x) => {
        const precursor = sent.get(`${x.r.id}-sent`)
        return precursor?.r.folder !== 'sent' || at(x) - at(precursor) < 2 * DAY
      })
    expect(lonely).toEqual([])
  })

  it('has every persona in every language, own bursts with follow-ups inside and outside campaigns', () => {
    const gaps: string[] = []
    for (const persona of PERSONA_KINDS)
      for (const lang of LANGUAGES) {
        const mine = rows.filter((x) => x.s.kind === 'g-own' && x.l.persona === persona)
        const mineIn = mine.filter((x) => x.l.lang === lang)
        if (!mineIn.some((x) => x.l.ownStep === 'burst')) gaps.push(`${persona} ${lang} burst`)
        if (!mineIn.some((x) => x.l.ownStep === 'follow-up')) gaps.push(`${persona} ${lang} f`)
        if (!mineIn.some((x) => x.l.source!.startsWith('persona:'))) gaps.push(`${persona} ${lang}`)
      }
    expect(gaps).toEqual([])
    const ownIn = rows.filter((x) => x.l.label === 'own' && x.l.ownStep && x.s.kind !== 'g-own')
    expect(ownIn.some((x) => x.s.kind === 'h-quiet')).toBe(true)
    expect(new Set(ownIn.map((x) => x.s.kind)).size).toBe(6)
    const kinds = new Set(rows.filter((x) => x.l.ownStep === 'follow-up').map((x) => x.l.trail))
    const want = ['waiting', 'solved', 'survey', 'unconfirmed', 'welcome', 'confirm-reminder']
    expect(want.filter((k) => !kinds.has(k as never))).toEqual([])
    expect(
      rows.filter((x) => x.s.kind === 'h-quiet' && x.l.persona === 'freelancer').length,
    ).toBeGreaterThan(100)
  })

  it('reuses no company stem, host or service name of the earlier sets', () => {
    const words = [...earlierNameWordsToThirtyNinth()]
    expect(words.length).toBeGreaterThan(1_000)
    const ours = [
      ...names.STEMS,
      ...names.LOOK_STEMS,
      ...names.PERSONA_STEMS,
      ...names.HOST_STEMS,
      ...names.HELPDESK_SERVICES,
      ...names.MAILING_SERVICES,
    ]
    expect(new Set(ours).size).toBe(ours.length)
    expect(clashesWith(['abcde', 'xyz'], ['abc', 'xyzw', 'qq'])).toEqual(['abc', 'xyzw'])
    const clashes = clashesWith(words, ours)
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('fortieth')
    expect(readmes.length).toBeGreaterThan(30)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
