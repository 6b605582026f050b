// The twentieth held-out set's generator (test/eval/twentieth): deterministic, fully labelled,
// every kind x language present, wave shapes within the brief, every look-alike class in every
// language and placement, and no company stem or product of an earlier set reused. It never
// runs the detector.
import { describe, expect, it } from 'vitest'
import { otherSetsReadmes } from './eval-readmes.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { STEMS } from '../eval/twentieth/companies.ts'
import { HAND } from '../eval/twentieth/inhouse/index.ts'
import { FAMILIES } from '../eval/twentieth/inhouse/types.ts'
import { LOOK_CLASSES } from '../eval/twentieth/lookalike/index.ts'
import { PRODUCTS } from '../eval/twentieth/products/index.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS } from '../eval/twentieth/senders.ts'
import { buildScenarios, WAVE_LANGS, waveScenarioWithShape } from '../eval/twentieth/scenarios.ts'
import { earlierCompanyWords, HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
type Row = (typeof rows)[number]
const waves = rows.filter((x) => x.l.label === 'wave')
const look = rows.filter((x) => /^lookalike:(quiet|wave-known|wave-new):/u.test(x.l.source ?? ''))
const placeOf = (x: Row) => x.l.source!.split(':')[1]!
const classOf = (x: Row) => x.l.source!.split(':')[2]!
const time = (x: Row) => Date.parse(x.r.date)
const shapes = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)

describe('twentieth evaluation set', () => {
  it('is the same on every build', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
  })

  it('labels every mail, with ids unique, wave mail fully, and no slot left unfilled', () => {
    const ids = new Set<string>()
    for (const { s, r, l } of rows) {
      expect(l, `${s.name} ${r.id}`).toBeDefined()
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
      if (!/^(spamassassin|real)/u.test(l.source ?? ''))
        expect(`${r.subject}\n${r.body}`, r.id).not.toMatch(/\{\w+\}/u)
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

  it('has every kind x language, and own bursts per language as the brief shapes them', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = rows.filter((x) => x.s.name === `g-own ${lang}` && x.l.label === 'own')
      const sent = own.filter((x) => x.r.folder === 'sent')
      const replies = own.filter((x) => x.l.source === 'own:reply')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      expect(Math.max(...sent.map(time)) - Math.min(...sent.map(time))).toBeLessThanOrEqual(
        3_600_000,
      )
      sent.forEach((x, i) => {
        const reply = replies.find((y) => y.r.id === x.r.id.replace('-sent-', '-reply-'))!
        expect(reply.r.subject, lang).toContain(x.r.subject)
        const delay = (time(reply) - time(x)) / 60_000
        expect(delay >= 1 && delay <= 10, `${lang} ${i}`).toBe(true)
        expect(x.r.to).toMatch(/^support@/u)
      })
      expect(own.filter((x) => x.l.source === 'own:signup')).toHaveLength(1)
      const letters = own.filter((x) => x.l.source === 'own:newsletter').length
      expect(letters >= 2 && letters <= 3).toBe(true)
    }
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    for (const { scenario, shape } of shapes) {
      const members = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
      expect(members.length).toBeGreaterThanOrEqual(40)
      expect(members.length).toBeLessThanOrEqual(400)
      expect(shape.companyList.length).toBeGreaterThanOrEqual(20)
      expect(shape.companyList.length).toBeLessThanOrEqual(150)
      expect(shape.submissions.every((n) => n >= 1 && n <= 4)).toBe(true)
      const times = members.map((r) => Date.parse(r.date))
      const span = (Math.max(...times) - shape.plan.start) / 60_000
      expect(span).toBeLessThanOrEqual(90)
      expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(2 * 60_000)
      spans.push(span)
      const important = scenario.records.filter((r) => {
        const label = scenario.labels.get(r.id)!
        return label.label === 'important' && label.waveId === shape.plan.waveId
      })
      expect(important.length).toBeGreaterThanOrEqual(3)
      expect(important.length).toBeLessThanOrEqual(6)
    }
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(85)
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
    const slow = shapes.filter(
      (w) => w.shape.companyList.length === 20 && w.shape.plan.minutes === 90,
    )
    expect(slow).toHaveLength(1)
    expect((slow[0]!.shape.end - slow[0]!.shape.plan.start) / 60_000).toBeGreaterThanOrEqual(80)
    expect(shapes.some((w) => w.shape.companyList.length === 150)).toBe(true)
    expect(shapes.filter((w) => w.shape.plan.payload.kind === 'none')).toHaveLength(
      shapes.length / 4,
    )
  })

  it('mixes sender shapes, wording sources and payloads as promised', () => {
    const share = (f: (x: Row) => boolean) => waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.18)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.32)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.source === 'wording:handwritten')).toBeGreaterThan(0.3)
    expect(share((x) => x.l.source === 'wording:composed')).toBeGreaterThan(0.2)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    const payloads = new Set(waves.map((x) => x.l.payload!))
    expect(new Set([...payloads].map((p) => p.split('/')[0])).size).toBe(7)
    expect(new Set([...payloads].map((p) => p.split('/')[1]).filter(Boolean)).size).toBe(9)
    const largest = shapes.find((w) => w.shape.plan.sameSubject)!
    const members = largest.scenario.records.filter(
      (r) => largest.scenario.labels.get(r.id)!.label === 'wave',
    )
    expect(members.every((r) => r.subject.includes(largest.shape.plan.payload.text))).toBe(true)
  })

  it('hand-writes at least three texts per family and language, no two sharing a sentence', () => {
    const seen = new Map<string, string>()
    for (const family of FAMILIES)
      for (const lang of LANGUAGES) {
        const texts = HAND[family].filter((w) => w.lang === lang)
        expect(texts.length, `${family} ${lang}`).toBeGreaterThanOrEqual(3)
        for (const w of texts)
          for (const sentence of `${w.subject}\n${w.body}`.split(/[.!?\n]+/u).map((t) => t.trim()))
            if (sentence.length > 25) {
              expect(seen.get(sentence), sentence).toBeUndefined()
              seen.set(sentence, family)
            }
      }
  })

  it('writes every look-alike class in every language and placement, three texts or more each', () => {
    expect(LOOK_CLASSES).toHaveLength(14)
    for (const cls of LOOK_CLASSES)
      for (const lang of LANGUAGES) {
        expect(
          new Set(cls.texts[lang].map((t) => t[0])).size,
          `${cls.name} ${lang}`,
        ).toBeGreaterThanOrEqual(3)
        for (const place of ['quiet', 'wave-known', 'wave-new'])
          expect(
            look.some((x) => classOf(x) === cls.name && x.l.lang === lang && placeOf(x) === place),
            `${cls.name} ${lang} ${place}`,
          ).toBe(true)
      }
    const count = (place: string) => look.filter((x) => placeOf(x) === place).length
    expect(count('quiet')).toBeGreaterThanOrEqual(220)
    expect(count('wave-known')).toBeGreaterThanOrEqual(190)
    expect(count('wave-new')).toBeGreaterThanOrEqual(170)
    const labels = new Map(LOOK_CLASSES.map((c) => [c.name, c.label]))
    for (const x of look) expect(x.l.label, x.r.id).toBe(labels.get(classOf(x)))
  })

  it('places wave look-alikes inside the wave, known senders with earlier mail, replies after sent mail', () => {
    for (const { scenario, shape } of shapes) {
      const times = shape.records.map((r) => Date.parse(r.date))
      const inside = rows.filter(
        (x) => x.s.name === scenario.name && /^lookalike:wave-/u.test(x.l.source ?? ''),
      )
      expect(inside.length, scenario.name).toBeGreaterThanOrEqual(8)
      for (const x of inside) {
        expect(time(x) > Math.min(...times) && time(x) < Math.max(...times), x.r.id).toBe(true)
        if (placeOf(x) === 'wave-known')
          expect(
            rows.some(
              (y) =>
                y.s.name === scenario.name &&
                y.l.source?.startsWith('lookalike:history:') &&
                y.r.from === x.r.from &&
                time(y) < Math.min(...times) - 86_400_000,
            ),
            x.r.id,
          ).toBe(true)
      }
    }
    const answers = rows.filter((x) =>
      /^lookalike:[a-z-]+:(ooo|ticket-reply)$/u.test(x.l.source ?? ''),
    )
    expect(answers.length).toBeGreaterThan(100)
    for (const x of answers) {
      const sent = rows.find((y) => y.r.id === `${x.r.id}-sent`)!
      expect(sent.r.folder, x.r.id).toBe('sent')
      expect(x.r.subject + x.r.body, x.r.id).toContain(sent.r.subject)
      expect(time(x) - time(sent)).toBeGreaterThanOrEqual(3_600_000)
    }
  })

  it('reuses no company stem (nor invented service name) of the nineteen earlier sets', () => {
    const words = earlierCompanyWords()
    expect(words.size).toBeGreaterThan(1_000)
    const services = [...HELPDESK_HOSTS, ...MAILING_HOSTS].map((host) => host.split('.')[0]!)
    const clashes = [...STEMS, ...services].flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('twentieth', 'wordings')
    expect(readmes.length).toBeGreaterThanOrEqual(18)
    for (const p of PRODUCTS)
      for (const word of p.product.split(/[ /]+/u).filter((w) => /[A-Z]/u.test(w) && w.length > 3))
        for (const text of readmes) expect(text.includes(word.toLowerCase()), word).toBe(false)
  })
})
