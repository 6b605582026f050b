// The offline scanner end to end, in process: inputs on disk, stdout lines, stderr summary.
import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mboxMessages } from '../../src/cli/mbox.ts'
import { scan } from './cli-run.ts'

const dir = mkdtempSync(join(tmpdir(), 'relay-shield-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const T0 = Date.UTC(2026, 0, 18, 9, 0)
const line = (i: number, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: `m${i}`,
    date: new Date(T0 + i * 30_000).toISOString(),
    from: `Brand ${i} <support@brand${i}.zendesk.com>`,
    subject: `[Request received] FREE DISCORD NITRO`,
    snippet: `Your request (${1000 + i}) has been received and is being reviewed by our support staff.`,
    ...over,
  })

describe('relay-shield scan', () => {
  it('prints one jsonl verdict per inbox mail in input order, with the verdict at arrival', async () => {
    const path = join(dir, 'wave.jsonl')
    const lines = [5, 4, 3, 2, 1, 0].map((i) => line(i))
    lines.push(
      JSON.stringify({
        id: 'sent1',
        date: new Date(T0).toISOString(),
        from: 'me@example.org',
        subject: 'hi',
        snippet: '',
        folder: 'sent',
        to: 'a@b.example',
      }),
    )
    writeFileSync(path, lines.join('\n'))
    const { code, stdout, stderr } = await scan(['scan', path])
    expect(code).toBe(0)
    const results = stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text))
    expect(results.map((r) => r.id)).toEqual(['m5', 'm4', 'm3', 'm2', 'm1', 'm0'])
    expect(Object.keys(results[0]).sort()).toEqual(
      ['id', 'important', 'reasons', 'score', 'verdict', 'verdictAtArrival', 'waveId'].sort(),
    )
    expect(results.every((r) => r.verdict === 'relay' && typeof r.waveId === 'string')).toBe(true)
    // The first mails of the wave arrived before it was recognisable.
    expect(results.find((r) => r.id === 'm0').verdictAtArrival).toBe('clean')
    expect(stderr).toMatch(/1 wave\(s\) found/u)
  })

  it('reports a malformed line with its position, skips it and goes on', async () => {
    const path = join(dir, 'broken.jsonl')
    writeFileSync(path, [line(1), '{not json', JSON.stringify({ id: 'x' }), line(2)].join('\n'))
    const { code, stdout, stderr } = await scan(['scan', '--format', 'csv', path])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('id,verdict,score,reasons,waveId,important,verdictAtArrival')
    expect(stdout.trim().split('\n')).toHaveLength(3)
    expect(stderr).toContain(`${path}:2`)
    expect(stderr).toContain(`${path}:3: missing "from"`)
  })

  it('exits non-zero only when nothing could be read', async () => {
    expect((await scan(['scan', join(dir, 'missing.jsonl')])).code).toBe(1)
    expect((await scan(['scan'])).code).toBe(2)
    expect((await scan(['scan', '--format', 'xml', 'a.jsonl'])).code).toBe(2)
  })

  it('reads real .eml files and folders: genuine Travis CI tickets are not relay', async () => {
    const { code, stdout } = await scan([
      'scan',
      '--format',
      'table',
      'test/corpus/real/zendesk-real',
      'test/corpus/real/ham-generic/talon',
    ])
    expect(code).toBe(0)
    const rows = stdout.trim().split('\n').slice(1)
    expect(rows).toHaveLength(15)
    expect(rows.filter((row) => row.startsWith('relay'))).toHaveLength(0)
    // Genuine tickets with no wave around them are not even suspect.
    expect(rows.filter((row) => row.startsWith('suspect'))).toHaveLength(0)
  })

  it('streams an mbox message by message and treats Takeout "Sent" labels as the user own mail', async () => {
    const path = join(dir, 'takeout.mbox')
    const message = (i: number, labels = 'Inbox') =>
      `From 1234@xxx Mon Jan 18 09:00:00 +0000 2026\nX-Gmail-Labels: ${labels}\nMessage-ID: <m${i}@example>\nDate: ${new Date(T0 + i * 20_000).toUTCString()}\nFrom: Brand ${i} <support@brand${i}.zendesk.com>\nTo: me@example.org\nSubject: Request received: TAKE DOWN ORDERS\n\nYour request (${500 + i}) has been received and is being reviewed by our support staff.\n>From a quoted line, escaped as mboxrd does.\n\n`
    const sent = `From 1@xxx Mon Jan 18 08:00:00 +0000 2026\nX-Gmail-Labels: Sent\nMessage-ID: <s1@example>\nDate: ${new Date(T0 - 60_000).toUTCString()}\nFrom: me@example.org\nTo: support@brand0.zendesk.com\nSubject: help\n\nhello\n\n`
    writeFileSync(path, sent + [0, 1, 2, 3, 4, 5].map((i) => message(i)).join(''))
    const raw = []
    for await (const item of mboxMessages(path)) raw.push(item)
    expect(raw).toHaveLength(7)
    const { stdout } = await scan(['scan', path])
    const results = stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text))
    expect(results).toHaveLength(6)
    expect(results.find((r) => r.id === '<m0@example>').reasons).toContain('user-contacted-brand')
    expect(results.filter((r) => r.verdict === 'relay')).toHaveLength(5)
  })

  it('reads the Bcc of a sent mail to many: the automatic answers to it are the user own', async () => {
    const path = join(dir, 'storm.mbox')
    const members = [1, 2, 3, 4, 5, 6].map((i) => `member${i}@club${i}.example`).join(', ')
    const sent = `From 1@xxx Mon Jan 18 08:00:00 +0000 2026\nX-Gmail-Labels: Sent\nMessage-ID: <s1@example>\nDate: ${new Date(T0 - 60_000).toUTCString()}\nFrom: me@example.org\nTo: me@example.org\nBcc: ${members}\nSubject: Clubnieuws december\n\nBeste leden\n\n`
    const answer = (i: number) =>
      `From 1234@xxx Mon Jan 18 09:00:00 +0000 2026\nX-Gmail-Labels: Inbox\nMessage-ID: <a${i}@example>\nDate: ${new Date(T0 + i * 20_000).toUTCString()}\nFrom: Firm ${i} <info@firm${i}.example>\nTo: me@example.org\nSubject: Automatisch antwoord: Clubnieuws december\n\nWe have received your message and will answer within 48 hours.\n\n`
    writeFileSync(path, sent + [0, 1, 2, 3, 4, 5].map((i) => answer(i)).join(''))
    const { stdout } = await scan(['scan', path])
    const results = stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text))
    expect(results).toHaveLength(6)
    for (const result of results) expect(result.reasons).toContain('answers-user-mail')
    expect(results.filter((r) => r.verdict === 'relay')).toHaveLength(0)
  })

  it('reports a text file given as .mbox and counts no mail from it', async () => {
    const path = join(dir, 'noise.mbox')
    copyFileSync('test/fixtures/gmail/README.md', path)
    const { code, stdout, stderr } = await scan(['scan', path])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(`skipped ${path}: not an mbox`)
    expect(stderr).toContain('0 mails read, 1 skipped')
  })
})
