// How a wording is written down: one product (or family of in-house forms), where its text comes
// from, how its sender looks, and its subject and body per language.
//
// How faithful the texts are: each was written from knowledge of the product's documented default
// (its docs, or the default template in its open-source repository), not copied from it while
// writing, and without looking at the detector's own templates. The English default is the closest
// to the product's text; other languages follow the product's translations as far as they were
// known and are otherwise written the way that market words such mails: treat them as
// reconstructions. Each product's `source` names where its real text can be checked.
//
// Placeholders: {company} brand name, {payload} what the form's subject/message field carried,
// {name} what the form's name field carried, {id} request number, {code} a one-time code,
// {url} a link on the sender's domain, {email} the address typed into the form, {list} list name.
import type { Lang } from '../types.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'

export interface Text {
  subject: string
  body: string
}

/**
 * hosted: `<local>@<slug>.<host>` (acme.zendesk.com); own: `<local>@<company domain>`;
 * display: only the display name is shown (Outlook hides many addresses).
 */
export type SenderShape =
  | { shape: 'hosted'; host: string; local: string; name: string }
  | { shape: 'own'; local: string; name: string }
  | { shape: 'display'; name: string }

export interface Product {
  family: Family
  product: string
  /** Where the wording comes from: product documentation, an open-source default template. */
  source: string
  /** Display names use {company}. */
  senders: readonly SenderShape[]
  /** How request numbers look in this product. */
  id: (n: number) => string
  texts: Partial<Record<Lang, readonly Text[]>>
}
