// The published command itself, as a user runs it.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

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

  it('prints its usage and exits 2 without a command', () => {
    const result = spawnSync('node', ['bin/relay-shield.js'], { encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('usage: relay-shield scan')
  })
})
