// One hand-written mail text: subject and body with slots filled per company and mail.
// {c} company name, {n} the name field the form was given (a payload or a bland name),
// {r} a reference number, {l} a link on the company's domain, {k} a short code.
import type { Lang } from '../../types.ts'

export type Written = readonly [lang: Lang, subject: string, body: string]

export function fill(
  text: string,
  slots: { c: string; n: string; r: string; l: string; k: string },
): string {
  return text.replace(/\{([cnrlk])\}/gu, (_, key: 'c' | 'n' | 'r' | 'l' | 'k') => slots[key])
}
