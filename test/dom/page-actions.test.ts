// Actions the popup asks a page to run: reporting as spam asks first; other accounts' tabs decline.
import { describe, expect, it, vi } from 'vitest'
import { createPageActions } from '../../src/content/page-actions.ts'
import type { RowView } from '../../src/content/row-view.ts'
import type { WebmailAdapter } from '../../src/content/webmail/adapter.ts'

const texts = (key: string) => key

function setup() {
  document.body.replaceChildren()
  const runAction = vi.fn(async (_doc: Document, request: { ids: string[] }) =>
    Object.fromEntries(request.ids.map((id) => [id, 'done' as const])),
  )
  const adapter = { account: () => 'gmail:me', runAction } as unknown as WebmailAdapter
  const rows: RowView = { decorate: vi.fn(), hide: vi.fn(), unhide: vi.fn() }
  return { run: createPageActions({ doc: document, adapter, rows, texts }), runAction, rows }
}

const confirmHost = () => document.querySelector('[data-relay-shield-confirm]')
const choose = (choice: string) =>
  (confirmHost()!.shadowRoot!.querySelector(`[data-choice=${choice}]`) as HTMLElement).click()

describe('page actions', () => {
  it('asks before reporting as spam, and reports nothing when the user cancels', async () => {
    const { run, runAction } = setup()
    const answer = run({ account: 'gmail:me', action: 'spam', ids: ['a', 'b'], confirmed: false })
    await vi.waitFor(() => expect(confirmHost()).not.toBeNull())
    expect(confirmHost()!.shadowRoot!.textContent).toContain('reportConfirmHarm')
    choose('cancel')
    expect(await answer).toEqual({ a: 'cancelled', b: 'cancelled' })
    expect(runAction).not.toHaveBeenCalled()
  })

  it('reports after the user confirms, and without asking when the popup already asked', async () => {
    const { run, runAction } = setup()
    const answer = run({ account: 'gmail:me', action: 'spam', ids: ['a'], confirmed: false })
    await vi.waitFor(() => expect(confirmHost()).not.toBeNull())
    choose('confirm')
    expect(await answer).toEqual({ a: 'done' })
    await run({ account: 'gmail:me', action: 'spam', ids: ['b'], confirmed: true })
    expect(runAction).toHaveBeenCalledTimes(2)
  })

  it("declines another account's action and hides without touching the webmail", async () => {
    const { run, runAction, rows } = setup()
    expect(
      await run({ account: 'gmail:other', action: 'archive', ids: ['a'], confirmed: true }),
    ).toBeNull()
    expect(
      await run({ account: 'gmail:me', action: 'hide', ids: ['a'], confirmed: false }),
    ).toEqual({ a: 'done' })
    expect(rows.hide).toHaveBeenCalledWith(['a'])
    expect(runAction).not.toHaveBeenCalled()
  })
})
