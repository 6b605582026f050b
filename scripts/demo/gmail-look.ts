// The demo's own stylesheet and frame for the Gmail replica: Gmail's list layout, type and colours
// redrawn from scratch (no Google file, font or stylesheet is copied), close enough to recognise.
// The replica's rows keep Gmail's markup, which is what Relay Shield reads.

export const GMAIL_LOOK_CSS = `
body { margin: 0; background: #f6f8fc; color: #202124;
  font: 14px/20px Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; }
#demo-top { position: fixed; top: 0; left: 0; right: 0; height: 64px; display: flex; align-items: center;
  gap: 12px; padding: 0 16px; background: #f6f8fc; z-index: 5; box-sizing: border-box; }
#demo-top .menu { width: 24px; height: 14px; border-top: 2px solid #5f6368; border-bottom: 2px solid #5f6368; position: relative; margin: 0 12px 0 4px; }
#demo-top .menu::after { content: ''; position: absolute; left: 0; right: 0; top: 6px; border-top: 2px solid #5f6368; }
#demo-top .logo { display: flex; align-items: center; gap: 8px; width: 200px; font-size: 22px; color: #5f6368; }
#demo-top .logo i { width: 32px; height: 24px; display: inline-block; border-radius: 3px; position: relative;
  background: linear-gradient(90deg, #4285f4 0 22%, transparent 22% 78%, #34a853 78%); }
#demo-top .logo i::before { content: ''; position: absolute; left: 4px; right: 4px; top: 0; height: 14px;
  background: linear-gradient(45deg, transparent 48%, #ea4335 48% 62%, transparent 62%),
    linear-gradient(-45deg, transparent 48%, #fbbc04 48% 62%, transparent 62%); }
#demo-top .search { flex: 0 1 720px; height: 48px; border-radius: 24px; background: #eaf1fb; display: flex;
  align-items: center; padding: 0 20px; color: #5f6368; font-size: 16px; }
#demo-top .avatar { margin-left: auto; width: 32px; height: 32px; border-radius: 50%; background: #8e24aa;
  color: #fff; display: grid; place-items: center; font-weight: 500; }
#demo-nav { position: fixed; top: 64px; left: 0; width: 256px; bottom: 0; padding: 8px 16px 0 0; box-sizing: border-box; }
#demo-nav .compose { margin: 0 0 16px 8px; height: 56px; width: 142px; border-radius: 16px; background: #c2e7ff;
  display: flex; align-items: center; justify-content: center; font-weight: 500; color: #001d35; }
#demo-nav a { display: flex; justify-content: space-between; height: 32px; align-items: center; padding: 0 12px 0 26px;
  border-radius: 0 16px 16px 0; color: #202124; text-decoration: none; }
#demo-nav a.on { background: #d3e3fd; font-weight: 700; color: #001d35; }
.bq4, .afn, .brd, td.WA, td.PF, [role=tablist], [gh=tm], .apa, td.byZ, td.yf, .aol, .Wg, .aVj, .yi,
  [role=contentinfo], .Nt, .Nu.S3:not(:has(.a3s)) { display: none !important; }
.Nu.tf { flex-grow: 1 !important; height: auto !important; }
[gh=tl] { display: block !important; border-radius: 16px 16px 0 0; overflow: hidden; background: #fff; margin-top: 8px; }
body > :not([id^=demo-]) { margin-left: 256px; margin-right: 16px; }
body > :not([id^=demo-]):first-of-type { margin-top: 64px; }
table.F { width: 100%; border-collapse: collapse; table-layout: auto; background: #fff; }
tr.zA > td:last-child:not(.xW) { display: none; }
td.a4W { width: 100%; max-width: 0; }
table.F colgroup { display: none; }
tr.zA { height: 40px; background: #f2f6fc; box-shadow: inset 0 -1px 0 0 rgba(100, 121, 143, 0.12); cursor: pointer; }
tr.zA.zE { background: #fff; }
tr.zA:hover { box-shadow: inset 1px 0 0 #dadce0, inset -1px 0 0 #dadce0, 0 1px 2px 0 rgba(60, 64, 67, 0.3); position: relative; z-index: 1; }
tr.zA td { padding: 0; vertical-align: middle; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.oZ-x3 { width: 40px; padding-left: 12px !important; }
td.oZ-x3 div[role=checkbox] { width: 14px; height: 14px; border: 2px solid #747775; border-radius: 2px; margin: auto; }
td.apU { width: 28px; min-width: 28px; }
td.oZ-x3 { min-width: 40px; }
td.apU span[role=button]::before { content: '\\2606'; color: #747775; font-size: 18px; }
td.apU img { display: none; }
td.yX { width: 200px; padding-right: 24px !important; }
.yW span[email] { color: #202124; }
tr.zE .yW span[email], tr.zE .bog { font-weight: 700; color: #1f1f1f; }
td.a4W .xS, td.a4W .xT { display: flex; overflow: hidden; }
.y6 { flex: none; max-width: 60%; overflow: hidden; text-overflow: ellipsis; }
span.y2 { color: #5f6368; overflow: hidden; text-overflow: ellipsis; font-weight: 400; }
td.xW { width: 96px; text-align: right; padding-right: 16px !important; font-size: 12px; color: #5f6368; }
tr.zE td.xW { font-weight: 700; color: #1f1f1f; }
body:has([data-replica-thread]) [gh=tl] { display: none !important; }
[data-replica-thread] { display: block; background: #fff; border-radius: 16px; margin-top: 8px;
  padding: 20px 56px 32px 72px; min-height: 680px; box-sizing: border-box; }
[data-replica-thread] h2.hP { font: 400 22px/28px Roboto, 'Helvetica Neue', Arial, sans-serif; margin: 0 0 20px; color: #1f1f1f; }
[data-replica-thread] img, [data-replica-thread] svg:not(.a3s svg), [data-replica-thread] [role=button],
  [data-replica-thread] [role=toolbar], [data-replica-thread] .ajy, [data-replica-thread] button,
  [data-replica-thread] [role=tooltip], [data-replica-thread] .aau, [data-replica-thread] .ahR,
  [data-replica-thread] .T-ays-a45 { display: none !important; }
[data-replica-thread] span.gD { font-weight: 700; color: #1f1f1f; }
[data-replica-thread] span.go, [data-replica-thread] span.g3 { color: #5f6368; font-size: 12px; margin-left: 6px; }
[data-replica-thread] table { border-collapse: collapse; }
[data-replica-thread] div.a3s { margin-top: 20px; font-size: 14px; line-height: 22px; color: #222; }
[data-replica-thread] div.a3s a { color: #0b57d0; }
`

export const GMAIL_FRAME = `<div id="demo-top"><span class="menu"></span><span class="logo"><i></i>Mail</span>
<span class="search">Search mail</span><span class="avatar">Y</span></div>
<nav id="demo-nav" aria-hidden="true"><div class="compose">Compose</div><a class="on">Inbox</a><a>Starred</a><a>Snoozed</a><a>Sent</a><a>Drafts</a></nav>`

/** The replica page with the demo's look: the frame before the page's own content. */
export function withGmailLook(html: string): string {
  return html
    .replace('</head>', `<style>${GMAIL_LOOK_CSS}</style></head>`)
    .replace(/<body([^>]*)>/u, `<body$1>${GMAIL_FRAME}`)
}
