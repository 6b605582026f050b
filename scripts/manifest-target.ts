// Applies the per-browser deltas to the one manifest source (manifest.json).
// Firefox MV3 has no service workers for extensions: it runs background.scripts as an event page.
// The gecko settings follow docs/toolchain.md, "One manifest, two targets".
import type { ManifestV3Export } from '@crxjs/vite-plugin'

export type Target = 'chrome' | 'firefox'

export const GECKO_ID = 'relay-shield@relay-shield.invalid'
export const FIREFOX_MIN_VERSION = '142.0'

type Manifest = Record<string, unknown> & {
  manifest_version: number
  name: string
  version: string
  background?: { service_worker?: string }
}

export function manifestFor(source: Manifest, target: Target): ManifestV3Export {
  // The JSON source is checked by the build itself; its literal type is wider than crxjs's.
  if (target === 'chrome') return source as unknown as ManifestV3Export
  const worker = source.background?.service_worker
  if (!worker) throw new Error('manifest.json: background.service_worker is missing')
  // Firefox reads enterprise policy from policies.json (docs/POLICY.md), not a managed schema.
  const rest: Manifest = { ...source }
  delete rest.storage
  return {
    ...rest,
    background: { scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export
}
