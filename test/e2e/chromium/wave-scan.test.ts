// "Scan the wave" in real Chromium: the popup has the Gmail tab search the wave's time span, page
// by page and across category tabs, and then counts the whole wave.
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { waveScanTests } from '../scenarios/wave-scan.ts'

runScenario(useChromium(), 'scanning the wave from the popup', waveScanTests)
