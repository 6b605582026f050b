// Popup entry: wires the platform's messaging, settings, session storage and i18n into the
// presentational App. Everything the first screen needs is asked for at once, before rendering;
// the lists' chunk and the settings load meanwhile.
import { render } from 'preact'
import { SUMMARY_KEY } from '../core/popup-summary.ts'
import { createClient } from '../messaging/client.ts'
import { localizedMessage, readSession, sendToBackground } from '../platform/browser.ts'
import { loadSettings } from '../platform/settings.ts'
import { App } from './App.tsx'
import { VIEW_ASKED } from './marks.ts'
import { WaveDetails } from './WaveDetails.tsx'

const request = createClient(sendToBackground)
let firstDraw = () => {}
performance.mark(VIEW_ASKED)
const keptSummary = readSession(SUMMARY_KEY).catch(() => undefined)
const firstView = request('popup.view', {})
firstView.catch(() => {}) // an error is shown by the App once it renders
const reportingAllowed = loadSettings().then(
  ({ effective }) => effective.reportingAllowed,
  () => true,
)
// The lists are rendered once the first screen is painted (or the worker answered without one),
// so they never compete with the wave's first draw; the lists (with the report button) come after
// the settings say whether reporting is allowed.
const painted = new Promise<void>((resolve) => {
  firstDraw = () => requestAnimationFrame(() => setTimeout(resolve))
  firstView.then(
    () => resolve(),
    () => resolve(),
  )
})
const details = painted.then(() => reportingAllowed).then(() => WaveDetails)
const root = document.getElementById('app')
const show = (allowed: boolean) =>
  root &&
  render(
    <App
      request={request}
      t={localizedMessage}
      reportingAllowed={allowed}
      firstView={firstView}
      keptSummary={keptSummary}
      details={details}
      onFirstDraw={() => firstDraw()}
    />,
    root,
  )
show(false)
void reportingAllowed.then(show)
