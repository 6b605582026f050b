// The thirty-eighth held-out set's generator (test/eval/thirty-eighth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, every organisation's mail and own bursts (inside waves too),
// and no company stem, host, service or product of an earlier set reused. It never runs the
// detector. Scenarios are built once per file (module level).
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as names from '../eval/thirty-eighth/companies.ts'
import { LOOK_CLASSES } from '../eval/thirty-eighth/look.ts'
import { SECOND_TEXTS } from '../eval/thirty-eighth/look-texts-c.ts'
import { ORG_TYPES } from '../eval/thirty-eighth/org-mail.ts'
import { ORG_KINDS } from '../eval/thirty-eighth/orgs.ts'
import { BURSTS } from '../eval/thirty-eighth/own.ts'
import { PRODUCTS } from '../eval/thirty-eighth/products.ts'
import { handTexts } from '../eval/thirty-eighth/wording.ts'
import { VARIANTS } from '../eval/thirty-eighth/wording-types.ts'
import {
  buildScenarios,
  ownScenario,
  quietScenario,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-eighth/scenarios.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { earlierNameWordsToThirtySeventh } from './eval-thirty-eighth-earlier.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const built = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => ({ k, l, ...waveScenarioWithShape(HAM, k, l) })),
)
const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
type Row = (typeof rows)[number]
const waves = rows.filter((x) => x.l.label === 'wave')
const MIN = 60_000
const json = (list: readonly Scenario[]) => JSON.stringify(list.map((s) => s.records))
const source = (x: Row) => x.l.source ?? ''
const share = (f: (x: Row) => boolean) => waves.filter(f).length / waves.length
const missing = (want: readonly string[], have: Set<string>) => want.filter((w) => !have.has(w))

describe('thirty-eighth evaluation set', () => {
  it('is the same on every build', () => {
    expect(json(built.map((b) => b.scenario))).toBe(json(scenarios.slice(0, built.length)))
    const own = LANGUAGES.flatMap((_, l) => ORG_KINDS.map((_, o) => ownScenario(HAM, l, o)))
    expect(json([...own, quietScenario(HAM, REAL)])).toBe(json(scenarios.slice(built.length)))
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    // Plain checks collected in a list: one expect per mail would cost a third of a second.
    const ids = new Set<string>()
    const bad: string[] = []
    for (const { s, r, l } of rows) {
      if (!l || ids.has(r.id)) bad.push(`${s.name} ${r.id}`)
      ids.add(r.id)
    }
    const keys = ['lang', 'family', 'product', 'waveId', 'sender', 'payload', 'source'] as const
    for (const { r, l } of waves) if (keys.some((key) => !l[key])) bad.push(r.id)
    for (const { s, r, l } of rows) if (l.label === 'wave' && s.kind === 'h-quiet') bad.push(r.id)
    // A slot left unfilled or a text split at the wrong bar would show in the generated mail.
    for (const x of rows) {
      if (/^(spam|real)/u.test(source(x))) continue
      const text = `${x.r.subject}\n${x.r.body ?? ''}`
      const bar = text.includes('|') && !source(x).endsWith('newsletter')
      if (bar || /\{[a-z]+\}/u.test(text)) bad.push(x.r.subject)
    }
    expect(bad).toEqual([])
    expect(scenarios).toHaveLength(69)
  })

  it('has every kind x language of wave mail, and every variant and product', () => {
    const have = new Set(waves.map((x) => `${x.s.kind} ${x.l.lang}`))
    expect(
      missing(
        WAVE_KINDS.flatMap((k) => LANGUAGES.map((l) => `${k} ${l}`)),
        have,
      ),
    ).toEqual([])
    const variants = new Set(waves.map((x) => source(x).split(':')[2]!))
    expect([...variants].sort()).toEqual(['enquiry', 'optin', 'quote', 'reset', 'signup', 'ticket'])
    const products = new Set(waves.map((x) => x.l.product!))
    expect(
      missing(
        PRODUCTS.map((p) => p.product),
        products,
      ),
    ).toEqual([])
  })

  it('keeps every wave within the brief’s shapes, with 4-6 important mails inside', () => {
    const bad: string[] = []
    for (const { wave, scenario } of built) {
      const { shape } = wave.plan
      const n = wave.companyList.length
      const span = (wave.end - wave.plan.start) / MIN
      const ok: Record<typeof shape, boolean> = {
        burst: span >= 1 && span <= 25 && n >= 25 && n <= 60,
        tail: span >= 60 && span <= 160 && n >= 30 && n <= 70,
        slow: span >= 90 && span <= 6 * 60 + 30,
        drip: span >= 6 * 60 && span <= 12 * 60 && wave.records.length === n,
        small: n >= 10 && n <= 20,
        large: n >= 100 && n <= 150,
      }
      if (!ok[shape]) bad.push(`${wave.plan.waveId} ${n} companies ${span} min`)
      const inside = scenario.records.filter((r) => {
        const label = scenario.labels.get(r.id)!
        return label.label === 'important' && label.waveId === wave.plan.waveId
      }).length
      if (inside < 4 || inside > 6) bad.push(`${wave.plan.waveId} ${inside} important inside`)
    }
    expect(bad).toEqual([])
    const shapes = new Set(built.map((b) => b.wave.plan.shape))
    expect(shapes.size).toBe(6)
    expect(new Set(built.map((b) => b.wave.plan.timing)).size).toBe(2)
    expect(Math.max(...built.map((b) => b.wave.companyList.length))).toBe(150)
  })

  it('mixes sender rows, wording sources and payloads as promised', () => {
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.2)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.35)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => source(x).startsWith('wording:product'))).toBeGreaterThanOrEqual(0.15)
    expect(share((x) => source(x).startsWith('wording:product'))).toBeLessThanOrEqual(0.3)
    const displayOnly = waves.filter((x) => x.l.sender === 'display')
    expect(displayOnly.every((x) => !x.r.from.includes('@'))).toBe(true)
    expect(built.filter((b) => b.wave.plan.payload.kind === 'none')).toHaveLength(10)
    expect(new Set(waves.map((x) => x.l.payload!.split('/')[0])).size).toBe(10)
    expect(new Set(waves.map((x) => x.l.payload!.split('/')[1] ?? 'none')).size).toBe(6)
  })

  it('keeps one wording and one sender row per company in a wave', () => {
    const seen = new Map<string, string>()
    const bad: string[] = []
    for (const x of waves) {
      const key = `${x.l.waveId} ${x.r.from}`
      const value = `${x.l.product} ${source(x)} ${x.l.sender}`
      if (seen.has(key) && seen.get(key) !== value) bad.push(key)
      seen.set(key, value)
    }
    expect(bad).toEqual([])
  })

  it('hand-writes two texts per variant and language, no two sharing a sentence', () => {
    const seen = new Map<string, string>()
    const shared: string[] = []
    for (const variant of VARIANTS)
      for (const lang of LANGUAGES) {
        const texts = handTexts(variant, lang)
        expect(texts, `${variant} ${lang}`).toHaveLength(2)
        for (const text of texts)
          for (const sentence of text.split(/[.!?\n|]+/u).map((t) => t.trim()))
            if (sentence.length > 25) {
              if (seen.has(sentence)) shared.push(sentence)
              seen.set(sentence, variant)
            }
      }
    expect(shared).toEqual([])
  })

  it('puts every look-alike class in every language in every placement', () => {
    const have = new Set(
      rows.filter((x) => source(x).startsWith('look:')).map((x) => `${source(x)} ${x.l.lang}`),
    )
    const want = ['quiet', 'wave-known', 'wave-new'].flatMap((where) =>
      LOOK_CLASSES.flatMap((c) => LANGUAGES.map((l) => `look:${where}:${c.key} ${l}`)),
    )
    expect(missing(want, have)).toEqual([])
    expect(
      missing(
        LANGUAGES.map((l) => `look:history:ticket ${l}`),
        have,
      ),
    ).toEqual([])
    expect(
      missing(
        LANGUAGES.map((l) => `look:sent:ticket ${l}`),
        have,
      ),
    ).toEqual([])
    const second = LOOK_CLASSES.filter((c) => c.key !== 'ticket').flatMap((c) =>
      LANGUAGES.filter((l) => !SECOND_TEXTS[c.key]?.[l]).map((l) => `${c.key} ${l}`),
    )
    expect(second).toEqual([])
    const sent = rows.filter((x) => source(x) === 'look:sent:ticket')
    expect(sent.every((x) => x.r.folder === 'sent')).toBe(true)
  })

  it('holds every organisation’s mail and own bursts, inside waves too', () => {
    const have = new Set(
      rows.map((x) => `${source(x).split(':').slice(0, 3).join(':')} ${x.l.lang}`),
    )
    const want = ORG_KINDS.flatMap((kind) =>
      LANGUAGES.flatMap((l) => [
        ...ORG_TYPES[kind]
          .filter((t) => t.key !== 'guest-writes')
          .map((t) => `org:${kind}:${t.key} ${l}`),
        ...BURSTS.map((b) => `burst:${kind}:${b} ${l}`),
      ]),
    )
    expect(missing(want, have)).toEqual([])
    for (const kind of ORG_KINDS) {
      const inside = rows.filter((x) => source(x).startsWith(`burst:${kind}:`))
      expect(
        inside.some((x) => source(x).endsWith(':wave-inside')),
        kind,
      ).toBe(true)
      expect(
        rows.some(
          (x) => source(x).startsWith(`org:${kind}:`) && source(x).endsWith(':wave-inside'),
        ),
      ).toBe(true)
    }
    const own = rows.filter((x) => x.l.label === 'own')
    expect(own.every((x) => source(x).startsWith('burst:'))).toBe(true)
    const quiet = new Set(
      rows.filter((x) => x.s.kind === 'h-quiet').map((x) => source(x).split(/[:/]/u)[0]),
    )
    expect([...quiet].sort()).toEqual([
      'burst',
      'look',
      'org',
      'real',
      'spamassassin',
      'spamassassin-list',
    ])
  })

  it('reuses no name of an earlier set and no product an earlier README names', () => {
    const words = [...earlierNameWordsToThirtySeventh()]
    expect(words.length).toBeGreaterThan(5_000)
    const ours = [
      ...names.STEMS,
      ...names.LOOK_STEMS,
      ...names.ORG_STEMS,
      ...names.TOOL_STEMS,
      ...names.HELPDESK_SERVICES,
      ...names.MAILING_SERVICES,
    ]
    expect(new Set(ours).size).toBe(ours.length)
    const clashes = ours.filter((s) => words.some((w) => w.startsWith(s) || s.startsWith(w)))
    expect(clashes).toEqual([])
    const readmes = otherSetsReadmes('thirty-eighth')
    expect(readmes.length).toBeGreaterThan(30)
    const named = PRODUCTS.filter((p) => readmes.some((t) => t.includes(p.product.toLowerCase())))
    expect(named).toEqual([])
  })
})
