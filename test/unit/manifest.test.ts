import { describe, expect, it } from 'vitest'
import source from '../../manifest.json' with { type: 'json' }
import { manifestFor } from '../../scripts/manifest-target.ts'
import allowlist from '../../manifest-allowlist.json' with { type: 'json' }
import { manifestProblems, type ManifestAllowlist } from '../../scripts/manifest-policy.ts'

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

describe('manifest allowlist (checked on the built manifests by npm test)', () => {
  const allow = allowlist as ManifestAllowlist
  const chrome = manifestFor(source, 'chrome') as unknown as Parameters<typeof manifestProblems>[0]

  it('accepts what the manifest asks for today', () => {
    expect(manifestProblems(chrome, allow)).toEqual([])
  })

  it('rejects a new permission, host permission, web-accessible resource, match or CSP', () => {
    const wider = {
      ...chrome,
      permissions: [...(chrome.permissions ?? []), 'tabs'],
      host_permissions: ['<all_urls>'],
      web_accessible_resources: [{ resources: ['inject.js'] }],
      content_scripts: [{ matches: ['https://*/*'] }],
      content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" },
    }
    expect(manifestProblems(wider, allow)).toEqual([
      'permission "tabs" is not allowed',
      'host permission "<all_urls>" is not allowed',
      'web-accessible resource "inject.js" is not allowed',
      'content-script match "https://*/*" is not allowed',
      `content_security_policy ${JSON.stringify(wider.content_security_policy)} is not allowed`,
    ])
  })
})
