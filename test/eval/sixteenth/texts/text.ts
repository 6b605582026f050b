// One mail wording: a subject and a body with slots — {c} company, {p} the name field (an
// attacker payload or a bland name), {r} a reference number, {k} a code, {u} a link.
import type { Lang } from '../../types.ts'

export type Family = 'ack' | 'verify' | 'subscribe' | 'reset'

export interface Text {
  lang: Lang
  subject: string
  body: string
}

export interface Slots {
  c: string
  p: string
  r: string
  k: string
  u: string
}

export function fill(template: string, slots: Slots): string {
  return template.replace(/\{([cprku])\}/gu, (_, key: keyof Slots) => slots[key])
}

/** Builds texts from [subject, body] pairs of one language. */
export function texts(lang: Lang, pairs: readonly (readonly [string, string])[]): Text[] {
  return pairs.map(([subject, body]) => ({ lang, subject, body }))
}
