// A stand-in for src/platform/browser.ts (the only door to browser APIs) for the worker's tests:
// badge and notifications recorded, storage.session kept in `session`, tab messages recorded.
// Use: vi.mock('../../src/platform/browser.ts', () => import('./fake-platform.ts')).
import { vi } from 'vitest'

export const session: Record<string, unknown> = {}

export const setBadgeText = vi.fn(async (_text: string) => {})
export const showNotification = vi.fn(async (_id: string, _title: string, _message: string) => {})
export const localizedMessage = (key: string) => key
export const readSession = vi.fn(async (key: string) => session[key])
export const writeSession = vi.fn(async (key: string, value: unknown) => {
  session[key] = value
})
export const clearSession = vi.fn(async () => {
  for (const key of Object.keys(session)) delete session[key]
})
export const sendToTab = vi.fn(
  async (_tab: number, _message: unknown): Promise<unknown> => undefined,
)

export const focusTab = vi.fn(async (_tab: number) => {})
