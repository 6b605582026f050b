// For the twenty-seventh set's unit test: the share of mails whose snippet starts with one of the
// set's webmail openings ("View this email in your browser", "[Logo]", a navigation bar...).
import type { EvalRecord, Lang } from '../eval/types.ts'
import { OPENINGS } from '../eval/twenty-seventh/openings.ts'

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/gu, '\\$&')

const PATTERNS = Object.fromEntries(
  Object.entries(OPENINGS).map(([lang, list]) => [
    lang,
    list.map(
      (o) =>
        new RegExp(
          `^${escape(o.replace(/\s+/gu, ' ').trim()).replace(/\\?\{\w+\\?\}/gu, '.+?')}`,
          'u',
        ),
    ),
  ]),
) as Record<Lang, RegExp[]>

export function openingShare(mails: readonly { r: EvalRecord; lang: Lang }[]): number {
  const opened = mails.filter(({ r, lang }) => PATTERNS[lang].some((p) => p.test(r.snippet)))
  return opened.length / Math.max(1, mails.length)
}
