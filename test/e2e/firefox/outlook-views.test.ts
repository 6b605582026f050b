// Outlook's Focused Inbox in real Firefox ESR, served at outlook.office365.com: a wave split over
// Focused and Other cleaned up from the popup and undone, and a stuck Other view reported
// (scenarios/outlook-views.ts).
import { useFirefox } from '../support/driver-firefox.ts'
import { runScenario } from '../support/driver.ts'
import { outlookViewsTests } from '../scenarios/outlook-views.ts'

runScenario(
  useFirefox(),
  'Outlook cleanup across Focused and Other',
  outlookViewsTests('outlook.office365.com'),
)
