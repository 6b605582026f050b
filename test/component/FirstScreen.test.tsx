// The popup's first frame: with the summary the background keeps, the headline and the chart are
// in the very first commit, while the worker has not answered yet and the lists are not there.
import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { summaryOf } from '../../src/core/views/popup-summary.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { App } from '../../src/popup/App.tsx'
import en from '../../public/_locales/en/messages.json' with { type: 'json' }
import { VIEW_NOW, viewAnswer, waveView } from '../support/popup-view.ts'

afterEach(cleanup)

function t(key: string, substitutions: string[] = []): string {
  const entry = (en as Record<string, { message: string }>)[key]
  if (!entry) throw new Error(`missing message ${key}`)
  return entry.message.replace(/\$[A-Z]+\$/gu, () => substitutions.shift() ?? '')
}

const never = () => new Promise<never>(() => {})

describe("the popup's first frame", () => {
  it('commits the kept headline and chart at once, before the worker answers', () => {
    const view = waveView(120, 12)
    render(
      <App
        request={never as unknown as BackgroundClient}
        t={t}
        now={() => VIEW_NOW}
        firstView={never()}
        kept={summaryOf(view)}
      />,
    )
    // No waiting: this is what the first render committed.
    expect(document.querySelector('#status-title')?.textContent).toBe(
      'A relay spam wave is under way',
    )
    expect(document.querySelector('.headline')?.textContent).toMatch(
      /^120 fake ticket confirmations from 12 companies since /u,
    )
    expect(screen.getByRole('slider', { name: 'Mail over time' })).toBeTruthy()
    expect(screen.queryByText(t('popupLoading'))).toBeNull()
    expect(document.getElementById('cleanup')).toBeNull()
  })

  it("draws the worker's view, lists included, once it is given", async () => {
    const view = waveView(120, 12)
    render(
      <App
        request={never as unknown as BackgroundClient}
        t={t}
        now={() => VIEW_NOW}
        firstView={Promise.resolve(viewAnswer(view))}
        kept={summaryOf(waveView(60, 6))}
      />,
    )
    expect(document.querySelector('.headline')?.textContent).toMatch(/^60 fake/u)
    expect(await screen.findByRole('region', { name: /Important mail/u })).toBeTruthy()
    expect(document.querySelector('.headline')?.textContent).toMatch(/^120 fake/u)
  })
})
