// The settings in force for every context: the user's (storage.local), with whatever enterprise
// policy sets (storage.managed) taking precedence.
import {
  applyPolicy,
  parsePolicy,
  parseSettings,
  SETTINGS_KEY,
  type Policy,
  type Settings,
} from '../core/settings.ts'
import { readLocal, readManaged } from './browser.ts'

export interface LoadedSettings {
  /** What the user chose (the options page edits this). */
  own: Settings
  policy: Policy
  /** What is in force. */
  effective: Settings
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [own, policy] = await Promise.all([
    readLocal(SETTINGS_KEY).then(parseSettings),
    readManaged().then(parsePolicy),
  ])
  return { own, policy, effective: applyPolicy(own, policy) }
}
