// The built extension on the real webmail hosts in real Firefox ESR (scenarios/webmail.ts).
import { useFirefox } from '../support/driver-firefox.ts'
import { runScenario } from '../support/driver.ts'
import { webmailTests } from '../scenarios/webmail.ts'

runScenario(useFirefox(), 'the built extension on the real webmail hosts', webmailTests)
