// The thirty-fourth held-out set's generator (test/eval/thirty-fourth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, the three own-burst kinds, and no company stem or product of
// an earlier set reused. It never runs the detector.
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import {
  ATS_HOSTS,
  HELPDESK_HOSTS,
  LOOK_STEMS,
  MAILING_HOSTS,
  SERVICES,
  STEMS,
  WORK_STEMS,
} from '../eval/thirty-fourth/companies.ts'
import { LOOK_TEXT } from '../eval/thirty-fourth/look/index.ts'
import { LOOK_CLASSES } from '../eval/thirty-fourth/look/types.ts'
import { PRODUCTS } from '../eval/thirty-fourth/products.ts'
import {
  buildScenarios,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-fourth/scenarios.ts'
import { earlierNameWordsToThirtyThird } from './eval-thirty-fourth-earlier.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const shapes = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)
const parts = (source: string | undefined) => (source ?? '').split(':')

describe('thirty-fourth evaluation set', () => {
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
        expect(l[key]).toBeTruthy()
    expect(rows.length).toBeGreaterThan(5_000)
  })

  it('has every kind x language, and own bursts per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES)
      for (const source of [
        'own:burst:reply',
        'own:signup',
        'own:newsletter',
        'own:storm:ooo',
        'own:apply:ack',
      ])
        expect(
          rows.some((x) => x.s.kind === 'g-own' && x.l.lang === lang && x.l.source === source),
          `${lang} ${source}`,
        ).toBe(true)
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    for (const { scenario, shape } of shapes) {
      const members = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
      expect(members.length).toBeGreaterThanOrEqual(15)
      expect(members.length).toBeLessThanOrEqual(400)
      expect(shape.companyList.length).toBeGreaterThanOrEqual(10)
      expect(shape.companyList.length).toBeLessThanOrEqual(150)
      const first = Date.parse(members[0]!.date)
      const span = (Date.parse(members.at(-1)!.date) - first) / 60_000
      expect(span).toBeLessThanOrEqual(360)
      spans.push(span)
      const important = scenario.records.filter((r) => {
        const l = scenario.labels.get(r.id)!
        return l.label === 'important' && l.waveId === shape.plan.waveId
      })
      expect(important.length).toBeGreaterThanOrEqual(3)
      expect(important.length).toBeLessThanOrEqual(6)
      for (const r of important) expect(Date.parse(r.date)).toBeGreaterThanOrEqual(first)
    }
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(120)
    expect(Math.min(...spans)).toBeLessThanOrEqual(20)
    expect(shapes.filter((s) => s.shape.plan.payload.label === 'none').length).toBe(10)
    expect(shapes.filter((s) => s.shape.companyList.length <= 20).length).toBeGreaterThanOrEqual(4)
    expect(shapes.filter((s) => s.shape.plan.maxSubmissions === 1).length).toBeGreaterThanOrEqual(4)
  })

  it('mixes sender rows, wording sources, auto-reply and verify-to-submit mail as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.2)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.source === 'wording:composed')).toBeGreaterThan(0.15)
    for (const lang of LANGUAGES)
      expect(
        waves.some((x) => x.l.waveId === `n34-a-${lang}` && x.l.product === 'auto-responder'),
      ).toBe(true)
    const verifying = shapes.filter(({ scenario }) =>
      [...scenario.labels.values()].some((l) => l.product === 'request-verify'),
    )
    expect(verifying.length * 4).toBeGreaterThanOrEqual(shapes.length)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
  })

  it('puts every look-alike class in every language and placement, three texts each', () => {
    const look = rows.filter((x) => parts(x.l.source)[0] === 'lookalike')
    for (const cls of LOOK_CLASSES)
      for (const lang of LANGUAGES) {
        expect(LOOK_TEXT[cls][lang].length).toBeGreaterThanOrEqual(3)
        expect(
          look.some(
            (x) =>
              parts(x.l.source)[1] === 'quiet' && parts(x.l.source)[2] === cls && x.l.lang === lang,
          ),
          `${cls} ${lang}`,
        ).toBe(true)
      }
    const count = (where: string) => look.filter((x) => parts(x.l.source)[1] === where).length
    expect(count('quiet')).toBeGreaterThanOrEqual(350)
    expect(count('wave-known')).toBeGreaterThanOrEqual(180)
    expect(count('wave-new')).toBeGreaterThanOrEqual(180)
    expect(look.some((x) => parts(x.l.source)[2] === 'prior-customer')).toBe(true)
    for (const where of ['wave-known', 'wave-new'])
      for (const cls of LOOK_CLASSES)
        expect(
          look.some((x) => parts(x.l.source)[1] === where && parts(x.l.source)[2] === cls),
          `${where} ${cls}`,
        ).toBe(true)
  })

  it('holds reply storms, application days and administrator mail', () => {
    const storms = new Map<string, number>()
    for (const x of rows)
      if (x.r.id.includes('-storm-r'))
        storms.set(x.r.id.split('-storm-')[0]!, (storms.get(x.r.id.split('-storm-')[0]!) ?? 0) + 1)
    expect([...storms.values()].every((n) => n >= 15 && n <= 60)).toBe(true)
    expect([...storms.keys()].some((k) => !k.includes('-g-'))).toBe(true)
    for (const x of rows.filter((y) => y.l.source === 'own:storm:sent'))
      expect(x.r.folder).toBe('sent')
    expect(
      rows.filter((x) => x.l.source === 'job:offer' && x.l.label === 'important').length,
    ).toBeGreaterThan(0)
    const dmarc = rows.filter((x) => x.l.source === 'admin:dmarc')
    expect(dmarc.length).toBeGreaterThanOrEqual(28 * 5)
    expect(rows.some((x) => x.l.source === 'admin:billing' && x.l.label === 'important')).toBe(true)
  })

  it('reuses no company, brand or service name of an earlier set', () => {
    const words = earlierNameWordsToThirtyThird()
    expect(words.size).toBeGreaterThan(1_000)
    const hosts = [...HELPDESK_HOSTS, ...MAILING_HOSTS, ...ATS_HOSTS].map((h) =>
      h.split('.').at(-2)!,
    )
    const ours = [
      ...STEMS,
      ...LOOK_STEMS,
      ...WORK_STEMS,
      ...hosts,
      ...Object.values(SERVICES).map((s) => s.toLowerCase()),
    ]
    for (const stem of ours) expect(/^[deijvy]/u.test(stem), stem).toBe(true)
    const clashes = ours.flatMap((stem) =>
      [...words].filter((w) => w.startsWith(stem)).map((w) => `${stem} ~ ${w}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('thirty-fourth')
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
