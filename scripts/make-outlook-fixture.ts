// Writes the Outlook on the web RECONSTRUCTIONS in test/fixtures/outlook: pages built with the
// nesting that real saved pages show (docs/webmail-pages.md 4.5), since no real page may be
// redistributed. See test/fixtures/outlook/README.md for what each shape is taken from.
import { writeFileSync } from 'node:fs'
import { ordinaryMails, waveMails } from '../test/support/mail-specs.ts'
import { outlookReplica, type OutlookPageOptions } from '../test/support/outlook-replica.ts'

const wave = waveMails(6, new Date(2026, 3, 10, 8, 0), 60_000)
const ordinary = ordinaryMails(2, new Date(2026, 3, 10, 7, 0))
const mails = [...wave, ...ordinary]
// The first relay acknowledgement is open (its row selected).
const pages: [string, OutlookPageOptions][] = [
  ['inbox', { opened: wave[0], view: 'conversation', inboxView: 'focused' }],
  ['message-view', { opened: wave[0], view: 'message', layout: 'bottom' }],
  ['popout', { opened: wave[0], view: 'message', layout: 'popout' }],
]
for (const [name, options] of pages)
  writeFileSync(
    `test/fixtures/outlook/2026-04-reconstruction-${name}.html`,
    outlookReplica(mails, options),
  )
