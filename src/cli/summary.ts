// The human summary on stderr: each wave with its time span, size, brands and top payloads, and
// the important mail that arrived inside a wave (what a flood may have been meant to bury).
// Payloads and ids come from the mails, so they are escaped like every other quote of the input.
import { displaySafe } from './display.ts'
import type { ScanOutput } from './scan.ts'
import { MINUTE_MS } from '../core/time.ts'

export function summarise(output: ScanOutput, read: number, skipped: number): string {
  const lines = [
    `relay-shield: ${read} mails read, ${skipped} skipped, ${output.waves.length} wave(s) found`,
  ]
  for (const wave of output.waves) {
    const minutes = Math.round((wave.end - wave.start) / MINUTE_MS)
    lines.push(
      `  ${wave.id}: ${iso(wave.start)} .. ${iso(wave.end)} (${minutes} min), ${wave.members.length} mails from ${wave.brands.size} brands; rules: ${[...wave.rules].join(', ')}`,
    )
    const payloads = [...wave.payloads].sort((a, b) => b[1] - a[1]).slice(0, 3)
    for (const [payload, count] of payloads)
      lines.push(`      ${count} x "${displaySafe(payload, 60)}"`)
  }
  for (const mail of output.importantInWaves) {
    lines.push(
      `  important mail during ${mail.waveId}: ${displaySafe(mail.id)} at ${iso(mail.date)}`,
    )
  }
  return lines.join('\n')
}

function iso(time: number): string {
  return new Date(time).toISOString().replace('.000Z', 'Z')
}
