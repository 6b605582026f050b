// One-click cleanup of the whole wave or of the selected brands, through the webmail's own
// controls. Reporting as spam asks first and says why mass reports hurt the abused company.
// While an action runs, its progress comes from the action log the page reports to.
import { useState } from 'preact/hooks'
import type { ActionResults, CleanupAction, PageAction } from '../messaging/protocol.ts'
import { isCleanupAction, spamConfirmKeys, undoneBy } from '../core/actions.ts'
import type { Translate } from './i18n.ts'
import type { InboxView } from '../core/types.ts'

const ACTIONS: CleanupAction[] = ['hide', 'label', 'archive', 'delete', 'spam']

export interface CleanupProps {
  /** Outlook names two actions its own way and moves junk without reporting. */
  webmail: 'gmail' | 'outlook'
  mails: number
  selectedBrands: number
  reportingAllowed: boolean
  /** Runs the action; resolves with each message's outcome and the views it could not open. */
  run: (
    action: CleanupAction,
    onlySelected: boolean,
  ) => Promise<{ results: ActionResults; unreached?: InboxView[] }>
  /** Messages processed so far by the running action (from the log), or null. */
  progress: number | null
  t: Translate
}

type Phase =
  | { step: 'idle' }
  | { step: 'confirm'; onlySelected: boolean }
  | { step: 'running'; action: CleanupAction; total: number }
  | { step: 'done'; action: CleanupAction; results: ActionResults; unreached: InboxView[] }
  | { step: 'failed'; message: string }

export function Cleanup(props: CleanupProps) {
  const { t } = props
  const [phase, setPhase] = useState<Phase>({ step: 'idle' })
  const [onlySelected, setOnlySelected] = useState(false)
  const scope = onlySelected && props.selectedBrands > 0
  const start = (action: CleanupAction) => {
    if (action === 'spam' && phase.step !== 'confirm')
      return setPhase({ step: 'confirm', onlySelected: scope })
    setPhase({ step: 'running', action, total: props.mails })
    props.run(action, scope).then(
      ({ results, unreached }) =>
        setPhase({ step: 'done', action, results, unreached: unreached ?? [] }),
      (error: unknown) =>
        setPhase({ step: 'failed', message: error instanceof Error ? error.message : '' }),
    )
  }
  const running = phase.step === 'running'
  const confirmKeys = spamConfirmKeys(props.webmail)
  return (
    <section id="cleanup" aria-labelledby="cleanup-title">
      <h2 id="cleanup-title">{t('cleanupTitle')}</h2>
      <label>
        <input
          type="checkbox"
          checked={scope}
          disabled={props.selectedBrands === 0 || running}
          onChange={(event) => setOnlySelected((event.target as HTMLInputElement).checked)}
        />{' '}
        {t('cleanupOnlySelected', [String(props.selectedBrands)])}
      </label>
      <div class="actions" role="group" aria-label={t('cleanupTitle')}>
        {ACTIONS.filter((action) => action !== 'spam' || props.reportingAllowed).map((action) => (
          <button
            key={action}
            type="button"
            disabled={running}
            data-action={action}
            onClick={() => start(action)}
          >
            {t(actionKey(action, props.webmail))}
          </button>
        ))}
      </div>
      {phase.step === 'confirm' && (
        <div class="confirm" role="group" aria-labelledby="report-question">
          <p id="report-question">
            <strong>{t(confirmKeys.title, [String(props.mails)])}</strong>
          </p>
          <p>{t(confirmKeys.why)}</p>
          <p>{t('reportConfirmAlternative')}</p>
          <button type="button" class="danger" data-choice="confirm" onClick={() => start('spam')}>
            {t(confirmKeys.yes)}
          </button>{' '}
          <button type="button" data-choice="cancel" onClick={() => setPhase({ step: 'idle' })}>
            {t('reportConfirmNo')}
          </button>
        </div>
      )}
      <p class="status" role="status">
        {running && t('cleanupRunning', [String(props.progress ?? 0), String(phase.total)])}
        {phase.step === 'done' && summary(phase.results, t)}
      </p>
      {phase.step === 'failed' && <p role="alert">{t('cleanupFailed', [phase.message])}</p>}
      {phase.step === 'done' &&
        phase.unreached.map((view) => (
          <p key={view} role="alert" data-unreached={view}>
            {t('cleanupUnreached', [t(`view_${view}`)])}
          </p>
        ))}
    </section>
  )
}

export function webmailOf(account: string): CleanupProps['webmail'] {
  return account.startsWith('outlook:') ? 'outlook' : 'gmail'
}

/** Outlook's spam action is a move to Junk, its labels are categories, its hidden rows fade. */
/** The words for an action; an undo is named after the action it undid. */
export function actionName(action: PageAction, webmail: CleanupProps['webmail'], t: Translate) {
  if (isCleanupAction(action)) return t(actionKey(action, webmail))
  const undone = undoneBy(action)
  return undone ? t('logUndoOf', [t(actionKey(undone, webmail))]) : action
}

export function actionKey(action: CleanupAction, webmail: CleanupProps['webmail']): string {
  return webmail === 'outlook' && (action === 'spam' || action === 'label' || action === 'hide')
    ? `cleanup_outlook_${action}`
    : `cleanup_${action}`
}

function summary(results: ActionResults, t: Translate): string {
  const count = (outcome: string) =>
    String(Object.values(results).filter((value) => value === outcome).length)
  return t('cleanupDone', [count('done'), count('not-found'), count('failed'), count('cancelled')])
}
