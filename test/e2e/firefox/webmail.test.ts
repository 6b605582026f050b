import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { MAIL_HOSTS } from '../support/paths.ts'
import {
  gmailAttackPage,
  OUTLOOK_OPEN_SUBJECT,
  outlookAttackPage,
  outlookLayoutPages,
  outlookMarks,
  outlookOpenedWarning,
  rowVerdicts,
} from '../support/scenario.ts'

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

describe('Firefox: the built extension on the real webmail hosts', () => {
  it('marks every Gmail row and the popup counts the stored mails per sender domain', async () => {
    const { html, waveRows, cleanRows } = gmailAttackPage()
    session.serve('mail.google.com', html)
    const page = await session.openMail('https://mail.google.com/mail/u/0/#inbox')
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length === n,
      {},
      waveRows + cleanRows,
    )
    const verdicts = await page.evaluate(rowVerdicts, 'tr.zA')
    expect(verdicts.slice(0, waveRows)).toEqual(Array(waveRows).fill('relay'))
    expect(verdicts.slice(waveRows)).toEqual(Array(cleanRows).fill('clean'))

    const popup = await session.openPopup()
    await popup.waitForSelector('[data-testid=total]')
    expect(await popup.$eval('[data-testid=total]', (el) => el.textContent)).toContain(
      String(waveRows + cleanRows),
    )
    expect(
      await popup.$eval('tr[data-domain="discord.zendesk.com"] td.count', (el) => el.textContent),
    ).toBe('4')
    await popup.close()
    await page.close()
  })

  it('marks Outlook rows on each of the four Outlook hosts', async () => {
    for (const host of MAIL_HOSTS.filter((name) => name.startsWith('outlook'))) {
      const { html, waveRows, cleanRows } = outlookAttackPage(new Date())
      session.serve(host, html)
      const page = await session.openMail(`https://${host}/mail/0/inbox`)
      const selector = 'div[role=option][data-convid]'
      await page.waitForFunction(
        (sel, n) => document.querySelectorAll(`${sel}[data-relay-shield]`).length === n,
        {},
        selector,
        waveRows + cleanRows,
      )
      const verdicts = await page.evaluate(rowVerdicts, selector)
      expect(verdicts, host).toEqual([
        ...Array(waveRows).fill('relay'),
        ...Array(cleanRows).fill('clean'),
      ])
      await page.waitForFunction(() => document.querySelector('[data-relay-shield-banner]'))
      expect(await page.evaluate(outlookMarks, OUTLOOK_OPEN_SUBJECT), host).toEqual({
        markers: waveRows,
        bannerAfterSubject: true,
        guarded: true,
      })
      await page.close()
    }
  })

  it('warns on the opened relay mail and holds a left click on its link in every Outlook layout', async () => {
    for (const { name, path, html } of outlookLayoutPages(new Date())) {
      session.serve('outlook.live.com', html)
      const page = await session.openMail(`https://outlook.live.com${path}`)
      await page
        .waitForFunction(outlookOpenedWarning, {}, OUTLOOK_OPEN_SUBJECT)
        .catch((error: Error) => Promise.reject(new Error(`${name}: ${error.message}`)))
      const tabs = (await session.browser.pages()).length
      await page.click('#UniqueMessageBody_1 a')
      await page.waitForSelector('[data-relay-shield-link-warning]')
      expect((await session.browser.pages()).length, name).toBe(tabs)
      await page.close()
    }
  })
})
