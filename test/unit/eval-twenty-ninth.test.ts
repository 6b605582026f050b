// The twenty-ninth held-out set's generator (test/eval/twenty-ninth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, and no company stem, service or product of an earlier set
// reused. It never runs the detector.
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { HELPDESK_HOSTS, LOOK_STEMS, MAILING_HOSTS, STEMS } from '../eval/twenty-ninth/companies.ts'
import { LOOK_TEXT } from '../eval/twenty-ninth/look/index.ts'
import { CONFIRM, INVITE } from '../eval/twenty-ninth/look/invite.ts'
import { BRIEF_CLASSES } from '../eval/twenty-ninth/look/types.ts'
import { PRODUCTS } from '../eval/twenty-ninth/products/index.ts'
import { LARGEST_WAVE, OVERLAP_WAVE, SLOW_WAVE } from '../eval/twenty-ninth/plans.ts'
import { buildScenarios } from '../eval/twenty-ninth/scenarios.ts'
import { HAND } from '../eval/twenty-ninth/wording/index.ts'
import * as nineteenth from '../eval/nineteenth/companies.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import * as twentySecond from '../eval/twenty-second/companies.ts'
import * as twentyThird from '../eval/twenty-third/companies.ts'
import * as twentyFourth from '../eval/twenty-fourth/companies.ts'
import * as twentyFifth from '../eval/twenty-fifth/companies.ts'
import * as twentySixth from '../eval/twenty-sixth/companies.ts'
import * as twentySeventh from '../eval/twenty-seventh/companies.ts'
import * as twentyEighth from '../eval/twenty-eighth/companies.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'
import {
  built,
  expectWaveShape,
  followingUp,
  is,
  members,
  otherReadmes,
  spanMinutes,
} from './eval-twenty-ninth-helpers.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'

const LATER = [
  nineteenth,
  twentieth,
  twentyFirst,
  twentySecond,
  twentyThird,
  twentyFourth,
  twentyFifth,
  twentySixth,
  twentySeventh,
  twentyEighth,
]
const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const at = (x: { r: { date: string } }) => Date.parse(x.r.date)
const whereOf = (source = '') =>
  source.startsWith('lookalike:') ? source.split(':')[1] : undefined
const classOf = (source = '') => source.split(':')[2]

describe('twenty-ninth evaluation set', () => {
  it('is the same on every build and holds about 9,000-10,000 mails with the full ham', () => {
    expect(JSON.stringify(buildScenarios(HAM, REAL).map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
    expect(scenarios.every((s) => s.seed >= 291_000 && s.seed <= 293_999)).toBe(true)
    expect(rows.length).toBeGreaterThan(5_500)
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
  })

  it('has every kind x language, own bursts per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = rows.filter((x) => x.s.kind === 'g-own' && x.l.lang === lang)
      const sent = own.filter((x) => x.r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      expect(spanMinutes(sent.map((x) => x.r))).toBeLessThanOrEqual(60)
      expect(own.filter((x) => x.l.source === 'own:newsletter').length).toBeGreaterThanOrEqual(2)
      expect(own.filter((x) => x.l.source === 'own:signup')).toHaveLength(1)
      expect(own.every((x) => x.l.label === 'own')).toBe(true)
    }
  })

  it('keeps every wave within the brief’s shapes, with the named exceptions', () => {
    for (const b of built) expectWaveShape(b)
    expect(built.reduce((sum, b) => sum + followingUp(b), 0)).toBeGreaterThan(100)
    const slow = built.find((b) => is(SLOW_WAVE, b.k, b.l))!
    expect(slow.shape.companyList).toHaveLength(20)
    expect(spanMinutes(members(slow))).toBeGreaterThanOrEqual(60)
    const largest = built.find((b) => is(LARGEST_WAVE, b.k, b.l))!
    expect(members(largest)).toHaveLength(400)
  })

  it('overlaps two waves from different attackers, payloads and families', () => {
    const b = built.find((x) => is(OVERLAP_WAVE, x.k, x.l))!
    expect(b.second).toBeDefined()
    const first = members(b)
    const second = members(b, b.second!.plan.waveId)
    expect(second.length).toBeGreaterThanOrEqual(40)
    expect(b.second!.plan.payload.text).not.toBe(b.shape.plan.payload.text)
    const fam = (list: typeof first) =>
      new Set(list.map((r) => b.scenario.labels.get(r.id)!.family))
    expect([...fam(second)]).toEqual(['reset'])
    expect(fam(first).has('reset')).toBe(false)
    expect(Date.parse(second[0]!.date)).toBeLessThan(Date.parse(first.at(-1)!.date))
  })

  it('mixes sender shapes, wording sources and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.22)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.source === 'wording:handwritten')).toBeGreaterThan(0.2)
    expect(share((x) => x.l.source === 'wording:composed')).toBeGreaterThan(0.2)
    const payloads = built.map((b) => b.shape.plan.payload.label)
    payloads.forEach((p, i) => expect(p === 'none', `${i}`).toBe(i % 4 === 3))
    expect(new Set(payloads.map((p) => p.split('/')[1]).filter(Boolean)).size).toBe(6)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    const twice = waves.filter((x) => x.l.source !== 'wording:product')
    expect(twice.length).toBeGreaterThan(0)
  })

  it('writes three or more texts per class and language, and the own wordings per family', () => {
    for (const lang of LANGUAGES) {
      for (const cls of BRIEF_CLASSES)
        expect(
          new Set(LOOK_TEXT[lang][cls].map((t) => t[0])).size,
          `${lang} ${cls}`,
        ).toBeGreaterThanOrEqual(3)
      expect(INVITE[lang].length).toBeGreaterThanOrEqual(3)
      expect(CONFIRM[lang].length).toBeGreaterThanOrEqual(3)
      // receipts with refunds, salary, rent and renewals; bank alerts with statements
      expect(LOOK_TEXT[lang].receipt.length).toBeGreaterThanOrEqual(5)
      expect(LOOK_TEXT[lang].bank.length).toBeGreaterThanOrEqual(4)
      for (const family of Object.keys(HAND) as (keyof typeof HAND)[])
        expect(HAND[family].filter((h) => h[0] === lang).length).toBeGreaterThanOrEqual(2)
    }
  })

  it('places every look-alike class in every language and placement, with its history', () => {
    const look = rows.filter((x) =>
      ['quiet', 'wave-known', 'wave-new'].includes(whereOf(x.l.source) ?? ''),
    )
    for (const where of ['quiet', 'wave-known', 'wave-new'])
      for (const lang of LANGUAGES)
        for (const cls of BRIEF_CLASSES)
          expect(
            look.some(
              (x) =>
                whereOf(x.l.source) === where && x.l.lang === lang && classOf(x.l.source) === cls,
            ),
            `${where} ${lang} ${cls}`,
          ).toBe(true)
    const byId = new Map(rows.map((x) => [x.r.id, x]))
    for (const x of look) {
      if (whereOf(x.l.source) === 'wave-known') {
        const h = byId.get(`${x.r.id}-hist`)!
        expect(h.r.from).toBe(x.r.from)
        expect(at(h)).toBeLessThan(at(x) - 2 * 86_400_000)
      }
      if (['auto-reply', 'ticket-reply'].includes(classOf(x.l.source) ?? '')) {
        const sent = byId.get(`${x.r.id}-sent`)!
        expect(sent.r.folder).toBe('sent')
        expect(`${x.r.subject}\n${x.r.body}`).toContain(sent.r.subject)
        expect(at(sent)).toBeLessThan(at(x))
      }
      if (whereOf(x.l.source) !== 'quiet') {
        const b = built.find((y) => y.scenario.name === x.s.name)!
        expect(at(x)).toBeGreaterThanOrEqual(b.shape.first)
        expect(at(x)).toBeLessThanOrEqual(b.shape.end)
      }
    }
    const count = (where: string, cls: string) =>
      look.filter((x) => whereOf(x.l.source) === where && classOf(x.l.source) === cls).length
    expect(count('quiet', 'decorated')).toBeGreaterThanOrEqual(100)
    expect(count('wave-known', 'decorated')).toBeGreaterThanOrEqual(60)
    expect(count('wave-new', 'decorated')).toBeGreaterThanOrEqual(60)
    expect(count('quiet', 'confirm')).toBeGreaterThanOrEqual(35)
    expect(count('quiet', 'invite')).toBeGreaterThanOrEqual(50)
    expect(count('wave-known', 'invite') + count('wave-new', 'invite')).toBeGreaterThanOrEqual(50)
    expect(
      rows.filter((x) => x.l.source === 'lookalike:history:prior-customer').length,
    ).toBeGreaterThan(40)
  })

  it('reuses no company stem, brand or service of an earlier set', () => {
    const words = earlierWords(LATER)
    expect(words.size).toBeGreaterThan(1_000)
    const mine = [
      ...STEMS,
      ...LOOK_STEMS,
      ...[...HELPDESK_HOSTS, ...MAILING_HOSTS].map((h) => h.split('.')[0]!),
    ]
    const clashes = mine.flatMap((stem) =>
      [...words].filter((w) => w.startsWith(stem)).map((w) => `${stem} ~ ${w}`),
    )
    expect(clashes).toEqual([])
    const hosts = LATER.flatMap((m) =>
      Object.entries(m)
        .filter(([k]) => /HOSTS$/u.test(k))
        .flatMap(([, v]) => v as string[]),
    )
    expect(hosts.length).toBeGreaterThan(10)
    for (const h of [...HELPDESK_HOSTS, ...MAILING_HOSTS]) expect(hosts).not.toContain(h)
  })

  it('uses products no earlier set names', () => {
    const readmes = otherReadmes()
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.split(' ')[0]!.toLowerCase()), p.product).toBe(false)
  })
})
