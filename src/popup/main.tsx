// Popup entry: wires the platform's messaging, settings and i18n into the presentational App.
import { render } from 'preact'
import { createClient } from '../messaging/client.ts'
import { localizedMessage, sendToBackground } from '../platform/browser.ts'
import { loadSettings } from '../platform/settings.ts'
import { App } from './App.tsx'
import { VIEW_ASKED } from './usePopupView.ts'

const request = createClient(sendToBackground)
// Asked at once, while the settings load: the wave shows one round trip sooner.
performance.mark(VIEW_ASKED)
const firstView = request('popup.view', {})
firstView.catch(() => {}) // an error is shown by the App once it renders
const root = document.getElementById('app')
const show = (reportingAllowed: boolean) =>
  root &&
  render(
    <App
      request={request}
      t={localizedMessage}
      reportingAllowed={reportingAllowed}
      firstView={firstView}
    />,
    root,
  )
void loadSettings().then(
  ({ effective }) => show(effective.reportingAllowed),
  () => show(true),
)
