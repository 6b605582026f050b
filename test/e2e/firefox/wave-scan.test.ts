// "Scan the wave" in real Firefox ESR: the popup has the Gmail tab search the wave's time span,
// page by page and across category tabs, and then counts the whole wave.
import { useFirefox } from '../support/driver-firefox.ts'
import { runScenario } from '../support/driver.ts'
import { waveScanTests } from '../scenarios/wave-scan.ts'

runScenario(useFirefox(), 'scanning the wave from the popup', waveScanTests)
