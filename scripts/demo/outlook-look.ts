// The demo's own stylesheet and frame for the Outlook on the web reconstruction: Outlook's bar,
// folder pane, three-line message list and reading pane, redrawn from scratch (no Microsoft file,
// font or stylesheet is copied), close enough to recognise. The rows keep the documented hooks
// Relay Shield reads.

export const OUTLOOK_LOOK_CSS = `
body { margin: 0; background: #f0f0f0; color: #242424;
  font: 14px/20px 'Segoe UI', 'Segoe UI Web', -apple-system, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; }
#demo-bar { position: fixed; top: 0; left: 0; right: 0; height: 48px; background: #0f6cbd; color: #fff;
  display: flex; align-items: center; gap: 16px; padding: 0 16px; box-sizing: border-box; z-index: 5; }
#demo-bar .waffle { width: 16px; height: 16px; background: radial-gradient(circle, #fff 1.5px, transparent 2px) 0 0 / 6px 6px; }
#demo-bar .title { font-weight: 600; font-size: 16px; width: 240px; }
#demo-bar .search { flex: 0 1 560px; height: 32px; border-radius: 4px; background: #fff; color: #616161;
  display: flex; align-items: center; padding: 0 12px; }
#demo-bar .avatar { margin-left: auto; width: 32px; height: 32px; border-radius: 50%; background: #c4314b;
  display: grid; place-items: center; font-weight: 600; }
#app { position: fixed; top: 48px; left: 0; right: 0; bottom: 0; display: grid;
  grid-template-columns: 220px 420px 1fr; grid-template-rows: 44px 1fr; gap: 0 8px; padding: 0 8px 8px 0; }
[data-app-section=Ribbon] { grid-column: 1 / 4; display: flex; align-items: center; padding: 0 12px;
  background: #fff; margin: 0 0 8px; border-radius: 0 0 8px 8px; }
[data-app-section=Ribbon] [role=toolbar] { display: flex; gap: 4px; }
[data-app-section=Ribbon] button { font: inherit; border: 0; background: transparent; padding: 4px 10px;
  border-radius: 4px; color: #242424; }
[data-app-section=Ribbon] button:hover { background: #f5f5f5; }
[data-app-section=NavigationPane] { padding: 8px 0; }
[data-app-section=NavigationPane] [role=treeitem] { height: 32px; display: flex; align-items: center;
  padding: 0 12px 0 28px; border-radius: 4px; cursor: pointer; }
[data-app-section=NavigationPane] [role=treeitem][aria-selected=true] { background: #cfe4fa; font-weight: 600; }
[data-app-section=MessageList] { background: #fff; border-radius: 8px; overflow: hidden; display: flex; flex-direction: column; }
[data-app-section=MessageList]::before { content: 'Focused    Other'; white-space: pre; padding: 10px 16px;
  font-weight: 600; border-bottom: 1px solid #e0e0e0; color: #242424; }
[data-app-section=MessageList] [role=listbox] { height: auto !important; flex: 1; }
[role=option] { position: relative; display: block; padding: 8px 12px 8px 36px;
  border-bottom: 1px solid #edebe9; cursor: default; background: #fff; }
[role=option] > [role=checkbox] { position: absolute; left: 11px; top: 12px; width: 14px; height: 14px; border: 1px solid #8a8886; border-radius: 2px; visibility: hidden; }
[role=option]:hover > [role=checkbox] { visibility: visible; }
[role=option][aria-selected=true] { background: #cfe4fa; }
[role=option][aria-label^=Unread]::before { content: ''; position: absolute; left: 0; top: 0; bottom: 0; width: 3px; background: #0f6cbd; }
[role=option] > div { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
[role=option] .OZZZK { font-size: 15px; }
[role=option][aria-label^=Unread] .OZZZK { font-weight: 600; }
[role=option] .IjzWp { display: flex; align-items: center; gap: 8px; font-size: 13px; }
[role=option] relay-shield-marker { flex: none; }
[role=option] .TtcXM { flex: 1; overflow: hidden; text-overflow: ellipsis; }
[role=option][aria-label^=Unread] .TtcXM { color: #0f6cbd; font-weight: 600; }
[role=option] ._rWRU { color: #616161; font-size: 12px; }
[role=option][aria-label^=Unread] ._rWRU { color: #0f6cbd; font-weight: 600; }
[role=option] .FqgPc { color: #616161; font-size: 13px; }
[role=option] button.qjAi2 { display: none; }
#ReadingPaneContainerId { background: #fff; border-radius: 8px; padding: 16px 24px; overflow: auto; }
#ReadingPaneContainerId:empty::before { content: 'Select an item to read'; color: #616161; display: block; text-align: center; margin-top: 30%; }
#ReadingPaneContainerId [role=heading] { font-size: 20px; font-weight: 600; line-height: 28px; }
`

export const OUTLOOK_FRAME = `<div id="demo-bar" aria-hidden="true"><span class="waffle"></span><span class="title">Outlook</span>
<span class="search">Search</span><span class="avatar">Y</span></div>`

/** The reconstruction with the demo's look: the bar before the page's own content. */
export function withOutlookLook(html: string): string {
  return html
    .replace('</head>', `<style>${OUTLOOK_LOOK_CSS}</style></head>`)
    .replace(/<body([^>]*)>/u, `<body$1>${OUTLOOK_FRAME}`)
}
