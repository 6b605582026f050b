// npm run demo: the built extension in real Chromium on bundled replica Gmail and Outlook inboxes,
// served at the real hosts with no account and no network, while a relay wave arrives live (rows
// over about ten seconds, the markers, the toolbar badge and the notification following).
// With a display it opens a window and stays open; without one it runs headless, writes
// screenshots to demo-output/ and prints what it saw. --quiet (npm test) plays the arrival fast
// and prints no row table; --docs-images also writes the 1280x800 store screenshots to docs/images.
import { copyFileSync, mkdirSync, statSync } from 'node:fs'
import { launchChromium, type ChromiumSession } from '../test/e2e/support/chromium.ts'
import type { Page } from 'playwright-core'
import { gmailInteractiveReplica, gmailRowHtml } from '../test/support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../test/support/mail-specs.ts'
import { outlookReplica, outlookRowHtml } from '../test/support/outlook-replica.ts'
import { POPUP_SHOTS, popupPage, shootOptions, shootOver, shootWave } from './demo-popup.ts'
import { withGmailLook } from './demo/gmail-look.ts'
import { arriveLive, gmailArrival, outlookArrival } from './demo/live.ts'
import { withOutlookLook } from './demo/outlook-look.ts'

const OUT = process.env.DEMO_OUTPUT ?? 'demo-output'
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.env.DEMO_HEADLESS
const quiet = process.argv.includes('--quiet')
const docsImages = process.argv.includes('--docs-images')
const WAVE_SIZE = 60
const BURST = 6
/** Pause between bursts: ten bursts over about ten seconds, or about two in --quiet runs. */
const GAP_MS = quiet ? 200 : 1_000
/** The stores' screenshot size. */
const VIEWPORT = { width: 1280, height: 800 }
/** Store screenshots: demo-output name -> docs/images name. */
const DOCS_IMAGES: Record<string, string> = {
  'inbox.png': 'gmail-inbox.png',
  'outlook-inbox.png': 'outlook-inbox.png',
  'relay-mail.png': 'gmail-relay-mail.png',
  'link-warning.png': 'gmail-link-warning.png',
  'how-it-works.png': 'how-it-works.png',
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const session = await launchChromium(undefined, { headless: !headed })
  const waveStart = new Date(Date.now() - 15 * 60_000)
  const wave = waveMails(WAVE_SIZE, waveStart, 12_000)
  const inbox = gmailInteractiveReplica(ordinaryMails(8, new Date(Date.now() - 2 * 86_400_000)), {
    keepRealRows: true,
    laterMails: wave,
  })
  session.serve('mail.google.com', withGmailLook(inbox))
  const page = await session.context.newPage()
  await page.setViewportSize(VIEWPORT)
  await page.goto('https://mail.google.com/mail/u/0/#inbox')
  await page.waitForFunction(() => document.querySelector('tr.zA[data-relay-shield]'))
  const quietPopup = await popupPage(session)
  await quietPopup.screenshot({ path: `${OUT}/popup-quiet.png`, fullPage: true })
  await quietPopup.close()

  // The wave arrives in bursts, newest on top, as Gmail inserts new threads.
  const bursts = chunks(wave, BURST).map((mails, b) =>
    mails.map((mail, j) => gmailRowHtml(mail, 1_000 + b * BURST + j)),
  )
  await page.bringToFront()
  await arriveLive(page, await session.worker(), gmailArrival, bursts, GAP_MS, 'Gmail')
  await page.screenshot({ path: `${OUT}/inbox.png` })

  const seen = await page.evaluate(() =>
    [...document.querySelectorAll('tr.zA')].map((row) => ({
      verdict: row.getAttribute('data-relay-shield'),
      sender: row.querySelector('span[email]')?.getAttribute('email') ?? '',
      subject: row.querySelector('span.bog')?.textContent ?? '',
    })),
  )
  const warnings = await showWarnings(page, wave[0]!)
  await shootWave(session, OUT)
  await shootOptions(session, OUT)
  await shootOver(session, OUT)
  await showOutlook(session)
  await shootTour(session)
  for (const shot of SCREENSHOTS) {
    if (statSync(`${OUT}/${shot}`).size === 0) throw new Error(`empty screenshot ${shot}`)
  }
  printSummary(seen, quiet)
  console.log(`\nOpened relay mail, banner: ${warnings.banner}`)
  console.log(`Link click, warning: ${warnings.link}`)
  if (docsImages)
    for (const [shot, name] of Object.entries(DOCS_IMAGES))
      copyFileSync(`${OUT}/${shot}`, `docs/images/${name}`)

  if (headed) {
    console.log('The demo window stays open; close it or press Ctrl-C to end.')
    await new Promise((resolve) => session.context.on('close', resolve))
  }
  await session.close()
}

const SCREENSHOTS = [
  'inbox.png',
  'relay-mail.png',
  'link-warning.png',
  'outlook-inbox.png',
  'how-it-works.png',
  ...POPUP_SHOTS,
]

/** The same wave arriving live in the Outlook on the web reconstruction (its own account). */
async function showOutlook(session: ChromiumSession): Promise<void> {
  const ordinary = ordinaryMails(
    6,
    new Date(Date.now() - 2 * 86_400_000),
    1_700_000_000_000_000_000n,
  )
  session.serve('outlook.live.com', withOutlookLook(outlookReplica([...ordinary].reverse())))
  const page = await session.context.newPage()
  await page.setViewportSize(VIEWPORT)
  await page.goto('https://outlook.live.com/mail/0/')
  await page.waitForFunction(() => document.querySelector('[role=option][data-relay-shield]'))
  const wave = waveMails(24, new Date(Date.now() - 10 * 60_000), 20_000, 1_950_000_000_000_000_000n)
  const bursts = chunks(wave, BURST).map((mails) => mails.map((mail) => outlookRowHtml(mail)))
  await arriveLive(page, await session.worker(), outlookArrival, bursts, GAP_MS, 'Outlook')
  await page.evaluate(() => document.querySelector('[role=listbox]')?.scrollTo(0, 0))
  await page.screenshot({ path: `${OUT}/outlook-inbox.png` })
  await page.close()
}

/** The "how it works" page, the whole played wave at once. */
async function shootTour(session: ChromiumSession): Promise<void> {
  const page = await session.context.newPage()
  await page.setViewportSize(VIEWPORT)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`chrome-extension://${session.extensionId}/src/tour/index.html`)
  await page.locator('[data-relay-shield-banner]').waitFor({ state: 'attached' })
  const headline = (await page.textContent('.headline')) ?? ''
  console.log(`How it works page: ${headline}`)
  await page.screenshot({ path: `${OUT}/how-it-works.png` })
  await page.close()
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  )
}

/** Opens a relay mail (banner) and clicks its link (warning); screenshots of both. */
async function showWarnings(page: Page, mail: MailSpec): Promise<{ banner: string; link: string }> {
  await page.evaluate((id) => (location.hash = `#inbox/${id}`), mail.threadId.toString(16))
  await page.waitForFunction(() =>
    document
      .querySelector('[data-relay-shield-banner]')
      ?.shadowRoot?.textContent?.includes('One of'),
  )
  await page.screenshot({ path: `${OUT}/relay-mail.png` })
  const banner = await page.evaluate(
    () =>
      document.querySelector('[data-relay-shield-banner]')?.shadowRoot?.querySelector('p')
        ?.textContent ?? '',
  )
  await page.click('div.a3s a')
  await page.waitForSelector('[data-relay-shield-link-warning]', { state: 'attached' })
  await page.screenshot({ path: `${OUT}/link-warning.png` })
  const link = await page.evaluate(() =>
    [
      ...(document
        .querySelector('[data-relay-shield-link-warning]')
        ?.shadowRoot?.querySelectorAll('dt, dd') ?? []),
    ]
      .map((node) => node.textContent)
      .join(' '),
  )
  await page.keyboard.press('Escape')
  await page.evaluate(() => (location.hash = '#inbox'))
  return { banner, link }
}

function printSummary(
  rows: { verdict: string | null; sender: string; subject: string }[],
  quiet: boolean,
): void {
  const counts = new Map<string, number>()
  for (const row of rows)
    counts.set(row.verdict ?? 'unmarked', (counts.get(row.verdict ?? 'unmarked') ?? 0) + 1)
  console.log(`Rows in the inbox: ${rows.length}`)
  for (const [verdict, count] of counts) console.log(`  ${verdict}: ${count}`)
  if (!quiet) console.log('\nverdict  sender                          subject')
  for (const row of quiet ? [] : rows) {
    console.log(
      `${(row.verdict ?? '-').padEnd(8)} ${row.sender.padEnd(31).slice(0, 31)} ${row.subject.slice(0, 60)}`,
    )
  }
  console.log(`\nScreenshots: ${SCREENSHOTS.map((shot) => `${OUT}/${shot}`).join(', ')}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
