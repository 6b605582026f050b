// Writes test/fixtures/outlook/2026-04-reconstruction-inbox.html: a RECONSTRUCTION of an Outlook on
// the web inbox from the hooks in docs/webmail-pages.md section 4 (no real page is public).
import { writeFileSync } from 'node:fs'
import { ordinaryMails, waveMails } from '../test/support/mail-specs.ts'
import { outlookReplica } from '../test/support/outlook-replica.ts'

const wave = waveMails(6, new Date(2026, 3, 10, 8, 0), 60_000)
const ordinary = ordinaryMails(2, new Date(2026, 3, 10, 7, 0))
writeFileSync(
  'test/fixtures/outlook/2026-04-reconstruction-inbox.html',
  // The first relay acknowledgement is open in the reading pane (its row selected).
  outlookReplica([...wave, ...ordinary], { opened: wave[0] }),
)
