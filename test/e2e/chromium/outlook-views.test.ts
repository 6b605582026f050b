// Outlook's Focused Inbox in real Chromium, served at outlook.live.com: a wave split over Focused
// and Other cleaned up from the popup and undone, and a stuck Other view reported
// (scenarios/outlook-views.ts).
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { outlookViewsTests } from '../scenarios/outlook-views.ts'

runScenario(
  useChromium(),
  'Outlook cleanup across Focused and Other',
  outlookViewsTests('outlook.live.com'),
)
