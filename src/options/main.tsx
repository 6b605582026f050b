// Options entry: wires storage, policy, messaging and i18n into the presentational page.
import { render } from 'preact'
import { SETTINGS_KEY } from '../core/settings.ts'
import { createClient } from '../messaging/client.ts'
import { localizedMessage, sendToBackground, writeLocal } from '../platform/browser.ts'
import { loadSettings } from '../platform/settings.ts'
import { OptionsApp } from './OptionsApp.tsx'

const request = createClient(sendToBackground)
document.documentElement.lang = localizedMessage('@@ui_locale').replace('_', '-') || 'en'
document.title = localizedMessage('optionsTitle')
const root = document.getElementById('app')
if (root)
  render(
    <OptionsApp
      load={loadSettings}
      save={(settings) => writeLocal(SETTINGS_KEY, settings)}
      request={request}
      t={localizedMessage}
    />,
    root,
  )
