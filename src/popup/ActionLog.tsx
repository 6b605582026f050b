// The account's recent cleanup actions, each with what it did and an Undo; undos are listed too.
import type { ActionLogEntry } from '../messaging/protocol.ts'
import { isCleanupAction } from '../core/actions.ts'
import { actionName, webmailOf } from './Cleanup.tsx'
import { dateTimeOf } from './format.ts'
import type { Translate } from './i18n.ts'

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
                actionName(entry.action, webmailOf(entry.account), t),
                String(done),
                String(entry.ids.length),
              ])}{' '}
              <span class="muted">{dateTimeOf(entry.startedAt)}</span>
              {unfinished && <span class="muted"> · {t('logUnfinished')}</span>}
              {entry.undoneAt !== null && <span class="muted"> · {t('logUndone')}</span>}
              {isCleanupAction(entry.action) && entry.undoneAt === null && done > 0 && (
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
