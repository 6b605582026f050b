// Every cleanup action pressed through the popup's own buttons in real Firefox ESR, with undo from the
// log and both evidence exports (scenarios/popup-actions.ts).
import { useFirefox } from '../support/driver-firefox.ts'
import { runScenario } from '../support/driver.ts'
import { popupActionsTests } from '../scenarios/popup-actions.ts'

runScenario(useFirefox(), 'cleanup through the popup buttons', popupActionsTests)
