// "How it works" entry. With reduced motion asked for, the wave is shown whole at once.
import { render } from 'preact'
import { localizedMessage } from '../platform/browser.ts'
import { Tour } from './Tour.tsx'

document.documentElement.lang = localizedMessage('@@ui_locale').replace('_', '-') || 'en'
document.title = localizedMessage('tourTitle')
const instant = matchMedia('(prefers-reduced-motion: reduce)').matches
const root = document.getElementById('app')
if (root) render(<Tour t={localizedMessage} instant={instant} />, root)
