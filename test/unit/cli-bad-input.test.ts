// The offline scanner on input that is not what it should be: byte-order marks, binary files and
// text that is not mail, cut-short mailboxes, floods of bad lines and hostile text in them.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { mboxMessages } from '../../src/cli/mbox.ts'
import { jsonLines, scan } from './cli-run.ts'

const dir = mkdtempSync(join(tmpdir(), 'relay-shield-bad-input-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const BOM = '\uFEFF'
const T0 = Date.UTC(2026, 0, 18, 9, 0)
const record = (i: number) =>
  JSON.stringify({
    id: `m${i}`,
    date: new Date(T0 + i * 60_000).toISOString(),
    from: `Shop ${i} <news@shop${i}.example>`,
    subject: `Your order ${i}`,
    snippet: 'Thanks for shopping with us.',
  })
/** Real mails (talon's test set, see test/corpus/real/SOURCES.md). */
const GMAIL = readFileSync('test/corpus/real/ham-generic/talon/gmail.eml', 'latin1')
const AOL = readFileSync('test/corpus/real/ham-generic/talon/aol.eml', 'latin1')
const envelope = (mail: string) => `From 1234@xxx Mon Apr 02 16:21:52 +0000 2012\n${mail}\n`

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('a UTF-8 byte-order mark', () => {
  it('does not cost the first .jsonl record', async () => {
    const path = file('bom.jsonl', `${BOM}${record(1)}\n${record(2)}\n`)
    const { code, stdout, stderr } = await scan(['scan', path])
    expect(code).toBe(0)
    expect(jsonLines(stdout).map((r) => r.id)).toEqual(['m1', 'm2'])
    expect(stderr).toContain('2 mails read, 0 skipped')
  })

  it('does not hide the first header of an .eml', async () => {
    const path = file('bom.eml', `${BOM}Message-ID: <bom@example>\n${GMAIL}`)
    const { stdout, stderr } = await scan(['scan', path])
    expect(jsonLines(stdout).map((r) => r.id)).toEqual(['<bom@example>'])
    expect(stderr).toContain('1 mails read, 0 skipped')
  })

  it('does not hide the first envelope line of an .mbox', async () => {
    const path = file('bom.mbox', `${BOM}${envelope(GMAIL)}${envelope(AOL)}`)
    const messages = []
    for await (const message of mboxMessages(path)) messages.push(message)
    expect(messages).toHaveLength(2)
    expect(Buffer.from(messages[0]!.raw).toString('latin1')).toBe(`${GMAIL}\n`)
    expect(messages[0]!.offset).toBe(3)
    const { stderr } = await scan(['scan', path])
    expect(stderr).toContain('2 mails read, 0 skipped')
  })
})

describe('a binary or non-mail file', () => {
  it('is reported by what it is and never counted as a mail', async () => {
    const png = join(dir, 'photo.eml')
    copyFileSync('public/icons/16.png', png)
    const zip = join(dir, 'mails.jsonl')
    copyFileSync('test/unit/cli-fixtures/mails.zip', zip)
    const gzip = file('archive.mbox', gzipSync(envelope(GMAIL)))
    const { code, stdout, stderr } = await scan(['scan', png, zip, gzip])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(`skipped ${png}: is a PNG image, not a mail`)
    expect(stderr).toContain(`skipped ${zip}: is a zip archive, not a .jsonl file`)
    expect(stderr).toContain(`skipped ${gzip}: is a gzip archive, not an mbox`)
    expect(stderr).toContain('0 mails read, 3 skipped')
  })

  it('is recognised by its NUL bytes when its kind is unknown', async () => {
    const path = file(
      'data.eml',
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 256),
    )
    const { stderr } = await scan(['scan', path])
    expect(stderr).toContain(`skipped ${path}: is binary data (NUL bytes), not a mail`)
    const controls = file(
      'controls.jsonl',
      Uint8Array.from({ length: 4096 }, (_, i) => 1 + (i % 8)),
    )
    expect((await scan(['scan', controls])).stderr).toContain(
      `skipped ${controls}: is binary data (control bytes), not a .jsonl file`,
    )
  })

  it('is a JSON array given as .jsonl: named as such, not reported as one huge bad line', async () => {
    const path = file('export.jsonl', `[\n  ${record(1)},\n  ${record(2)}\n]\n`)
    const { stderr } = await scan(['scan', path])
    expect(stderr).toContain(
      `skipped ${path}: is a JSON array (one object per line is expected), not a .jsonl file`,
    )
    expect(stderr).toContain('0 mails read, 1 skipped')
  })

  it('is UTF-16 text, named as such rather than read line by line', async () => {
    const path = file('utf16.jsonl', Buffer.from(`\uFEFF${record(1)}\n`, 'utf16le'))
    const { stderr } = await scan(['scan', path])
    expect(stderr).toContain(
      `skipped ${path}: is UTF-16 text (save it as UTF-8), not a .jsonl file`,
    )
  })

  it('is a file that fails when read: reported, and the other inputs are still scanned', async () => {
    // A regular file whose every read fails (EIO): Linux's /proc/self/mem at offset 0.
    const broken = join(dir, 'broken-disk.jsonl')
    symlinkSync('/proc/self/mem', broken)
    const good = file('good.jsonl', `${record(1)}\n`)
    const { code, stderr } = await scan(['scan', broken, good])
    expect(code).toBe(0)
    expect(stderr).toContain(`skipped ${broken}: cannot read after line 0: EIO`)
    expect(stderr).toContain('1 mails read, 1 skipped')
  })

  it('is huge: only its start is read, so a 3 GB .eml is still scanned as the mail it starts with', async () => {
    const path = file('huge.eml', `${GMAIL}\n${'More text of a very long mail.\n'.repeat(400)}`)
    // Sparse: the rest of the file takes no disk space, but whole-file reading would fail on it.
    truncateSync(path, 3 * 1024 ** 3)
    const { stdout, stderr } = await scan(['scan', path])
    expect(jsonLines(stdout)).toHaveLength(1)
    expect(stderr).toContain('1 mails read, 0 skipped')
    rmSync(path)
  })

  it('is plain text without a mail header: reported, not read as a mail with an empty sender', async () => {
    const notes = file('notes.eml', 'Shopping list\n- milk\n- eggs: a dozen\n')
    const fields = file('fields.eml', 'Title: Minutes\nAuthor: Sam\n\nWe met on Monday.\n')
    const { code, stderr } = await scan(['scan', notes, fields])
    expect(code).toBe(1)
    expect(stderr).toContain(`skipped ${notes}: not a mail: does not start with mail header fields`)
    expect(stderr).toContain(`skipped ${fields}: not a mail: has none of the header fields`)
  })

  it('in a folder is skipped among real mails, and files not named .eml are named', async () => {
    const folder = join(dir, 'folder')
    mkdirSync(folder)
    copyFileSync('public/icons/16.png', join(folder, 'a-photo.eml'))
    writeFileSync(join(folder, 'b-notes.eml'), 'Dear diary, today I scanned my mail.\n')
    writeFileSync(join(folder, 'c-real.eml'), GMAIL)
    copyFileSync('test/unit/cli-fixtures/mails.zip', join(folder, 'mails.zip'))
    const { code, stdout, stderr } = await scan(['scan', folder])
    expect(code).toBe(0)
    expect(jsonLines(stdout)).toHaveLength(1)
    expect(stderr).toContain(
      `warning: ${folder}: 1 entries not named .eml were not read (mails.zip)`,
    )
    expect(stderr).toContain(`skipped ${join(folder, 'a-photo.eml')}: is a PNG image`)
    expect(stderr).toContain(`skipped ${join(folder, 'b-notes.eml')}: not a mail`)
    expect(stderr).toContain('1 mails read, 2 skipped')
  })

  it('in an mbox, a piece that is not a mail is skipped and the mails around it are read', async () => {
    // An unescaped "From " line in a body (mboxo) splits a message; the tail is not a mail.
    const body = 'From the desk of the editor: nothing to report.\nRegards\n'
    const path = file('split.mbox', `${envelope(GMAIL)}${body}\n${envelope(AOL)}`)
    const { stdout, stderr } = await scan(['scan', path])
    expect(jsonLines(stdout)).toHaveLength(2)
    expect(stderr).toMatch(/skipped .*split\.mbox message 2 \(byte \d+\): not a mail/u)
    expect(stderr).toContain('2 mails read, 1 skipped')
  })

  it('a single mail saved as .mbox is read, with a warning', async () => {
    const path = file('one.mbox', GMAIL)
    const { stdout, stderr } = await scan(['scan', path])
    expect(jsonLines(stdout)).toHaveLength(1)
    expect(stderr).toContain(`warning: ${path}: no "From " line at its start`)
  })
})

describe('a cut-short mbox', () => {
  const whole = `${envelope(AOL)}${envelope(GMAIL)}`
  const lastStart = envelope(AOL).length

  it('gets no warning when whole', async () => {
    const { stderr } = await scan(['scan', file('whole.mbox', whole)])
    expect(stderr).not.toContain('warning')
    expect(stderr).toContain('2 mails read, 0 skipped')
  })

  it.each([
    [
      'in the middle of a line',
      whole.indexOf('Hello', lastStart) + 3,
      'the file ends in the middle of a line',
    ],
    [
      'inside the header',
      whole.indexOf('Subject: Re: Test', lastStart),
      'inside the message header',
    ],
    [
      'inside a multipart body',
      whole.indexOf('Hello', lastStart) + 6,
      'multipart body never reaches',
    ],
  ])('warns when its last message is cut %s, and still reads it', async (_, at, reason) => {
    const path = file(`cut-${at}.mbox`, whole.slice(0, at))
    const { stdout, stderr } = await scan(['scan', path])
    expect(stderr).toMatch(
      new RegExp(`warning: .*message 2 \\(byte ${lastStart}\\): cut short\\?`, 'u'),
    )
    expect(stderr).toContain(reason)
    expect(jsonLines(stdout)).toHaveLength(2)
  })
})

describe('a flood of bad lines', () => {
  it('shows the first few with their line numbers and counts the rest', async () => {
    const lines = [record(1)]
    for (let i = 0; i < 1000; i++) lines.push(`garbage ${i}`)
    lines.push(record(2))
    const path = file('flood.jsonl', lines.join('\n'))
    const { code, stdout, stderr } = await scan(['scan', path])
    expect(code).toBe(0)
    expect(jsonLines(stdout)).toHaveLength(2)
    const shown = stderr.split('\n').filter((line) => line.startsWith('skipped '))
    expect(shown.map((line) => /:(\d+):/u.exec(line)?.[1])).toEqual(['2', '3', '4', '5', '6'])
    expect(stderr).toContain(`… and 995 more bad lines skipped in ${path}`)
    expect(stderr).toContain('2 mails read, 1000 skipped')
  })

  it('counts each input on its own', async () => {
    const a = file('flood-a.jsonl', Array.from({ length: 7 }, () => '{').join('\n'))
    const b = file('flood-b.jsonl', Array.from({ length: 6 }, () => '{').join('\n'))
    const { stderr } = await scan(['scan', a, b])
    expect(stderr).toContain(`… and 2 more bad lines skipped in ${a}`)
    expect(stderr).toContain(`… and 1 more bad line skipped in ${b}`)
  })

  it('counts the bad files of a folder as one input', async () => {
    const folder = join(dir, 'many')
    mkdirSync(folder)
    for (let i = 0; i < 8; i++) writeFileSync(join(folder, `${i}.eml`), `note ${i}\n`)
    const { stderr } = await scan(['scan', folder])
    expect(stderr.split('\n').filter((line) => line.startsWith('skipped '))).toHaveLength(5)
    expect(stderr).toContain(`… and 3 more bad files skipped in ${folder}`)
  })

  it('escapes terminal controls and bidi overrides quoted from the input', async () => {
    const path = file('evil\u001b]0;owned\u0007.jsonl', `\u001b[2J\u0007hello\n\u202egnp.exe\n`)
    const { stderr } = await scan(['scan', path])
    for (const hostile of ['\u0007', '\u001b', '\u202e']) expect(stderr).not.toContain(hostile)
    expect(stderr).toContain('evil\\x1b]0;owned\\x07.jsonl:1')
    expect(stderr).toContain('\\x1b[2J\\x07hello')
  })
})
