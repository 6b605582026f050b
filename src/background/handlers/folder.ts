// folder.*: "Scan this folder" (or the wave's time span) in the account's webmail tab.
import type { Handlers } from '../../messaging/router.ts'
import { scanInTabs } from '../tabs.ts'

export function folderHandlers(): Pick<Handlers, 'folder.scan'> {
  return {
    'folder.scan': async ({ account, window }) => scanInTabs(account, window),
  }
}
