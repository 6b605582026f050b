// The popup's trust controls in real Firefox ESR: "Not relay spam" and "I opened a ticket here".
import { useFirefox } from '../support/driver-firefox.ts'
import { runScenario } from '../support/driver.ts'
import { trustTests } from '../scenarios/trust.ts'

runScenario(useFirefox(), 'trusting a company from the popup', trustTests)
