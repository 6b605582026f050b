// Turns a wording, a company and the form's content into one mail in the .jsonl contract.
import type { Company } from './companies.ts'
import type { Random } from './prng.ts'
import type { EvalRecord } from './types.ts'
import type { Product, SenderShape, Text } from './wordings/types.ts'

export const VICTIM = 'alex.morgan@example.com'
const SNIPPET_CHARS = 200

export interface Fill {
  company: Company
  payload: string
  name: string
  id: string
  code: string
  url: string
  email: string
}

export function fill(template: string, values: Fill): string {
  return template.replace(
    /\{(company|payload|name|id|code|url|email|list)\}/gu,
    (_, key: string) => {
      if (key === 'company' || key === 'list') return values.company.name
      return values[key as Exclude<keyof Fill, 'company'>]
    },
  )
}

/** A sender line as the webmail shows it: "Name <addr>", or the display name alone. */
export function senderLine(
  shape: SenderShape,
  company: Company,
  hostedSlug = company.slug,
): string {
  const name = shape.name.replace('{company}', company.name)
  if (shape.shape === 'display') return name
  const domain = shape.shape === 'hosted' ? `${hostedSlug}.${shape.host}` : company.domain
  return `${name} <${shape.local}@${domain}>`
}

export function snippetOf(body: string): string {
  return body.replace(/\s+/gu, ' ').trim().slice(0, SNIPPET_CHARS)
}

export function fillFor(
  random: Random,
  product: Product,
  company: Company,
  payload: string,
  name: string,
): Fill {
  return {
    company,
    payload,
    name,
    id: product.id(random.int(1, 9_999_999)),
    code: String(random.int(100_000, 999_999)),
    url: `https://${company.domain}/${random.pick(['support', 'account', 'confirm', 'help'])}/${random.int(10_000, 99_999_999).toString(36)}`,
    email: VICTIM,
  }
}

export function renderMail(
  id: string,
  date: number,
  from: string,
  text: Text,
  values: Fill,
): EvalRecord {
  const body = fill(text.body, values)
  return {
    id,
    date: new Date(date).toISOString(),
    from,
    subject: fill(text.subject, values),
    snippet: snippetOf(body),
    folder: 'inbox',
    to: VICTIM,
    body,
  }
}
