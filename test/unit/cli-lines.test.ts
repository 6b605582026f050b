// Lines of a .jsonl file as it streams in (src/cli/lines.ts): a break may be cut between two
// chunks, and a file may end without one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LineSplitter } from '../../src/cli/lines.ts'
import { jsonLines, scan } from './cli-run.ts'

function split(chunks: string[]): string[] {
  const splitter = new LineSplitter()
  const lines = chunks.flatMap((chunk) => splitter.push(chunk))
  const last = splitter.end()
  return last === null ? lines : [...lines, last]
}

describe('lines across chunks', () => {
  it('joins a line cut between chunks', () => {
    expect(split(['{"a":', '1}\n{"b":2}\n'])).toEqual(['{"a":1}', '{"b":2}'])
  })

  it('takes "\\r\\n" cut between chunks as one break', () => {
    expect(split(['one\r', '\ntwo\r\n'])).toEqual(['one', 'two'])
  })

  it('takes a lone "\\r" as a break, as readline does', () => {
    expect(split(['one\rtwo\r', 'three'])).toEqual(['one', 'two', 'three'])
  })

  it('keeps the last line without a break, and blank lines where they are', () => {
    expect(split(['a\n\nb'])).toEqual(['a', '', 'b'])
    expect(split(['a\n'])).toEqual(['a'])
    expect(split([''])).toEqual([])
  })

  it('gives the same lines whatever the chunk size', () => {
    const text = Array.from({ length: 50 }, (_, i) => `{"id":"m${i}"}`).join('\r\n')
    const whole = split([text])
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      )
      expect(split(chunks)).toEqual(whole)
    }
    expect(whole).toHaveLength(50)
  })
})

describe('a .jsonl file read in chunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relay-shield-lines-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const T0 = Date.UTC(2026, 2, 3, 9, 0)
  const row = (i: number, body = '') =>
    JSON.stringify({
      id: `m${i}`,
      date: new Date(T0 + i * 60_000).toISOString(),
      from: `Shop <news@shop${i % 50}.example>`,
      subject: `Weekly letter ${i}`,
      snippet: 'Our news of the week.',
      ...(body ? { body } : {}),
    })

  it('numbers a bad line in a later chunk by its place in the file, and reads every other line', async () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => row(i))
    lines[2_499] = '{"id": broken'
    const path = join(dir, 'later.jsonl')
    writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`)
    const { stdout, stderr } = await scan(['scan', path])
    expect(stderr).toContain(`${path}:2500`)
    expect(jsonLines(stdout)).toHaveLength(2_999)
    expect(jsonLines(stdout)[0]!.id).toBe('m0')
  })

  it('reads a line longer than many chunks whole', async () => {
    const path = join(dir, 'long.jsonl')
    writeFileSync(path, `${row(0, 'x'.repeat(1_000_000))}\n${row(1)}`)
    const { stdout } = await scan(['scan', path])
    expect(jsonLines(stdout).map((result) => result.id)).toEqual(['m0', 'm1'])
  })
})
