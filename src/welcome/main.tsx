// Welcome page entry: the page's language and title from the catalogue, then the page.
import { render } from 'preact'
import { localizedMessage } from '../platform/browser.ts'
import { Welcome } from './Welcome.tsx'

document.documentElement.lang = localizedMessage('@@ui_locale').replace('_', '-') || 'en'
document.title = localizedMessage('welcomeTitle')
const root = document.getElementById('app')
if (root) render(<Welcome t={localizedMessage} />, root)
