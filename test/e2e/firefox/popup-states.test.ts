// The popup's quiet and over states in real Firefox ESR (the wave under way: popup.test.ts): the
// figures, what it offers, and axe with colour contrast in both (scenarios/popup-states.ts).
import { useFirefox } from '../support/driver-firefox.ts'
import { runScenario } from '../support/driver.ts'
import { statesTests } from '../scenarios/popup-states.ts'

runScenario(useFirefox(), 'the popup when quiet and after a wave', statesTests)
