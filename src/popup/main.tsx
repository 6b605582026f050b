// Popup entry: wires the platform's messaging and i18n into the presentational App.
import { render } from 'preact'
import { createClient } from '../messaging/client.ts'
import { localizedMessage, sendToBackground } from '../platform/browser.ts'
import { App } from './App.tsx'

const request = createClient(sendToBackground)
const root = document.getElementById('app')
if (root) render(<App request={request} t={localizedMessage} />, root)
