// The published command itself, as a user runs it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'relay-shield-bin-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bin/relay-shield.js', () => {
  it('scans real .eml files and prints one jsonl line per mail, the summary on stderr', () => {
    const result = spawnSync(
      'node',
      ['bin/relay-shield.js', 'scan', 'test/corpus/real/zendesk-real'],
      { encoding: 'utf8', timeout: 60_000 },
    )
    expect(result.status).toBe(0)
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { verdict: string })
    expect(lines).toHaveLength(3)
    // Genuine tickets, no wave around them: clean.
    expect(lines.every((line) => line.verdict === 'clean')).toBe(true)
    expect(result.stderr).toContain('3 mails read, 0 skipped, 0 wave(s) found')
  })

  it('reads a .jsonl that starts with a byte-order mark, and draws no progress into a pipe', () => {
    const path = join(dir, 'bom.jsonl')
    const row = (id: string) =>
      JSON.stringify({ id, date: '2026-01-18T09:00:00Z', from: 'a@shop.example', subject: 'Hi' })
    writeFileSync(path, `\uFEFF${row('first')}\n${row('second')}\n`)
    const result = spawnSync('node', ['bin/relay-shield.js', 'scan', path], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.stdout).toContain('"id":"first"')
    expect(result.stderr).toBe('relay-shield: 2 mails read, 0 skipped, 0 wave(s) found\n')
  })

  it('prints its usage and exits 2 without a command', () => {
    const result = spawnSync('node', ['bin/relay-shield.js'], { encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('usage: relay-shield scan')
  })
})
