// npm run demo: the built extension in real Chromium on a bundled replica Gmail inbox, served at
// https://mail.google.com with no account and no network, while a relay wave arrives.
// With a display it opens a window and stays open; without one it runs headless, writes
// screenshots to demo-output/ and prints what it saw.
import { mkdirSync, statSync } from 'node:fs'
import { launchChromium } from '../test/e2e/support/chromium.ts'
import type { Page } from 'playwright-core'
import { gmailInteractiveReplica, gmailRowHtml } from '../test/support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../test/support/mail-specs.ts'
import { POPUP_SHOTS, popupPage, shootOptions, shootOver, shootWave } from './demo-popup.ts'

const OUT = process.env.DEMO_OUTPUT ?? 'demo-output'
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.env.DEMO_HEADLESS
const quiet = process.argv.includes('--quiet')
const WAVE_SIZE = 60
const BURST = 6

// Only for the demo: Gmail's own stylesheet is not bundled, so the replica gets a plain list look.
const DEMO_CSS = `<style>body{font:14px system-ui,sans-serif;margin:0}.bq4,.afn,.brd,td.apU,td.WA,td.PF,td.oZ-x3,[role=tablist],[gh=tm],.apa{display:none}
table{border-collapse:collapse;width:100%}tr.zA td{padding:6px 8px;border-bottom:1px solid #e0e0e0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:520px}
tr.zE{font-weight:600}span.y2{color:#5f6368;font-weight:400}</style>`

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const session = await launchChromium(undefined, { headless: !headed })
  const waveStart = new Date(Date.now() - 15 * 60_000)
  const wave = waveMails(WAVE_SIZE, waveStart, 12_000)
  const inbox = gmailInteractiveReplica(ordinaryMails(8, new Date(Date.now() - 2 * 86_400_000)), {
    keepRealRows: true,
    laterMails: wave,
  })
  session.serve('mail.google.com', inbox.replace('</head>', `${DEMO_CSS}</head>`))
  const page = await session.context.newPage()
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('https://mail.google.com/mail/u/0/#inbox')
  await page.waitForFunction(() => document.querySelector('tr.zA[data-relay-shield]'))
  const quietPopup = await popupPage(session)
  await quietPopup.screenshot({ path: `${OUT}/popup-quiet.png`, fullPage: true })
  await quietPopup.close()

  // The wave arrives in bursts, newest on top, as Gmail inserts new threads.
  for (let i = 0; i < wave.length; i += BURST) {
    const rows = wave.slice(i, i + BURST).map((mail, j) => gmailRowHtml(mail, 1_000 + i + j))
    await page.evaluate((html) => {
      const body = document.querySelector('tr.zA')?.parentElement
      body?.insertAdjacentHTML('afterbegin', html.reverse().join(''))
    }, rows)
    await page.waitForTimeout(150)
  }
  const total = await page.evaluate(() => document.querySelectorAll('tr.zA').length)
  await page.waitForFunction(
    (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length === n,
    total,
  )
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
  for (const shot of SCREENSHOTS) {
    if (statSync(`${OUT}/${shot}`).size === 0) throw new Error(`empty screenshot ${shot}`)
  }
  printSummary(seen, quiet)
  console.log(`\nOpened relay mail, banner: ${warnings.banner}`)
  console.log(`Link click, warning: ${warnings.link}`)

  if (headed) {
    console.log('The demo window stays open; close it or press Ctrl-C to end.')
    await new Promise((resolve) => session.context.on('close', resolve))
  }
  await session.close()
}

const SCREENSHOTS = ['inbox.png', 'relay-mail.png', 'link-warning.png', ...POPUP_SHOTS]

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
