// Every way to follow a link in an opened relay mail, with real mouse and keyboard input in real
// Chromium, in Gmail and in Outlook (scenarios/link-guard.ts).
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { linkGuardTests } from '../scenarios/link-guard.ts'

runScenario(
  useChromium(),
  'no gesture follows a link in relay mail without the warning',
  linkGuardTests,
)
