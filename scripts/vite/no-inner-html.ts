// Removes the one innerHTML assignment in the shipped code: Preact's support for the
// `dangerouslySetInnerHTML` prop. Relay Shield never uses that prop (ESLint forbids it in src/),
// so the renderer's branch is replaced by an error; `web-ext lint` then has nothing to warn about
// and no markup can ever be parsed from a string in the popup or the options page.
import type { Plugin } from 'vite'

/** Preact 11's minified assignment: `<element>.innerHTML=<props>.__html`. */
const ASSIGNMENT = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/gu

export function noInnerHtml(): Plugin {
  return {
    name: 'relay-shield:no-inner-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/u.test(id)) return null
      const replaced = code.replace(
        ASSIGNMENT,
        () => 'void (()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()',
      )
      if (replaced === code) throw new Error('preact.mjs: the innerHTML assignment was not found')
      return { code: replaced, map: null }
    },
  }
}
