// The account's recent cleanup actions, each with what it did and, where it can be, an Undo.
import type { ActionLogEntry } from '../messaging/protocol.ts'
import { actionKey, webmailOf } from './Cleanup.tsx'
import { dateTimeOf } from './format.ts'
import type { Translate } from './i18n.ts'

/** Actions Relay Shield itself can undo from the log (the rest: the webmail's own Undo). */
const UNDOABLE = new Set(['hide'])

export function ActionLog(props: {
  entries: readonly ActionLogEntry[]
  undo: (entry: ActionLogEntry) => void
  t: Translate
}) {
  const { entries, t } = props
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{t('logTitle')}</h2>
      <ul class="log">
        {entries.map((entry) => {
          const done = Object.values(entry.results).filter((value) => value === 'done').length
          const unfinished = entry.finishedAt === null
          return (
            <li key={entry.id}>
              {t('logEntry', [
                t(actionKey(entry.action, webmailOf(entry.account))),
                String(done),
                String(entry.ids.length),
              ])}{' '}
              <span class="muted">{dateTimeOf(entry.startedAt)}</span>
              {unfinished && <span class="muted"> · {t('logUnfinished')}</span>}
              {entry.undoneAt !== null && <span class="muted"> · {t('logUndone')}</span>}
              {UNDOABLE.has(entry.action) && entry.undoneAt === null && done > 0 && (
                <>
                  {' '}
                  <button type="button" onClick={() => props.undo(entry)}>
                    {t('undo')}
                  </button>
                </>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
