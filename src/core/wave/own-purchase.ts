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
 * A shopper gets an order's confirmation and perhaps its payment or shipping notice; a company
 * sending more "orders" than that around the account mail is writing the same notice again and
 * again (a form's acknowledgement that reads as an order, "pedido n.º 40483"), as a wave does.
 */
const MAX_ORDERS = 2

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
  const orders = ordersByCompany(mails)
  const bought = new Set<string>()
  if (orders.size === 0) return bought
  for (const mail of mails) {
    if (mail.date === null || mail.kind !== 'verification' || !(mail.helpdesk || mail.joiner))
      continue
    const dates = orders.get(mail.brand)
    if (dates === undefined) continue
    const at = mail.date
    const after = countIn(dates, at + 1, at + PURCHASE_WITHIN_MS)
    const around = countIn(dates, at - PURCHASE_WITHIN_MS, at + PURCHASE_WITHIN_MS)
    if (after > 0 && around <= MAX_ORDERS) bought.add(mail.id)
  }
  return bought
}

/** Each company's order dates, sorted: a mailbox may hold thousands of one shop's orders. */
function ordersByCompany(mails: readonly Mail[]): Map<string, number[]> {
  const orders = new Map<string, number[]>()
  for (const mail of mails) {
    if (mail.date === null || !isOrder(mail)) continue
    const dates = orders.get(mail.brand)
    if (dates) dates.push(mail.date)
    else orders.set(mail.brand, [mail.date])
  }
  for (const dates of orders.values()) dates.sort((a, b) => a - b)
  return orders
}

/** How many of the sorted dates lie in [from, to]. */
function countIn(sorted: readonly number[], from: number, to: number): number {
  return firstAtLeast(sorted, to + 1) - firstAtLeast(sorted, from)
}

/** The index of the first date >= value (binary search). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}
