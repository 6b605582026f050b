// The hand-written texts by wording kind, and the template form both they and the composed
// wordings take (subject and body with slots).
import { LANGUAGES, type Lang } from '../../types.ts'
import type { WordingKind } from '../compose/blocks.ts'
import type { Template } from '../compose/index.ts'
import { ACCOUNT_TEXTS } from './account.ts'
import { ACK_TEXTS } from './ack.ts'
import { MORE_ACCOUNT, MORE_ACK, MORE_REQUEST, MORE_RESET, MORE_SUBSCRIPTION } from './more.ts'
import { REQUEST_TEXTS } from './request.ts'
import { RESET_TEXTS } from './reset.ts'
import { SUBSCRIPTION_TEXTS } from './subscription.ts'

type ByLang = Record<Lang, readonly string[]>

function joined(first: ByLang, more: ByLang): ByLang {
  const out = {} as Record<Lang, readonly string[]>
  for (const lang of LANGUAGES) out[lang] = [...first[lang], ...more[lang]]
  return out
}

export const HAND_TEXTS: Record<WordingKind, ByLang> = {
  request: joined(REQUEST_TEXTS, MORE_REQUEST),
  ack: joined(ACK_TEXTS, MORE_ACK),
  account: joined(ACCOUNT_TEXTS, MORE_ACCOUNT),
  subscription: joined(SUBSCRIPTION_TEXTS, MORE_SUBSCRIPTION),
  reset: joined(RESET_TEXTS, MORE_RESET),
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
