// npm run bench:quality: detection quality on the synthetic held-out split (and the dev splits
// for reference), scanned through the same Scanner as the CLI. Prints measured figures only.
import { buildSplit, type LabelledMail, type SplitName } from '../test/corpus/synthetic/splits.ts'
import { fromJsonLine } from '../src/cli/records.ts'
import { Scanner } from '../src/cli/scan.ts'
import { qualityOf, type Quality } from './quality.ts'

function evaluate(name: SplitName): Quality {
  const mails = buildSplit(name)
  const scanner = new Scanner()
  for (const mail of mails) scanner.add(fromJsonLine(JSON.stringify(mail.record)))
  const output = scanner.finish()
  const inbox = mails.filter((mail: LabelledMail) => mail.record.folder !== 'sent')
  return qualityOf(inbox, output.results)
}

for (const split of ['heldout', 'dev', 'dev-b'] as const) {
  const q = evaluate(split)
  console.log(
    `\n${split} split (synthetic renders of real templates): ${q.mails} inbox mails, ${q.relay} relay in ${q.waves} waves`,
  )
  console.log(`  precision                       ${q.precision.toFixed(4)}   (target >= 0.99)`)
  console.log(`  recall                          ${q.recall.toFixed(4)}   (target >= 0.98)`)
  console.log(
    `  genuine-helpdesk FPR            ${q.genuineFpr.toFixed(4)}   (target <= 0.02; ${q.genuineFlagged}/${q.genuine})`,
  )
  console.log(
    `  important mail marked important ${q.importantRecall.toFixed(4)}   (${q.importantFound}/${q.important})`,
  )
  console.log(`  important mail labelled relay   ${q.importantRelay}        (target 0)`)
  console.log(
    `  detection latency (median)      ${q.latencyMedian} mails (target <= 5; per wave: ${q.latencies.join(', ')})`,
  )
}
