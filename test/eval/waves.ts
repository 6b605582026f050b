// One relay wave: 100–300 mails from 30–80 distinct companies within 5–30 minutes, each company
// answering the attacker's form submission(s) with its product's wording in its own language.
import { CompanyRegistry, type Company } from './companies.ts'
import { drawName, drawPayload, type Payload } from './payloads.ts'
import type { Random } from './prng.ts'
import { fillFor, renderMail, senderLine } from './render.ts'
import { LANGUAGES, type EvalRecord, type Lang, type MailLabel } from './types.ts'
import { productsFor } from './wordings/index.ts'
import type { Family, Product, SenderShape, Text } from './wordings/types.ts'

export interface WaveOptions {
  id: string
  families: readonly Family[]
  /** The wave's main language, or 'all' for an even mix. */
  primary: Lang | 'all'
  start: number
}

export interface GeneratedMails {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export interface WaveSpan {
  start: number
  end: number
  languages: Lang[]
}

interface Sender {
  company: Company
  lang: Lang
  product: Product
  shape: SenderShape
  text: Text
  hostedSlug: string
}

function drawSender(random: Random, registry: CompanyRegistry, options: WaveOptions): Sender {
  const lang =
    options.primary === 'all'
      ? random.pick(LANGUAGES)
      : random.chance(0.75)
        ? options.primary
        : random.pick(LANGUAGES)
  const company = registry.draw(lang)
  const product = random.pick(productsFor(options.families, lang))
  const hostedSlug = random.chance(0.7)
    ? company.slug
    : `${company.slug}${random.pick(['help', 'support', 'hq'])}`
  return {
    company,
    lang,
    product,
    shape: random.pick(product.senders),
    text: random.pick(product.texts[lang]!),
    hostedSlug,
  }
}

/** Sizes per company: every company at least one mail, the rest spread unevenly. */
function spread(random: Random, total: number, companies: number): number[] {
  const counts = new Array<number>(companies).fill(1)
  for (let i = companies; i < total; i++) counts[Math.floor(random.next() ** 1.6 * companies)]! += 1
  return counts
}

export function generateWave(
  random: Random,
  options: WaveOptions,
): GeneratedMails & { span: WaveSpan } {
  const total = random.int(100, 300)
  const companyCount = random.int(30, Math.min(80, total))
  const minutes = random.int(5, 30)
  const registry = new CompanyRegistry(random)
  const senders = Array.from({ length: companyCount }, () => drawSender(random, registry, options))
  const payloadLang = options.primary === 'all' ? 'en' : options.primary
  const payloads: Payload[] = Array.from({ length: random.int(1, 3) }, () =>
    drawPayload(random, payloadLang),
  )
  const counts = spread(random, total, companyCount)
  const mails: { date: number; sender: Sender }[] = []
  senders.forEach((sender, i) => {
    for (let k = 0; k < counts[i]!; k++)
      mails.push({ date: options.start + Math.floor(random.next() * minutes * 60_000), sender })
  })
  mails.sort((a, b) => a.date - b.date)
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  mails.forEach(({ date, sender }, i) => {
    const payload = random.pick(payloads)
    const values = fillFor(
      random,
      sender.product,
      sender.company,
      payload.text,
      drawName(random, payload),
    )
    const id = `${options.id}-${String(i).padStart(3, '0')}`
    records.push(
      renderMail(
        id,
        date,
        senderLine(sender.shape, sender.company, sender.hostedSlug),
        sender.text,
        values,
      ),
    )
    labels.set(id, {
      label: 'wave',
      lang: sender.lang,
      family: sender.product.family,
      product: sender.product.product,
      waveId: options.id,
      sender: sender.shape.shape,
      payload: `${payload.kind}/${payload.styling}`,
    })
  })
  const languages = [...new Set(senders.map((s) => s.lang))]
  return {
    records,
    labels,
    span: { start: mails[0]!.date, end: mails[mails.length - 1]!.date, languages },
  }
}
