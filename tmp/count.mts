import { Window } from 'happy-dom'
import { readFileSync } from 'node:fs'
import { GMAIL_SELECTORS } from '../src/content/webmail/gmail/selectors.ts'
for (const f of ['test/fixtures/gmail/2025-04-08-workspace-inbox-list.html','test/fixtures/gmail/2025-04-09-workspace-inbox-splitpane-open-thread.html']) {
  const w = new Window(); w.document.write(readFileSync(f,'utf8'))
  console.log(f, Object.entries(GMAIL_SELECTORS).map(([k,s])=>`${k}=${w.document.querySelectorAll(s).length}`).join(' '))
}
