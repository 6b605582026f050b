// The Gmail page UI in real Firefox ESR with the built extension (scenarios/gmail-ui.ts).
import { useFirefox } from '../support/driver-firefox.ts'
import { runScenario } from '../support/driver.ts'
import { gmailUiTests } from '../scenarios/gmail-ui.ts'

runScenario(useFirefox(), 'the Gmail page UI', gmailUiTests)
