// The forty-second held-out set's generator (test/eval/forty-second): deterministic, fully
// labelled, every kind x language present, every small-attack size with and without payload,
// attacks cut into pieces, every large own burst kind in every language within its size range,
// every look-alike class in every language and placement, every persona, and no company stem,
// host, service or product of an earlier set reused. It never runs the detector. Scenarios are
// built once per file (module level).
import { describe, expect, it } from 'vitest'
import * as names from '../eval/forty-second/companies.ts'
import { PRODUCTS } from '../eval/forty-second/products.ts'
import {
  ownScenario,
  quietScenario,
  WAVE_LANGS,
  waveScenario,
} from '../eval/forty-second/scenarios.ts'
import {
  BURST_KINDS,
  BURST_SIZES,
  LOOK_CLASSES,
  PERSONA_KINDS,
  SHAPES,
  SMALL_SIZES,
  type FortySecondLabel,
} from '../eval/forty-second/types.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { clashesWith } from './eval-fortieth-earlier.ts'
import { earlierNameWordsToFortyFirst } from './eval-forty-second-earlier.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const built = WAVE_KINDS.flatMap((_, k) => WAVE_LANGS.map((_, l) => waveScenario(HAM, k, l)))
const own = LANGUAGES.flatMap((_, l) => PERSONA_KINDS.map((_, p) => ownScenario(HAM, l, p)))
const scenarios: Scenario[] = [...built.map((b) => b.scenario), ...own, quietScenario(HAM, REAL)]
const rows = scenarios.flatMap((s) =>
  s.records.map((r) => ({ s, r, l: s.labels.get(r.id) as FortySecondLabel })),
)
const waves = rows.filter((x) => x.l.label === 'wave')
const json = (list: readonly Scenario[]) => JSON.stringify(list.map((s) => s.records))
const MINUTE = 60_000
const at = (date: string) => Date.parse(date)

/** Rows grouped by a key (attack id, burst id), dropping rows without one. */
function groups(list: typeof rows, key: (x: (typeof rows)[number]) => string | undefined) {
  const out = new Map<string, typeof rows>()
  for (const x of list) {
    const k = key(x)
    if (k !== undefined) out.set(k, [...(out.get(k) ?? []), x])
  }
  return [...out.values()]
}

/** Each company's first mail (ids end in -c<i>-0). */
const firsts = (list: typeof rows) => list.filter((x) => x.r.id.endsWith('-0'))
const spanMinutes = (list: typeof rows) => {
  const dates = list.map((x) => at(x.r.date))
  return (Math.max(...dates) - Math.min(...dates)) / MINUTE
}

describe('forty-second evaluation set', () => {
  it('is the same on every build', () => {
    const pairs = [
      [0, 7],
      [2, 3],
      [4, 6],
    ] as const
    const again = pairs.map(([k, l]) => waveScenario(HAM, k, l).scenario)
    expect(json(again)).toBe(json(pairs.map(([k, l]) => built[k * 8 + l]!.scenario)))
    expect(json([ownScenario(HAM, 3, 2)])).toBe(json([own[14]!]))
    expect(json([quietScenario(HAM, REAL)])).toBe(json(scenarios.slice(-1)))
    expect(scenarios.length).toBe(40 + 28 + 1)
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    // One expect over the collected problems: an expect per mail took most of a second.
    const ids = new Set<string>()
    const problems: string[] = []
    for (const { s, r, l } of rows) {
      if (!l) problems.push(`unlabelled ${s.name} ${r.id}`)
      if (ids.has(r.id)) problems.push(`duplicate ${r.id}`)
      ids.add(r.id)
    }
    const keys = ['lang', 'family', 'product', 'waveId', 'sender', 'payload', 'source', 'attack']
    for (const { r, l } of waves)
      for (const key of keys) if (!l[key as keyof typeof l]) problems.push(`${r.id} lacks ${key}`)
    const outside = rows.filter((x) => x.s.kind === 'h-quiet' || x.s.kind === 'g-own')
    expect(problems).toEqual([])
    expect(outside.some((x) => x.l.label === 'wave')).toBe(false)
  })

  it('has every kind x language, every shape, and products on about a fifth of wave mail', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const shape of SHAPES)
      expect(
        waves.some((x) => x.l.shape === shape),
        shape,
      ).toBe(true)
    const product = waves.filter((x) => x.l.source === 'wording:product').length / waves.length
    expect(product).toBeGreaterThan(0.14)
    expect(product).toBeLessThan(0.28)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    const display = waves.filter((x) => x.l.sender === 'display').length / waves.length
    expect(display).toBeGreaterThan(0.15)
    expect(display).toBeLessThan(0.35)
  })

  it('holds every small-attack size with and without payload, within 2-20 minutes', () => {
    const small = groups(
      waves.filter((x) => x.l.attack === 'small'),
      (x) => x.l.waveId,
    )
    expect(small.length).toBe(80)
    for (const attack of small) {
      const size = attack[0]!.l.smallSize!
      expect(firsts(attack).length).toBe(size)
      expect(spanMinutes(firsts(attack))).toBeLessThanOrEqual(20)
    }
    for (const size of SMALL_SIZES)
      for (const none of [true, false])
        expect(
          small.some((a) => a[0]!.l.smallSize === size && (a[0]!.l.payload === 'none') === none),
          `${size} ${none}`,
        ).toBe(true)
    const kinds = new Set(small.map((a) => a[0]!.l.smallKind))
    expect([...kinds].sort()).toEqual(['payload', 'probe', 'tool'])
  })

  it('cuts attacks into pieces of 3-6 companies every 40-90 minutes', () => {
    const pieces = groups(
      waves.filter((x) => x.l.attack === 'pieces'),
      (x) => x.l.waveId,
    )
    expect(pieces.length).toBe(40)
    expect(pieces.some((a) => a[0]!.l.payload === 'none')).toBe(true)
    for (const attack of pieces) {
      expect(attack.length).toBeGreaterThanOrEqual(9)
      expect(attack.length).toBeLessThanOrEqual(30)
      expect(spanMinutes(attack)).toBeGreaterThanOrEqual(80)
      expect(spanMinutes(attack)).toBeLessThanOrEqual(4 * 90 + 5)
    }
  })

  it('puts 1-5 important mails inside every attack', () => {
    const attackIds = new Set(waves.map((x) => x.l.waveId!))
    const inside = groups(
      rows.filter((x) => x.l.label === 'important' && x.l.waveId),
      (x) => x.l.waveId,
    )
    expect(inside.length).toBe(attackIds.size)
    for (const list of inside) {
      expect(list.length).toBeGreaterThanOrEqual(1)
      expect(list.length).toBeLessThanOrEqual(5)
    }
  })

  it('has every large own burst kind in every language within its size and time', () => {
    const large = rows.filter((x) => x.l.burstKind && x.l.burstKind !== 'ordinary')
    const limit = { job: 120, move: 240, phone: 20, student: 33 * 60, shop: 300 }
    for (const burst of groups(large, (x) => x.l.burstId)) {
      const kind = burst[0]!.l.burstKind as (typeof BURST_KINDS)[number]
      const [min, max] = BURST_SIZES[kind]
      const services = firsts(burst)
      expect(services.length).toBe(burst[0]!.l.burstSize)
      expect(services.length).toBeGreaterThanOrEqual(min)
      expect(services.length).toBeLessThanOrEqual(max)
      expect(spanMinutes(services)).toBeLessThanOrEqual(limit[kind])
      expect(burst.every((x) => x.l.label === 'own' && x.r.folder === undefined)).toBe(true)
    }
    for (const kind of BURST_KINDS)
      for (const lang of LANGUAGES)
        expect(
          large.some((x) => x.l.burstKind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    const ordinary = rows.filter((x) => x.l.burstKind === 'ordinary')
    expect(ordinary.some((x) => x.r.folder === 'sent')).toBe(true)
    expect(waves.length).toBeGreaterThan(2_000)
  })

  it('has every look-alike class in every language and placement, and every persona', () => {
    for (const cls of LOOK_CLASSES)
      for (const lang of LANGUAGES)
        for (const placement of ['quiet', 'wave-known', 'wave-new', 'history'])
          expect(
            rows.some(
              (x) => x.l.lookClass === cls && x.l.lang === lang && x.l.placement === placement,
            ),
            `${cls} ${lang} ${placement}`,
          ).toBe(true)
    for (const persona of PERSONA_KINDS)
      for (const lang of LANGUAGES)
        expect(
          rows.some((x) => x.s.kind === 'g-own' && x.l.persona === persona && x.l.lang === lang),
        ).toBe(true)
  })

  it('reuses no company stem, host or service name of an earlier set, nor a product', () => {
    const earlier = [...earlierNameWordsToFortyFirst()]
    expect(earlier.length).toBeGreaterThan(10_000)
    const mine = [
      ...names.STEMS,
      ...names.LOOK_STEMS,
      ...names.PROVIDER_STEMS,
      ...names.OWN_STEMS,
      ...names.HOST_STEMS,
      ...names.HELPDESK_SERVICES,
      ...names.MAILING_SERVICES,
    ]
    expect(clashesWith(earlier, mine)).toEqual([])
    const readmes = otherSetsReadmes('forty-second')
    expect(readmes.length).toBeGreaterThan(30)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
