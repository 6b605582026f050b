// The thirty-seventh set's invented names: company stems for the waves, brands of the look-alike
// mail, the SaaS tools, forges and shops of the three work personas, and the hosted helpdesk and
// mailing services. Every stem was made up from syllables (D, G, K, V or X first) and kept only
// when no word of an earlier set's names begins it or is begun by it (checked by the unit test).
import type { Lang } from '../types.ts'

const words = (text: string): readonly string[] => text.split(/\s+/u).filter(Boolean)

/** Wave companies: more than the largest wave (150) needs, so no company repeats in a wave. */
export const STEMS: readonly string[] = words(`
  kandesilo vundor kolmas xardis keltosis dardos kuntas dulmarix kivonana kurbiana xarulen
  kolvus dolmun xarbalix kosker kinduxen xilteuna keltur volmil gorves xuntesor xoltul kendan
  kintun damoxis xultir vindil dilvas ventas kalvus gordaero xordil gurdoxis dimailo veltaso
  dundan duloneth geskosis kundar gerbal gamanari dilana xelvoxo viskul kilvix gevuruna vontun
  vantuxor deneilo kireso goraana xeskol kindar kolusero keskol xaltol xaltin dirbis kindixo
  vervar gaskux vurisa voskos vendex keskora xerber kirdix dentix xeskas kilteana xeltan verdois
  kirbes kolmun gumareth kivalero veskixari viltoen xurbir vontoxen gizesa darvoilo guvoilo
  volmenari gevuneth dilvoxis dontoari daneari vundol xarbes xilton gunirix viltalis kaltuneth
  duskox xirvesero velmireth kardonen dalmuo kerdun kirbeo velvex vintix kirbulis xemorana
  gerbir denaero vandil kilmer volvuno vuskir dintenero kalmanis dirdon xirbanilo kulmoruna
  veltul kolvuix veliuna dardor kundinis girvuluna koskor kurdoilo xantesero xindax varbur
  vezoleth vulton kuskes duzoari vandax vandes kondonix dunder xemana vandan kolvos xazoruna
  deltox xuveor dozoxo delman virbeor xulvur dirvus girbos daskix galisix dirdaxis xorbara
  xuntil xelvas xilmas gurbur kiltus xurdulo gontan xeltas vuskino kerbureth gilvuix girdos
  kaltia gelmix duskol vurinor kerbil xiltox gulvoeth dumisix xandus korvaxo kervoleth xontir
  kuntunix xulver kaltox kemonana xeltir vondasari gandox vantar daloor diskal xirbuno kentar
`)

/** Brands of the look-alike mail (newsletters, banks, vendors, shops). */
export const LOOK_STEMS: readonly string[] = words(`
  kalvulix xilix kozix dolmul gusku guzox darbalix xanor gezal vorbaso vimes dintua gurul
  dilmil darbon vurdor guntisix giltaren vurvul xizula xuvix kintiix koskan gamax kervan gardin
  kirux kerdolor kontais gelmoilo xamis korvu vonirari gaskoari xanusero vavus kiltis xuntiris
`)

/** SaaS tools, shop platforms, payment providers, forges, CI and clouds of the personas. */
export const TOOL_STEMS: readonly string[] = words(`
  xalan xiltis virden xuveneth kusker goskun doskuari xuvor vilvur vintiuna ganil vunesen
  gilvol dasko xovul dumenana vumus xonex giltu xervo xulva durux xarvieth koskus vuntaari
  kinto kuzenero gaskur gondolen delolilo vivien xozunari gerde girdinor gelix girder dirdosen
`)

/** The personas' own companies and shops: agent, shop and developer, seven languages each. */
export const PERSONA_STEMS: readonly string[] = words(`
  volmo xelmix xundosix vivel xanexor xonte xerdexor delunen garaxari kevoix gardo xende dazan
  duvisero kineero vinoero xoskena xozer vurbi kirda vuras
`)

export const HELPDESK_SERVICES: readonly string[] = words(
  `gavendesk kornadesk vexadesk xelidesk durindesk`,
)
export const MAILING_SERVICES: readonly string[] = words(
  `voltimail gorvimail kavelmail dexomail xunamail`,
)

const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['Ltd', 'Labs', 'Group', 'Systems', 'Studio', '& Co'],
  de: ['GmbH', 'AG', 'Handel', 'Werk', 'Technik', 'KG'],
  fr: ['SAS', 'SARL', 'Conseil', 'Atelier', 'Services', 'Groupe'],
  es: ['S.L.', 'S.A.', 'Grupo', 'Soluciones', 'Estudio', 'Servicios'],
  pt: ['Lda', 'S.A.', 'Soluções', 'Grupo', 'Serviços', 'Digital'],
  it: ['S.r.l.', 'S.p.A.', 'Gruppo', 'Servizi', 'Studio', 'Italia'],
  nl: ['B.V.', 'Groep', 'Diensten', 'Techniek', 'Studio', 'Online'],
}

const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'com', 'at'],
  fr: ['fr', 'com', 'be'],
  es: ['es', 'com', 'com.mx'],
  pt: ['pt', 'com.br', 'com'],
  it: ['it', 'com', 'eu'],
  nl: ['nl', 'com', 'be'],
}

export function capital(stem: string): string {
  return stem.charAt(0).toUpperCase() + stem.slice(1)
}

/** "Kolmas GmbH": a suffix for two companies in three, picked by the index so it is stable. */
export function companyName(stem: string, lang: Lang, index: number): string {
  const suffixes = SUFFIX[lang]
  return index % 3 === 2 ? capital(stem) : `${capital(stem)} ${suffixes[index % suffixes.length]}`
}

export function companyDomain(stem: string, lang: Lang, index: number): string {
  const tlds = TLD[lang]
  return `${stem}.${tlds[index % tlds.length]}`
}
