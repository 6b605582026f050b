// Runs the CLI in process and collects what it writes, for the CLI tests.
import { PassThrough } from 'node:stream'
import { run, type RunOptions } from '../../src/cli/main.ts'

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

export async function scan(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const out = new PassThrough()
  const err = new PassThrough()
  const chunks: string[] = []
  const errors: string[] = []
  out.on('data', (chunk) => chunks.push(String(chunk)))
  err.on('data', (chunk) => errors.push(String(chunk)))
  const code = await run(args, out, err, options)
  return { code, stdout: chunks.join(''), stderr: errors.join('') }
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** A clock that moves on by `step` milliseconds each time it is read. */
export function steppingClock(step: number): () => number {
  let now = 0
  return () => (now += step)
}
