import { describe, expect, it } from 'vitest'
import source from '../../manifest.json' with { type: 'json' }
import { manifestFor } from '../../scripts/manifest-target.ts'

describe('manifest targets', () => {
  it('keeps the Chrome manifest as written, with a service worker', () => {
    const chrome = manifestFor(source, 'chrome') as unknown as Record<string, unknown>
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' })
    expect(chrome.browser_specific_settings).toBeUndefined()
  })

  it('gives Firefox background scripts and gecko settings', () => {
    const firefox = manifestFor(source, 'firefox') as unknown as Record<
      string,
      Record<string, unknown>
    >
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' })
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({ strict_min_version: '142.0' })
  })

  it('asks for no permission beyond storage, alarms and notifications, and no host permission', () => {
    expect(source.permissions).toEqual(['storage', 'alarms', 'notifications'])
    expect(source).not.toHaveProperty('host_permissions')
    expect(source).not.toHaveProperty('web_accessible_resources')
    expect(source).not.toHaveProperty('content_security_policy')
  })
})
