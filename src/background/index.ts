// Composition root of the background (Chrome service worker, Firefox event page). Every listener
// is registered on the first tick, because the browser may start the worker just to deliver one
// event and kill it seconds later; nothing lives only in memory.
import { createRouter } from '../messaging/router.ts'
import {
  ensureAlarm,
  onAlarm,
  onInstalled,
  onBackgroundMessage,
  onLocalChanged,
  onNotificationClicked,
  onManagedChanged,
  openExtensionPage,
  writeSession,
} from '../platform/browser.ts'
import { loadSettings } from '../platform/settings.ts'
import { SETTINGS_KEY, type Settings } from '../core/settings.ts'
import { SUMMARY_KEY, type PopupSummary } from '../core/views/popup-summary.ts'
import { lazyDatabase } from '../storage/db.ts'
import { prune } from '../storage/retention.ts'
import { createHandlers } from './handlers.ts'
import { WAVE_NOTIFICATION_PREFIX } from './notices.ts'
import { DAY_MS } from '../core/time.ts'
import { STORAGE_DEADLINE_MS } from './storage-deadline.ts'

const RETENTION_ALARM = 'retention'
const POPUP_PAGE = 'src/popup/index.html'
const WELCOME_PAGE = 'src/welcome/index.html'

const database = lazyDatabase()
// Read once per worker life and again after the options change them: every batch needs them.
let settingsRead: Promise<Settings> | null = null
const settings = () => (settingsRead ??= loadSettings().then(({ effective }) => effective))
onLocalChanged(SETTINGS_KEY, () => (settingsRead = null))
onManagedChanged(() => (settingsRead = null))
const publishSummary = (summary: PopupSummary) => writeSession(SUMMARY_KEY, summary)
const handlers = createHandlers(database, Date.now, settings, STORAGE_DEADLINE_MS, publishSummary)
const route = createRouter(handlers)
onBackgroundMessage(route)
onAlarm(RETENTION_ALARM, async () =>
  prune(await database(), Date.now(), (await settings()).retentionDays * DAY_MS),
)
onNotificationClicked((id) => {
  if (id.startsWith(WAVE_NOTIFICATION_PREFIX)) void openExtensionPage(POPUP_PAGE)
})
// Once, on a fresh install (not on updates or browser restarts): what it does, stores, never sends.
onInstalled((reason) => {
  if (reason === 'install') void openExtensionPage(WELCOME_PAGE)
})
void ensureAlarm(RETENTION_ALARM, 24 * 60)
