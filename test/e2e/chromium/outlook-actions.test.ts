// Cleanup of a wave in Outlook on the web through the popup's buttons in real Chromium, served
// at outlook.live.com (scenarios/outlook-actions.ts).
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { outlookActionsTests } from '../scenarios/outlook-actions.ts'

runScenario(
  useChromium(),
  'Outlook cleanup through the popup buttons',
  outlookActionsTests('outlook.live.com'),
)
