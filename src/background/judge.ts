// The one judging step of the worker, whether the account's history comes from IndexedDB or, when
// storage cannot be used, from memory: the same rules, the same administrator's allowed brands,
// the same trust and expected tickets. Two paths that judged apart once gave the same six mails
// opposite verdicts (the memory path forgot the allowed brands).
import { classify, type CompanyDay } from '../core/wave/classify.ts'
import type { MailFeatures } from '../core/mail/features.ts'
import type { Thresholds } from '../core/wave/thresholds.ts'
import type { PastWave } from '../core/wave/trail.ts'

export interface JudgeContext {
  thresholds: Thresholds
  /** Brands an administrator allowed: their mail is expected, as a ticket without end. */
  allowedBrands: readonly string[]
  /** "I opened a ticket with this company", until a date. */
  expected?: readonly { brand: string; until: number }[]
  /** Ids of mails the user trusted. */
  trusted?: readonly string[]
  /** Brands of earlier mail stored in a wave (core ClassifyContext `waveCompanies`). */
  waveCompanies?: readonly string[]
  /** Helpdesk mail per brand on days before the history (core ClassifyContext `companyDays`). */
  companyDays?: readonly CompanyDay[]
  /** The account's stored waves (core ClassifyContext `pastWaves`). */
  pastWaves?: readonly PastWave[]
}

export function judge(
  batch: readonly MailFeatures[],
  history: readonly MailFeatures[],
  context: JudgeContext,
): ReturnType<typeof classify> {
  const allowed = context.allowedBrands.map((brand) => ({ brand, until: Number.MAX_SAFE_INTEGER }))
  return classify(batch, history, {
    thresholds: context.thresholds,
    trusted: context.trusted ?? [],
    waveCompanies: context.waveCompanies ?? [],
    companyDays: context.companyDays ?? [],
    pastWaves: context.pastWaves ?? [],
    expected: [...(context.expected ?? []), ...allowed],
  })
}
