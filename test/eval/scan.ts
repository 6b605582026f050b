// Runs a scenario through `relay-shield scan` exactly as a user would: the records are written
// to a .jsonl file and the CLI's own entry (src/cli/main.ts run) reads it and prints its jsonl
// verdicts, which are parsed back. No network, no detector internals.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { run } from '../../src/cli/main.ts'
import type { EvalRecord } from './types.ts'

export type VerdictName = 'clean' | 'suspect' | 'relay'

export interface CliVerdict {
  id: string
  verdict: VerdictName
  important: boolean
  verdictAtArrival: VerdictName
}

class Collect extends Writable {
  text = ''
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

export async function scanWithCli(records: readonly EvalRecord[]): Promise<CliVerdict[]> {
  const folder = await mkdtemp(join(tmpdir(), 'relay-shield-eval-'))
  try {
    const file = join(folder, 'inbox.jsonl')
    await writeFile(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
    const out = new Collect()
    const err = new Collect()
    const code = await run(['scan', file], out, err)
    if (code !== 0) throw new Error(`relay-shield scan exited ${code}: ${err.text.slice(0, 500)}`)
    return out.text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const value = JSON.parse(line) as CliVerdict
        return {
          id: value.id,
          verdict: value.verdict,
          important: value.important,
          verdictAtArrival: value.verdictAtArrival,
        }
      })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
