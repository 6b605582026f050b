// The popup's trust controls in real Chromium: "Not relay spam" and "I opened a ticket here".
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { trustTests } from '../scenarios/trust.ts'

runScenario(useChromium(), 'trusting a company from the popup', trustTests)
