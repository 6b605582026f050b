// Popup entry: wires the platform's messaging, settings, session storage and i18n into the
// presentational App. The worker is asked for the full view at once (a stopped worker starts
// meanwhile); the first render waits only for the summary the background keeps in session
// storage, so the headline and chart are in the very first frame. Everything else (the worker's
// answer, the lists, the stored-mail counts) is drawn after that frame was painted.
import { render } from 'preact'
import { SUMMARY_KEY } from '../core/views/popup-summary.ts'
import { createClient } from '../messaging/client.ts'
import { localizedMessage, readSession, sendToBackground } from '../platform/browser.ts'
import { loadSettings } from '../platform/settings.ts'
import { App } from './App.tsx'
import { firstFrame, keptFirstScreen } from './first-screen.ts'
import { VIEW_ASKED } from './marks.ts'
import { WaveDetails } from './WaveDetails.tsx'

const request = createClient(sendToBackground)
performance.mark(VIEW_ASKED)
// The kept summary is asked for first: it is the one read the first frame waits for.
const keptRead = readSession(SUMMARY_KEY)
const firstView = request('popup.view', {})
firstView.catch(() => {}) // an error is shown by the App once it renders
const reportingAllowed = loadSettings().then(
  ({ effective }) => effective.reportingAllowed,
  () => true,
)
const kept = await keptFirstScreen(keptRead)
const { painted, firstDraw } = firstFrame(kept !== null)
const view = painted.then(() => firstView)
view.catch(() => {})
const details = Promise.all([painted, reportingAllowed]).then(() => WaveDetails)
const root = document.getElementById('app')
const show = (allowed: boolean) =>
  root &&
  render(
    <App
      request={request}
      t={localizedMessage}
      reportingAllowed={allowed}
      firstView={view}
      kept={kept}
      details={details}
      onFirstDraw={firstDraw}
    />,
    root,
  )
show(false)
void reportingAllowed.then(show)
