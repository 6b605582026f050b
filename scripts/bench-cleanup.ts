// Cleanup benchmark in real Chromium with the built extension, on the interactive Gmail replica
// (50 conversations a page, two thirds of the wave in the Updates tab): how long "Scan the wave"
// and then "Archive" take for a wave of 300 and of 1,000 mails, pressed in the popup, paced as the
// extension paces its clicks. Printed, not asserted: the figures depend on the machine.
import { launchChromium } from '../test/e2e/support/chromium.ts'
import { gmailInteractiveReplica } from '../test/support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../test/support/mail-specs.ts'

const SIZES = (process.env.BENCH_CLEANUP_SIZES ?? '300,1000').split(',').map(Number)

const session = await launchChromium()
for (const [index, size] of SIZES.entries()) {
  const now = Date.now()
  const start = new Date(Math.floor(now / 600_000) * 600_000 - 60 * 60_000)
  const gapMs = Math.floor((50 * 60_000) / size)
  const wave = waveMails(size, start, gapMs, 1_900_000_000_000_000_000n + BigInt(index) * 10_000n)
  const mails = [
    ...wave.map((mail, i): MailSpec => ({
      ...mail,
      category: i % 3 === 0 ? 'primary' : 'updates',
    })),
    ...ordinaryMails(40, new Date(now - 2 * 86_400_000)),
  ]
  const account = `bench-cleanup-${size}@example.com`
  session.serve(
    'mail.google.com',
    gmailInteractiveReplica(mails).replaceAll('person1@example.com', account),
  )
  const inbox = await session.context.newPage()
  await inbox.goto('https://mail.google.com/mail/u/0/#inbox')
  await inbox.waitForFunction(
    () =>
      document.querySelectorAll('tr.zA').length > 0 &&
      document.querySelectorAll('tr.zA').length ===
        document.querySelectorAll('tr.zA[data-relay-shield]').length,
  )
  const popup = await session.openPopup()
  await popup.waitForSelector('text=/under way/')
  const scanStarted = Date.now()
  await popup.getByRole('button', { name: 'Scan the wave' }).click()
  const read = await popup.waitForSelector('text=/Read \\d+ conversations/', { timeout: 600_000 })
  const scanSeconds = (Date.now() - scanStarted) / 1000
  await popup.waitForSelector(`text=/${size} fake ticket confirmations/`, { timeout: 120_000 })
  const archiveStarted = Date.now()
  await popup.getByRole('button', { name: 'Archive', exact: true }).click()
  const done = await popup.waitForSelector('text=/Done: \\d+ mails/', { timeout: 900_000 })
  const archiveSeconds = (Date.now() - archiveStarted) / 1000
  console.log(
    `cleanup, a ${size}-mail wave over ${Math.ceil(size / 50)}+ pages and two tabs: Scan the wave ${scanSeconds.toFixed(1)} s (${(await read.textContent())?.trim()}), Archive ${archiveSeconds.toFixed(1)} s (${(await done.textContent())?.trim()})`,
  )
  await popup.close()
  await inbox.close()
}
await session.close()
