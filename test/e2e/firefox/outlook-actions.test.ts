// Cleanup of a wave in Outlook on the web through the popup's buttons in real Firefox ESR,
// served at outlook.office365.com (scenarios/outlook-actions.ts).
import { useFirefox } from '../support/driver-firefox.ts'
import { runScenario } from '../support/driver.ts'
import { outlookActionsTests } from '../scenarios/outlook-actions.ts'

runScenario(
  useFirefox(),
  'Outlook cleanup through the popup buttons',
  outlookActionsTests('outlook.office365.com'),
)
