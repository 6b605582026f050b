// The whole-wave cleanup in real Chromium: a 300-mail wave over seven pages of two inbox tabs is
// labelled, archived, reported and deleted from the popup, each undone from the log, and the
// important mail and the trusted company's mail are never touched (scenarios/bulk-cleanup.ts).
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { bulkTests } from '../scenarios/bulk-cleanup.ts'

runScenario(useChromium(), 'one click cleans the whole wave', bulkTests)
