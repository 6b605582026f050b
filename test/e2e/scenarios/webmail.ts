// The built extension on the real webmail hosts, the same steps in both browsers: every Gmail row
// marked and counted by the popup, Outlook rows marked on each of the four Outlook hosts, and the
// opened relay mail warned on, its link held, in every Outlook layout.
import { expect } from 'vitest'
import type { BrowserDriver, ScenarioTest } from '../support/driver.ts'
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
import { countIs, GMAIL_INBOX } from './steps.ts'

const OUTLOOK_ROWS = 'div[role=option][data-convid]'

export const gmailRowsTest: ScenarioTest = {
  name: 'marks every Gmail row and the popup counts the stored mails per sender domain',
  run: async (driver) => {
    const { html, waveRows, cleanRows } = gmailAttackPage()
    driver.serve('mail.google.com', html)
    const page = await driver.openMail(GMAIL_INBOX)
    await page.waitFor(countIs, ['tr.zA[data-relay-shield]', waveRows + cleanRows])
    const verdicts = await page.evaluate(rowVerdicts, 'tr.zA')
    expect(verdicts.slice(0, waveRows)).toEqual(Array(waveRows).fill('relay'))
    expect(verdicts.slice(waveRows)).toEqual(Array(cleanRows).fill('clean'))

    const popup = await driver.openPopup()
    expect(await popup.text('[data-testid=total]')).toContain(String(waveRows + cleanRows))
    expect(await popup.text('tr[data-domain="discord.zendesk.com"] td.count')).toBe('4')
    await popup.close()
    await page.close()
  },
}

export const outlookHostsTest: ScenarioTest = {
  name: 'marks Outlook rows on each of the four Outlook hosts',
  run: async (driver) => {
    for (const host of MAIL_HOSTS.filter((name) => name.startsWith('outlook'))) {
      const { html, waveRows, cleanRows } = outlookAttackPage(new Date())
      driver.serve(host, html)
      const page = await driver.openMail(`https://${host}/mail/0/inbox`)
      await page.waitFor(countIs, [`${OUTLOOK_ROWS}[data-relay-shield]`, waveRows + cleanRows])
      const verdicts = await page.evaluate(rowVerdicts, OUTLOOK_ROWS)
      expect(verdicts, host).toEqual([
        ...Array(waveRows).fill('relay'),
        ...Array(cleanRows).fill('clean'),
      ])
      await page.waitFor(() => document.querySelector('[data-relay-shield-banner]'), null)
      expect(await page.evaluate(outlookMarks, OUTLOOK_OPEN_SUBJECT), host).toEqual({
        markers: waveRows,
        bannerAfterSubject: true,
        guarded: true,
      })
      await page.close()
    }
  },
}

export const outlookLayoutsTest: ScenarioTest = {
  name: 'warns on the opened relay mail and holds a left click on its link in every Outlook layout',
  run: async (driver: BrowserDriver) => {
    for (const { name, path, html } of outlookLayoutPages(new Date())) {
      driver.serve('outlook.live.com', html)
      const page = await driver.openMail(`https://outlook.live.com${path}`)
      await page
        .waitFor(outlookOpenedWarning, OUTLOOK_OPEN_SUBJECT)
        .catch((error: Error) => Promise.reject(new Error(`${name}: ${error.message}`)))
      const tabs = (await driver.tabUrls()).length
      await page.click('#UniqueMessageBody_1 a')
      await page.waitFor(() => document.querySelector('[data-relay-shield-link-warning]'), null)
      expect((await driver.tabUrls()).length, name).toBe(tabs)
      await page.close()
    }
  },
}

export const webmailTests = [gmailRowsTest, outlookHostsTest, outlookLayoutsTest]
