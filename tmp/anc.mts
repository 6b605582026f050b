import { Window } from 'happy-dom'
import { readFileSync } from 'node:fs'
const w = new Window(); const d = w.document
d.write(readFileSync('test/fixtures/gmail/2025-04-09-workspace-inbox-splitpane-open-thread.html','utf8'))
const chain = (el:any) => { const out=[]; while(el && el.tagName){ out.push(el.tagName.toLowerCase()+(el.id?'#'+el.id:'')+(el.className?'.'+String(el.className).trim().split(/\s+/).join('.'):'')+(el.getAttribute('role')?`[role=${el.getAttribute('role')}]`:'')+(el.getAttribute('gh')?`[gh=${el.getAttribute('gh')}]`:'')); el=el.parentElement } return out.reverse().join(' > ') }
for (const sel of ['h2.hP','div.adn.ads','div.a3s','span.gD','span.g3','.a98.iY','.ao9','.if','[role=main]','div[act="7"]','div[act="9"]','div.mw','div.ns','[role=alert]','tr.zA div[role=checkbox]']) {
  const all = d.querySelectorAll(sel); console.log(sel, all.length); if (all[0]) console.log('  ', chain(all[0]).slice(-900))
}
const m = d.querySelector('div.adn.ads'); console.log([...m.attributes].map(a=>a.name+'='+a.value.slice(0,40)).join(' '))
console.log(d.querySelector('span.g3')?.outerHTML.slice(0,300))
console.log(d.querySelector('div.a3s')?.outerHTML.slice(0,600))
