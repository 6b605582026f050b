// When nothing can be stored (IndexedDB unavailable in a private window or a broken profile,
// blocked by an open older version, or a disk still full after pruning), the worker still answers
// with verdicts: it keeps the rows of its own life in memory, bounded per account, and classifies
// each batch against them with the same core rules. Waves across batches are still recognised
// while the worker lives; nothing is remembered after it stops.
import { extractFeatures, type MailFeatures } from '../core/mail/features.ts'
import type { MailRow, Verdict } from '../core/types.ts'
import { judge, type JudgeContext } from './judge.ts'

/** Rows kept per account: a few days of a flooded inbox, a few hundred kilobytes. */
export const MEMORY_ROWS_PER_ACCOUNT = 5_000

export class MemoryHistory {
  private readonly byAccount = new Map<string, Map<string, MailFeatures>>()
  /** Per account, the brands its verdicts put in a wave (core ClassifyContext `waveCompanies`). */
  private readonly waveCompanies = new Map<string, Set<string>>()

  /** Companies stored waves put in a wave for the account (storage readable, not writable). */
  rememberWaveCompanies(account: string, brands: readonly string[]): void {
    const inWaves = this.waveCompanies.get(account) ?? new Set<string>()
    for (const brand of brands) inWaves.add(brand)
    this.waveCompanies.set(account, inWaves)
  }

  /** Forgets every row ("clear all data"). */
  clear(): void {
    this.byAccount.clear()
    this.waveCompanies.clear()
  }

  /** Verdicts for the batch, against what this worker saw before; the batch is then kept. */
  classify(rows: readonly MailRow[], context: JudgeContext): Record<string, Verdict> {
    const verdicts: Record<string, Verdict> = {}
    for (const [account, features] of this.groupFeatures(rows)) {
      const kept = this.byAccount.get(account) ?? new Map<string, MailFeatures>()
      const inWaves = this.waveCompanies.get(account) ?? new Set<string>()
      const result = judge(features, [...kept.values()], {
        ...context,
        waveCompanies: [...inWaves],
      })
      for (const [id, verdict] of result.verdicts) verdicts[id] = verdict
      for (const wave of result.waves) for (const brand of wave.brands.keys()) inWaves.add(brand)
      this.waveCompanies.set(account, inWaves)
      for (const mail of features) {
        kept.delete(mail.id) // re-inserted last: the bound drops the oldest seen
        kept.set(mail.id, mail)
      }
      for (const id of kept.keys()) {
        if (kept.size <= MEMORY_ROWS_PER_ACCOUNT) break
        kept.delete(id)
      }
      this.byAccount.set(account, kept)
    }
    return verdicts
  }

  private groupFeatures(rows: readonly MailRow[]): Map<string, MailFeatures[]> {
    const groups = new Map<string, MailFeatures[]>()
    for (const row of rows) {
      const group = groups.get(row.account) ?? []
      group.push(extractFeatures(row))
      groups.set(row.account, group)
    }
    return groups
  }
}
