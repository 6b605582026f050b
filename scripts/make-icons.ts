// Draws the toolbar and store icons (public/icons/<size>.png) from assets/icon.svg in Debian's
// Chromium: each size is rendered from the vector, not scaled from another PNG. Run after
// changing the drawing: npx tsx scripts/make-icons.ts. The PNGs are committed, so a build needs
// no browser.
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const ICON_SIZES = [16, 32, 48, 96, 128] as const

const svg = readFileSync('assets/icon.svg', 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage()
for (const size of ICON_SIZES) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  )
  await page.screenshot({ path: `public/icons/${size}.png`, omitBackground: true })
  console.log(`wrote public/icons/${size}.png`)
}
await browser.close()
