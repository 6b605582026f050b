// The hand-written texts by wording kind, and the template form both they and the composed
// wordings take (subject and body with slots).
import type { Lang } from '../../types.ts'
import type { WordingKind } from '../compose/blocks.ts'
import type { Template } from '../compose/index.ts'
import { ACCOUNT_TEXTS } from './account.ts'
import { ACK_TEXTS } from './ack.ts'
import { REQUEST_TEXTS } from './request.ts'
import { RESET_TEXTS } from './reset.ts'
import { SUBSCRIPTION_TEXTS } from './subscription.ts'

export const HAND_TEXTS: Record<WordingKind, Record<Lang, readonly string[]>> = {
  request: REQUEST_TEXTS,
  ack: ACK_TEXTS,
  account: ACCOUNT_TEXTS,
  subscription: SUBSCRIPTION_TEXTS,
  reset: RESET_TEXTS,
}

/** "subject\nbody" as a template. */
export function templateOf(text: string): Template {
  const cut = text.indexOf('\n')
  return { subject: text.slice(0, cut), body: text.slice(cut + 1) }
}

export interface Slots {
  name: string
  title: string
  ref: string
  link: string
  code: string
  company: string
  domain: string
  email: string
}

export function fill(text: string, slots: Slots): string {
  return text.replace(/\{(name|title|ref|link|code|company|domain|email)\}/gu, (_, key: string) =>
    String(slots[key as keyof Slots]),
  )
}
