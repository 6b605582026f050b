// The Gmail page UI in real Chromium with the built extension (scenarios/gmail-ui.ts).
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { gmailUiTests } from '../scenarios/gmail-ui.ts'

runScenario(useChromium(), 'the Gmail page UI', gmailUiTests)
