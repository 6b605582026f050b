// Every cleanup action pressed through the popup's own buttons in real Chromium, with undo from the
// log and both evidence exports (scenarios/popup-actions.ts).
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { popupActionsTests } from '../scenarios/popup-actions.ts'

runScenario(useChromium(), 'cleanup through the popup buttons', popupActionsTests)
