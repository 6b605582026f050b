// A real quiet inbox: the SpamAssassin ham (easy_ham and hard_ham, mostly mailing lists) moved into
// three weeks of 2026 keeping the order of days and each mail's time of day, plus the real helpdesk
// mails of test/corpus/real (a genuine ticket and its later updates, a solved notice) and people's
// replies spread over the same weeks. Everything is labelled `ham`.
import { hamLabel, hamRecord } from './background.ts'
import { loadRealCorpus, type RealMail } from './real-corpus.ts'
import { redate, WINDOW } from './redate.ts'
import { snippetOf, VICTIM } from './render.ts'
import { loadHam } from './spam-assassin.ts'
import type { EvalRecord, MailLabel, Scenario } from './types.ts'

const DAY = 86_400_000
/** Days of the window the genuine ticket's mails land on, in their order. */
const TICKET_DAYS = [3, 8, 12, 16]

function timeOfDay(date: number | null): number {
  return date === null ? DAY / 2 : ((date % DAY) + DAY) % DAY
}

function realRecord(mail: RealMail, index: number, date: number): EvalRecord {
  return {
    id: `real-${index}`,
    date: new Date(date).toISOString(),
    from: mail.from,
    subject: mail.subject,
    snippet: snippetOf(mail.text),
    folder: 'inbox',
    to: VICTIM,
    body: mail.text.slice(0, 4_000),
  }
}

export async function quietInbox(): Promise<Scenario> {
  const ham = await loadHam()
  const dates = redate(ham.map((m) => m.date))
  const entries: { record: EvalRecord; label: MailLabel; date: number }[] = ham.map((mail, i) => ({
    record: hamRecord(`sa-${mail.key}`, dates[i]!, mail),
    label: hamLabel(mail),
    date: dates[i]!,
  }))
  const real = await loadRealCorpus()
  let ticket = 0
  let reply = 0
  const replies = real.filter((m) => m.source === 'reply').length
  real.forEach((mail, i) => {
    const day =
      mail.source === 'helpdesk'
        ? TICKET_DAYS[ticket++ % TICKET_DAYS.length]!
        : Math.floor(((reply++ + 0.5) * WINDOW.days) / replies)
    const date = WINDOW.start + day * DAY + timeOfDay(mail.date)
    entries.push({
      record: realRecord(mail, i, date),
      label: { label: 'ham', source: `real ${mail.source}` },
      date,
    })
  })
  entries.sort((a, b) => a.date - b.date)
  return {
    name: 'h-quiet-spamassassin+real',
    kind: 'h-quiet',
    seed: 0,
    records: entries.map((e) => e.record),
    labels: new Map(entries.map((e) => [e.record.id, e.label])),
  }
}
