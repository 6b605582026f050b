// Which accounts Relay Shield protects: every account it has seen, each on unless switched off.
import type { Translate } from './i18n.ts'

export function AccountsField(props: {
  accounts: readonly string[]
  disabled: readonly string[]
  onChange: (disabled: string[]) => void
  t: Translate
}) {
  const { accounts, disabled, onChange, t } = props
  // Accounts switched off stay listed even when no mail of theirs is stored any more.
  const all = [...new Set([...accounts, ...disabled])].sort()
  return (
    <fieldset>
      <legend>{t('optionsAccounts')}</legend>
      {all.length === 0 && <p class="hint">{t('optionsNoAccounts')}</p>}
      {all.map((account) => (
        <label key={account}>
          <input
            type="checkbox"
            checked={!disabled.includes(account)}
            onChange={(event) => {
              const on = (event.target as HTMLInputElement).checked
              onChange(
                on ? disabled.filter((name) => name !== account) : [...disabled, account].sort(),
              )
            }}
          />{' '}
          {t('optionsProtect', [accountName(account, t)])}
        </label>
      ))}
    </fieldset>
  )
}

/** "gmail:me@example.com" -> "me@example.com (Gmail)". */
function accountName(account: string, t: Translate): string {
  const [kind, ...rest] = account.split(':')
  const name = rest.join(':')
  if (kind === 'gmail') return t('optionsAccountGmail', [name])
  if (kind === 'outlook') return t('optionsAccountOutlook', [name])
  return account
}
