// Invented names for the thirty-eighth set: syllables drawn for this set (D, G, K, V or X
// first), kept only when no word of an earlier set's names begins them or is begun by them
// (test/unit/eval-thirty-eighth.test.ts checks it). Wave companies, look-alike brands, the four
// organisations, their tools and portals, and the hosted helpdesk and mailing services.
import type { Lang } from '../types.ts'

const words = (text: string): readonly string[] => text.split(/\s+/u).filter(Boolean)

/** Companies whose forms the attacker fills in. */
export const STEMS: readonly string[] = words(`
dwarfex glispia vlolbum vraelkex xengyr vuxtox gaeftyr gwulkia grourdet dwilvan vompia gounden
glousket gimbis kwirfik dindan kaelvox vreskia dwaenden gwourfo dwilban gryrdik kwurzo vroumpur
vryftum dwyndyr glouwno gurdik dwunto kwernis klouspen dwaelvyr druspis glurnur xiftur glolkox
dwoumba gwynto drerzum krandan vrelbyr vrorzex kwompen vrarzo vlintan dulvur kraerdan kwaeftex
vourzyr kroulbox vlordan grourdex xourzan vlirfa korzox drouwnex kungia krilbex gwarnia kwantel
dirdur xinden vlalkur grumbex glirfan dylva kleftan kwengik klaexta gouska gryrdis dezzet
kwonten dwanta dwaspyr droulkum gralvik druzzel vundyr drondur kraskox xaerzel klazzo vrontet
klaspox dwaendum glorden kyrfik vontur kroulbum dwaengex glulbox kwaelkia glymbik koundox guwna
vewnia karfum kizzet xuntox kentik dwirna vluwnia kerzik kerfur xaewnel glourdis gwerza
vlouftum kaerfum gruxtex graezzur xouskis gwourdex glouxten vlontik grendis gwouxtox dwerda
kraempa kawnel kandex vrolba klaentex xaspex kliwnan dwoftis vintis vrulvel vlixten vlambik
vlolvyr dwympen kwiwnis vlumbel kloumbet vloskum virnet grylvum kraftum grylbet grirzen
kwaelkum gwoulket gwylkel vlaento gwoftur glaendyr vlardur dixtis vongik gwownan vraeskel
xywnox voulvox glispyr kworzex vralben grimbik kloumbur klurdyr vlaembik dampo klyskik velkex
glownox gwompel kwordet kintik kranta
`)

/** Brands of the everyday look-alike mail. */
export const LOOK_STEMS: readonly string[] = words(`
domban kwerzur drengen dulvis kwixtel vrontis vernel gwendur gwenten kreskex kewnex xoundur
kerzet druntox vozzia xaftel vrordik xolkex glourfo vrispis klyrdum vrerzum xextet gaentik
kringur doulken vrampel drolban douzzel dwixtur dwespel xaerzox gwyndel douzzum glespyr dwangum
koxta gwyrdik gyrfen drolbis gaezzex vlulbel dylkan vroumpa kwaespen
`)

/** The organisations themselves (four kinds x seven languages). */
export const ORG_STEMS: readonly string[] = words(`
vrirzis xontia kremba vrurno draxta drantis kraezzia xixtum gaerdex gwanget vlywnur gwaextet
glandox kraelbex kwuspia gloundia xirfur gimbox gurno xungis koungur dyrdex graelvis grirdia
klyntox vuftur vlindet gernen
`)

/** The organisations' tools, directories, portals and suppliers. */
export const TOOL_STEMS: readonly string[] = words(`
draelvan glaspel grombia korfis gloulvum glarnum xilvia vlaelkyr krouspel kyndia dwelkyr kaskia
groungum dwaextox drourdex vloxtex gwomben klewnur durdis krywnum vifto kengyr kwoulvis kwoftur
xaespo grirnis dantur grymbur kwoundum kwaxtet volbur glizzik krixtyr kwoskex grourfik kexto
volkia vlilvum drerdis drardis drarnia gouzzik vempan dolkia vryrzis kourfel kwangan vewnan
draengen klondur kwampum klelvyr gwixtel grilbox xiwnox kraextik kwilka kwento kintum vlaxtox
`)

const HOST_STEMS: readonly string[] = words(`
dwaespis klenten vrurnik vryrnox klirzur vrylbel grumba gramben goxtis kyngel ximpan vaextia
drawnur dwozzel graezzel kirnur klaskur kwordum drorzox vruzzum
`)

export const HELPDESK_SERVICES: readonly string[] = HOST_STEMS.slice(0, 10).map((s) => `${s}desk`)
export const MAILING_SERVICES: readonly string[] = HOST_STEMS.slice(10, 20).map((s) => `${s}mail`)

const TLD: Record<Lang, string> = {
  en: 'co.uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
}

/** Sector words so that estate agents, insurers, car dealers, schools and towns show as such. */
const SECTORS: Record<Lang, readonly string[]> = {
  en: ['Estates', 'Insurance', 'Motors', 'Academy', 'Borough Council', 'Ltd', 'Group', 'Travel'],
  de: ['Immobilien', 'Versicherung', 'Autohaus', 'Schule', 'Gemeinde', 'GmbH', 'Gruppe', 'Reisen'],
  fr: ['Immobilier', 'Assurances', 'Automobiles', 'École', 'Mairie', 'SARL', 'Groupe', 'Voyages'],
  es: ['Inmobiliaria', 'Seguros', 'Motor', 'Colegio', 'Ayuntamiento', 'S.L.', 'Grupo', 'Viajes'],
  pt: [
    'Imobiliária',
    'Seguros',
    'Automóveis',
    'Colégio',
    'Câmara Municipal',
    'Lda',
    'Grupo',
    'Viagens',
  ],
  it: ['Immobiliare', 'Assicurazioni', 'Auto', 'Scuola', 'Comune', 'S.r.l.', 'Gruppo', 'Viaggi'],
  nl: [
    'Makelaardij',
    'Verzekeringen',
    'Autobedrijf',
    'School',
    'Gemeente',
    'B.V.',
    'Groep',
    'Reizen',
  ],
}

export const SECTOR_KEYS = [
  'estate',
  'insurer',
  'cars',
  'school',
  'town',
  'firm',
  'group',
  'travel',
] as const
export type Sector = (typeof SECTOR_KEYS)[number]

export function capital(stem: string): string {
  return stem.charAt(0).toUpperCase() + stem.slice(1)
}

/** A company's display name: the stem and a sector word in its language. */
export function companyName(stem: string, lang: Lang, index: number): string {
  const sector = SECTORS[lang][index % SECTORS[lang].length]!
  const town = sector === SECTORS[lang][4]
  return town ? `${sector} ${capital(stem)}` : `${capital(stem)} ${sector}`
}

export function companyDomain(stem: string, lang: Lang): string {
  return `${stem}.${TLD[lang]}`
}

export function sectorOf(index: number): Sector {
  return SECTOR_KEYS[index % SECTOR_KEYS.length]!
}
