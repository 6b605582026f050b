// What the page UI asks the background about one message or wave: the banner's figures, "trust
// this ticket", and running a cleanup action in the account's open webmail tab.
import { brandLabel } from '../core/sender.ts'
import type { Verdict } from '../core/types.ts'
import type { Handlers } from '../messaging/router.ts'
import type {
  ActionAnswer,
  ActionOutcome,
  ActionResults,
  ContentProtocol,
  PageAction,
  WaveFacts,
} from '../messaging/protocol.ts'
import type { Settings } from '../core/settings.ts'
import type { Database } from '../storage/db.ts'
import {
  getMessage,
  messageDates,
  trustStoredMessage,
  trustStoredMessages,
  waveMessages,
} from '../storage/messages-repo.ts'
import { getWave } from '../storage/waves-repo.ts'
import {
  getAction,
  markUndone,
  recentActions,
  recordProgress,
  startAction,
} from '../storage/actions-repo.ts'
import { isCleanupAction, UNDO_ACTION } from '../core/actions.ts'
import { expectTicket } from '../storage/tickets-repo.ts'
import { latestWave, storedAccounts, viewRows } from '../storage/popup-repo.ts'
import { popupView } from '../core/popup-view.ts'
import { folderAfter } from '../core/places.ts'
import { moveStoredPlaces } from '../storage/places-repo.ts'
import { summaryOf, type PopupSummary } from '../core/popup-summary.ts'
import { firstAnswering, pushVerdicts, requestActions } from './tabs.ts'
import type { ViewCache } from './view-cache.ts'

type WaveHandlers = Pick<
  Handlers,
  | 'wave.describe'
  | 'message.trust'
  | 'messages.trust'
  | 'wave.act'
  | 'ticket.expect'
  | 'actions.recent'
  | 'actions.progress'
  | 'actions.undo'
  | 'popup.view'
>

export type PopupViewAnswer = Awaited<ReturnType<Handlers['popup.view']>>
export type PublishSummary = (summary: PopupSummary) => Promise<void>

/** The summary of "no mail stored yet": the popup opens quiet. */
const NOTHING_STORED: PopupSummary = {
  account: '',
  wave: null,
  pinned: 0,
  timeline: { start: 0, bucketMs: 1, helpdesk: [], other: [], wave: null, pinned: [] },
}

export function createWaveHandlers(
  getDb: () => Promise<Database>,
  clock: () => number,
  getSettings: () => Promise<Settings>,
  views: ViewCache<PopupViewAnswer>,
  publish: PublishSummary,
): WaveHandlers {
  return {
    'wave.describe': async ({ account, id }) => {
      const db = await getDb()
      const message = await getMessage(db, account, id)
      const wave = message?.waveId ? await getWave(db, account, message.waveId) : undefined
      if (!message || !wave) return { wave: null }
      const facts: WaveFacts = {
        mails: wave.mails,
        brands: Object.keys(wave.brands).length,
        minutes: (wave.end - wave.start) / 60_000,
        brand: brandLabel(message.brand),
      }
      return { wave: facts }
    },
    'message.trust': async ({ account, id }, sender) => {
      const trusted = await trustStoredMessage(await getDb(), account, id)
      if (!trusted) return { verdict: null }
      const verdict = trustedVerdict(trusted.important !== null)
      // The asking tab applies the answer itself; the account's other tabs are told.
      await pushVerdicts(account, { [id]: verdict }, sender.tabId).catch(() => {})
      return { verdict }
    },
    'messages.trust': async ({ account, ids }) => {
      const trusted = await trustStoredMessages(await getDb(), account, new Set(ids))
      const verdicts = Object.fromEntries(
        trusted.map((row) => [row.id, trustedVerdict(row.important !== null)]),
      )
      await pushVerdicts(account, verdicts, null).catch(() => {})
      return { trusted: trusted.length }
    },
    'wave.act': async ({ account, waveId, action, confirmed, brands }) => {
      const db = await getDb()
      const wave = await getWave(db, account, waveId)
      const only = brands ? new Set(brands) : null
      const mails = wave ? await waveMessages(db, wave) : []
      const chosen = mails.filter((mail) => !only || only.has(mail.brand))
      const ids = chosen.map((mail) => mail.id)
      // Dates and sender domains let the page find every mail of the wave, wherever it is listed.
      const dates = Object.fromEntries(
        chosen.flatMap((mail) => (mail.date === null ? [] : [[mail.id, mail.date] as const])),
      )
      const senders = [...new Set(chosen.map((mail) => mail.senderDomain))]
      // An administrator may have turned reporting off: the log says the reports were not sent.
      const refused = action === 'spam' && !(await getSettings()).reportingAllowed
      const run = { account, action, ids, waveId, confirmed, dates, senders }
      return runLoggedAction(db, clock, run, refused)
    },
    'actions.progress': async ({ account, actionId, results, finished }) => ({
      recorded: await recordProgress(await getDb(), account, actionId, results, finished, clock()),
    }),
    'actions.undo': async ({ account, actionId }) => {
      const db = await getDb()
      const entry = await getAction(db, account, actionId)
      if (!entry || entry.undoneAt !== null || !isCleanupAction(entry.action))
        return { results: {}, tabId: null, undoable: false }
      const ids = entry.ids.filter((id) => entry.results[id] === 'done')
      // The undo is an action of its own in the log: its progress survives a stopped worker.
      const undo = {
        account,
        action: UNDO_ACTION[entry.action],
        ids,
        waveId: entry.waveId,
        confirmed: true,
        dates: await messageDates(db, account, ids),
      }
      const answer = await runLoggedAction(db, clock, undo)
      if (Object.values(answer.results).includes('done'))
        await markUndone(db, account, actionId, clock())
      return { ...answer, undoable: true }
    },
    'ticket.expect': async ({ account, brand, until }) => {
      await expectTicket(await getDb(), { account, brand, until, createdAt: clock() })
      return { ok: true }
    },
    'popup.view': async ({ account: asked }) => {
      const now = clock()
      const key = asked ?? ''
      const kept = views.get(key, now)
      if (kept) return kept
      const generation = views.generation
      const answer = await computePopupView(await getDb(), asked, now)
      views.set(key, answer, now, generation)
      // Only a view still current is published; never fatal for the answer.
      if (asked === undefined && generation === views.generation)
        await publish(answer.view ? summaryOf(answer.view) : NOTHING_STORED).catch(() => {})
      return answer
    },
    'actions.recent': async ({ account }) => ({
      entries: await recentActions(await getDb(), account),
    }),
  }
}

async function computePopupView(
  db: Database,
  asked: string | undefined,
  now: number,
): Promise<PopupViewAnswer> {
  const accounts = await storedAccounts(db)
  const account = asked ?? (await busiestAccount(db, accounts))
  if (!account) return { accounts, view: null, actions: [] }
  const wave = await latestWave(db, account)
  const rows = await viewRows(db, account, wave, now)
  const actions = (await recentActions(db, account)).slice(0, RECENT_ACTIONS)
  return { accounts, view: popupView(account, wave, rows, now), actions }
}

function trustedVerdict(important: boolean): Verdict {
  return { verdict: 'clean', score: 0, reasons: ['user-trusted'], waveId: null, important }
}

/** Actions the popup lists for undo. */
const RECENT_ACTIONS = 10

/** The account whose latest wave ended last; the first account when none had a wave. */
async function busiestAccount(db: Database, accounts: readonly string[]): Promise<string | null> {
  const latest = await Promise.all(accounts.map((account) => latestWave(db, account)))
  const ends = accounts.map((account, i) => ({ account, end: latest[i]?.end ?? -Infinity }))
  return ends.sort((a, b) => b.end - a.end)[0]?.account ?? null
}

/**
 * Logs an action, runs it in the account's tab and records what the page answered. Logged before
 * it runs: an action cut short by a killed worker stays visible, with its ids.
 */
export async function runLoggedAction(
  db: Database,
  clock: () => number,
  run: {
    account: string
    action: PageAction
    ids: string[]
    waveId: string | null
    confirmed: boolean
    dates?: Record<string, number>
    senders?: string[]
    /** No one asked for it in the tab (the automatic label): the page waits for an idle user. */
    automatic?: boolean
  },
  refused = false,
): Promise<ActionAnswer> {
  const { account, action, ids, waveId, confirmed, dates, senders, automatic } = run
  const entry = await startAction(db, {
    account,
    id: `${clock()}-${Math.random().toString(36).slice(2, 8)}`,
    action,
    waveId,
    ids,
    startedAt: clock(),
  })
  const request = {
    account,
    actionId: entry.id,
    action,
    ids,
    confirmed,
    ...(automatic ? { automatic } : {}),
    ...(dates ? { dates } : {}),
    ...(senders ? { senders } : {}),
  }
  const answer: ActionAnswer = refused
    ? { results: outcomeForAll(ids, 'cancelled'), tabId: null }
    : await runInTabs(account, request)
  const { results } = answer
  // The page has reported its progress meanwhile; its answer is the last report. An answer without
  // a result for every mail (an automatic action waiting for the user to be idle) leaves the
  // action open: the page's later reports complete it.
  const complete = ids.every((id) => id in results)
  await recordProgress(db, account, entry.id, results, complete, clock())
  await followMoves(db, account, action, results)
  return answer
}

/** Outlook mails an action moved are counted in their new folder from now on. */
async function followMoves(
  db: Database,
  account: string,
  action: PageAction,
  results: ActionResults,
): Promise<void> {
  const folder = folderAfter(action)
  if (!folder || !account.startsWith('outlook:')) return
  const done = Object.keys(results).filter((id) => results[id] === 'done')
  await moveStoredPlaces(db, account, new Set(done), folder)
}

/** Runs the action in the account's most recently registered tab that shows the account. */
async function runInTabs(
  account: string,
  payload: ContentProtocol['actions.run'],
): Promise<ActionAnswer> {
  const ran = await firstAnswering(account, (tabId) => requestActions(tabId, payload))
  return ran
    ? { ...ran.value, tabId: ran.tabId }
    : { results: outcomeForAll(payload.ids, 'not-found'), tabId: null }
}

function outcomeForAll(ids: readonly string[], outcome: ActionOutcome): ActionResults {
  return Object.fromEntries(ids.map((id) => [id, outcome]))
}
