// An account the person opened to buy something: a shop's "verify your email", "confirm your
// account" or welcome, followed within two hours by that shop's order confirmation, receipt,
// payment or shipping notice. A gift-shopping evening opens accounts at several shops within an
// hour and has a wave's shape; the orders that follow each one are what no form relays (an
// attacker cannot make a shop take an order), so the account mail before them is the person's.
// Judged on the final verdict only: the order arrives after the account mail, and a verdict at
// arrival knows nothing of what comes later.
import type { MailFeatures } from '../mail/features.ts'

/** How long after an account mail the order may follow: a checkout, however slow. */
export const PURCHASE_WITHIN_MS = 2 * 3_600_000

type Mail = Pick<
  MailFeatures,
  'id' | 'brand' | 'date' | 'kind' | 'helpdesk' | 'joiner' | 'important'
>

const BOUGHT = new Set(['purchase', 'payment', 'shipping'])

/**
 * A shop's order, receipt, payment or shipping notice in its own words: no confirmation wording
 * (a candidate or a joiner may carry a typed-in "payment received" in any form's mail).
 */
function isOrder(mail: Mail): boolean {
  if (mail.date === null || mail.helpdesk || mail.joiner) return false
  return mail.important !== null && BOUGHT.has(mail.important)
}

/** Ids of account mails that an order from the same company follows within the window. */
export function accountsBoughtFrom(mails: readonly Mail[]): Set<string> {
  const orders = new Map<string, number[]>()
  for (const mail of mails)
    if (isOrder(mail)) orders.set(mail.brand, [...(orders.get(mail.brand) ?? []), mail.date!])
  const bought = new Set<string>()
  if (orders.size === 0) return bought
  for (const mail of mails) {
    if (mail.date === null || mail.kind !== 'verification' || !(mail.helpdesk || mail.joiner))
      continue
    const dates = orders.get(mail.brand)
    const at = mail.date
    if (dates?.some((date) => date > at && date - at <= PURCHASE_WITHIN_MS)) bought.add(mail.id)
  }
  return bought
}
