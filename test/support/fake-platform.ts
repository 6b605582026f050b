// A stand-in for src/platform/browser.ts (the only door to browser APIs) for the worker's tests:
// badge and notifications recorded, storage.session kept in `session`, tab messages recorded.
// Use: vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts')).
import { vi } from 'vitest'

export const session: { tabsByAccount: unknown } = { tabsByAccount: undefined }

export const setBadgeText = vi.fn(async (_text: string) => {})
export const showNotification = vi.fn(async (_id: string, _title: string, _message: string) => {})
export const localizedMessage = (key: string) => key
export const readSession = vi.fn(async (_key: string) => session.tabsByAccount)
export const writeSession = vi.fn(async (_key: string, value: unknown) => {
  session.tabsByAccount = value
})
export const sendToTab = vi.fn(
  async (_tab: number, _message: unknown): Promise<unknown> => undefined,
)
