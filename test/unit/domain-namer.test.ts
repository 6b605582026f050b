import { afterEach, describe, expect, it, vi } from 'vitest'
import { domainNamer } from '../../src/content/opened/links/domain-namer.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'

afterEach(() => vi.useRealTimers())

/** A background client whose 'link.domain' answers with `answer` (a promise the test controls). */
function clientAnswering(answer: (host: string) => Promise<{ domain: string | null }>) {
  const asked: string[] = []
  const request = (async (type: string, payload: { host: string }) => {
    expect(type).toBe('link.domain')
    asked.push(payload.host)
    return answer(payload.host)
  }) as unknown as BackgroundClient
  return { request, asked }
}

describe("the link warning's domain, named by the background worker", () => {
  it('is what the worker answers, asked once per host', async () => {
    const { request, asked } = clientAnswering(async (host) => ({ domain: host.slice(4) }))
    const name = domainNamer(request)
    expect(await name('www.example.com')).toBe('example.com')
    expect(await name('www.example.com')).toBe('example.com')
    expect(asked).toEqual(['www.example.com'])
  })

  it('is null when the worker refuses or is gone, so the warning says it could not be named', async () => {
    const { request } = clientAnswering(async () => {
      throw new Error('extension context gone')
    })
    expect(await domainNamer(request)('www.example.com')).toBeNull()
  })

  it('is null after the deadline when the worker does not answer, and asks again next time', async () => {
    vi.useFakeTimers()
    const { request, asked } = clientAnswering(() => new Promise(() => {}))
    const name = domainNamer(request, 500)
    const named = name('www.example.com')
    await vi.advanceTimersByTimeAsync(500)
    expect(await named).toBeNull()
    const again = name('www.example.com')
    await vi.advanceTimersByTimeAsync(500)
    await again
    expect(asked).toEqual(['www.example.com', 'www.example.com'])
  })
})
