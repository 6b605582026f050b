import { describe, expect, it } from 'vitest'
import { parseScanRequest } from '../../src/content/messages/background-messages.ts'

const scan = (payload: unknown) => parseScanRequest({ type: 'folder.scan', payload })

describe('a scan request as the content script reads it', () => {
  it('keeps a well-formed window and refuses a malformed one, as the worker does', () => {
    expect(scan({ account: 'gmail:me', window: { from: 1, to: 2 } })).toEqual({
      account: 'gmail:me',
      window: { from: 1, to: 2 },
    })
    expect(scan({ account: 'gmail:me' })).toEqual({ account: 'gmail:me' })
    expect(scan({ account: 'gmail:me', window: { from: 2, to: 1 } })).toBeNull()
    expect(scan({ account: 'gmail:me', window: { from: 0, to: Infinity } })).toBeNull()
    expect(scan({ account: 7 })).toBeNull()
    expect(parseScanRequest({ type: 'actions.run', payload: { account: 'gmail:me' } })).toBeNull()
  })
})
