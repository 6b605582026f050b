// The real mails of test/corpus/real as a quiet inbox sees them: a genuine Zendesk ticket the
// person opened (Travis CI) and its later updates, a French Zendesk "solved" notice, and ordinary
// person-to-person replies (mailgun/talon fixtures). Read through the scanner's own .eml reader;
// the forwarded French text (headers partly lost) is read from its forwarded header block.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fromRawMessage } from '../../src/cli/mime.ts'
import { fromLine } from './mail-text.ts'

const ROOT = new URL('../corpus/real/', import.meta.url).pathname

export interface RealMail {
  file: string
  /** helpdesk: a genuine ticket thread; reply: a person's reply. */
  source: 'helpdesk' | 'reply'
  from: string
  subject: string
  date: number | null
  text: string
}

async function emlFolder(folder: string, source: RealMail['source']): Promise<RealMail[]> {
  const files = (await readdir(join(ROOT, folder))).filter((f) => f.endsWith('.eml')).sort()
  return Promise.all(
    files.map(async (file) => {
      const record = await fromRawMessage(await readFile(join(ROOT, folder, file)), file)
      return {
        file: `${folder}/${file}`,
        source,
        from: record.from,
        subject: record.subject,
        date: record.date,
        text: record.body,
      }
    }),
  )
}

async function forwardedText(file: string): Promise<RealMail> {
  const text = await readFile(join(ROOT, file), 'utf8')
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'mu').exec(text)?.[1]?.trim() ?? ''
  const body = text.slice(text.indexOf('\n\n') + 2)
  const date = Date.parse(field('Date'))
  return {
    file,
    source: 'helpdesk',
    from: fromLine(field('From')),
    subject: field('Subject'),
    date: Number.isFinite(date) ? date : null,
    text: body,
  }
}

/** Helpdesk thread mails first (in date order), then the replies. */
export async function loadRealCorpus(): Promise<RealMail[]> {
  const helpdesk = [
    ...(await emlFolder('zendesk-real', 'helpdesk')),
    await forwardedText('zendesk-real/awelvor-mailpoet_cef-zendesk-fr_2024-08-27.txt'),
  ].sort((a, b) => (a.date ?? 0) - (b.date ?? 0))
  return [...helpdesk, ...(await emlFolder('ham-generic/talon', 'reply'))]
}
