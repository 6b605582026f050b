// Composition root of the background (Chrome service worker, Firefox event page). Every listener
// is registered on the first tick, because the browser may start the worker just to deliver one
// event and kill it seconds later; nothing lives only in memory.
import { createRouter } from '../messaging/router.ts'
import { validators } from '../messaging/validators.ts'
import { onBackgroundMessage } from '../platform/browser.ts'
import { lazyDatabase } from '../storage/db.ts'
import { createHandlers } from './handlers.ts'

const route = createRouter(createHandlers(lazyDatabase(), Date.now), validators)
onBackgroundMessage(route)
