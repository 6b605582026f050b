// Popup entry: wires the platform's messaging, settings and i18n into the presentational App.
import { render } from 'preact'
import { createClient } from '../messaging/client.ts'
import { localizedMessage, sendToBackground } from '../platform/browser.ts'
import { loadSettings } from '../platform/settings.ts'
import { App } from './App.tsx'

const request = createClient(sendToBackground)
const root = document.getElementById('app')
const show = (reportingAllowed: boolean) =>
  root &&
  render(<App request={request} t={localizedMessage} reportingAllowed={reportingAllowed} />, root)
void loadSettings().then(
  ({ effective }) => show(effective.reportingAllowed),
  () => show(true),
)
