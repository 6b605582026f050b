// Quality figures from labelled mails and scan results (shared by the benchmark and its test).
import type { ScanResult } from '../src/cli/scan.ts'
import type { LabelledMail } from '../test/corpus/synthetic/splits.ts'

export interface Quality {
  mails: number
  relay: number
  waves: number
  precision: number
  recall: number
  genuine: number
  genuineFlagged: number
  genuineFpr: number
  important: number
  importantFound: number
  importantRecall: number
  importantRelay: number
  latencies: number[]
  latencyMedian: number
}

export function qualityOf(mails: readonly LabelledMail[], results: readonly ScanResult[]): Quality {
  const byId = new Map(results.map((result) => [result.id, result]))
  const verdict = (mail: LabelledMail) => byId.get(mail.record.id)?.verdict
  const flagged = mails.filter((mail) => verdict(mail)?.verdict === 'relay')
  const relay = mails.filter((mail) => mail.label === 'relay')
  const genuine = mails.filter((mail) => mail.label === 'genuine-helpdesk')
  const important = mails.filter((mail) => mail.label === 'important')
  const truePositives = flagged.filter((mail) => mail.label === 'relay').length
  const latencies = waveLatencies(relay, byId)
  return {
    mails: mails.length,
    relay: relay.length,
    waves: latencies.length,
    precision: flagged.length ? truePositives / flagged.length : 1,
    recall: relay.length ? truePositives / relay.length : 1,
    genuine: genuine.length,
    genuineFlagged: genuine.filter((mail) => verdict(mail)?.verdict === 'relay').length,
    genuineFpr: genuine.length
      ? genuine.filter((mail) => verdict(mail)?.verdict === 'relay').length / genuine.length
      : 0,
    important: important.length,
    importantFound: important.filter((mail) => verdict(mail)?.important).length,
    importantRecall: important.length
      ? important.filter((mail) => verdict(mail)?.important).length / important.length
      : 1,
    importantRelay: important.filter((mail) => verdict(mail)?.verdict === 'relay').length,
    latencies,
    latencyMedian: median(latencies),
  }
}

/** Per wave: how many of its mails arrived before the engine said relay at arrival. */
function waveLatencies(relay: readonly LabelledMail[], byId: Map<string, ScanResult>): number[] {
  const waves = new Map<string, LabelledMail[]>()
  for (const mail of relay)
    waves.set(mail.wave ?? '', [...(waves.get(mail.wave ?? '') ?? []), mail])
  return [...waves.values()].map((members) => {
    const ordered = [...members].sort(
      (a, b) => Date.parse(a.record.date) - Date.parse(b.record.date),
    )
    const first = ordered.findIndex(
      (mail) => byId.get(mail.record.id)?.verdictAtArrival.verdict === 'relay',
    )
    return first === -1 ? ordered.length : first
  })
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0
}
