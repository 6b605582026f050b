// Invented company, service and host stems of the thirty-ninth set: syllables starting with D, G,
// K, V or X, kept only when no word of an earlier set's names begins them or is begun by them
// (checked by test/unit/eval-thirty-ninth.test.ts against every earlier set's companies.ts).
import type { Lang } from '../types.ts'

const words = (text: string): readonly string[] => text.trim().split(/\s+/u)

/** Companies whose open web forms the waves go through. */
export const STEMS: readonly string[] = words(`
daundax xubryrn xaulvira xuphulm kuglion xeilvarn veirzion vodrarn dymbarn xibrub diquaz
keindyrn vuquund kylkax vyndarn vombish kuskion voznova delkax gaxtique kilkyrn veirzumo
xilkund geisnub deglost xaquett karzund keiskub xurzumo xarbova kasnyrn gaxtix gibrax vitlix
vaudrek dondox dembund kiglix gyzzax xiskix vauthion xyznish gyglira dilvova dophix kulkish
xaxtund xequel davlund dyrzish dendeth xezzost keiffett vaulkub gyvlulm vendund kidrulm
gezzira xyphova xaurzion kimbost geimbion vembion kevlion xyglett gervumo xovlek gethel
kulkion xylkox kodrish vauquyrn gibrix goxtost kandion kizzyrn dandumo vyquaz gyrvyrn
vivlyrn xeimbyrn xurzax geirbund xabrumo gyskub gytharn vaundax kerbira gequaz vadreth
xauffund gyrbost vambek kerzund keizzett gathion xiquix vyzzub geimbox xeizzel xeglax dylkaz
kerbique varzost xauffova xauglish garzova kaurvulm vauznub xuffique vivleth vervax gaurzumo
kylkira kembox xelvund dirvel daquel geirvaz korzel xylvox gyrvox vyphost diznund goquek
goznix kytlion vymbique xeikrulm giskira dithett xiffique vedrova kembub garvarn vaubrox
keirvira dondett veizzyrn vuthett kazzumo keirbyrn vyvlix xyrvique xodrion gaulvub vorvund
veffeth geirvira veirvique gauphaz vorzund kauthost keindeth gysnarn voznulm xethett geglish
keibrund xauquulm kysnox kasnaz kurzaz dauznub keffumo xethek geznion gubrel xyndulm keskumo
kuphek vauthett daxtax keffova duquira xyndek vebrett kiquira goskulm gaquaz kitleth xazzyrn
giquox geikrion dautlyrn dytlish xeindaz duphyrn verzund xyznique gaskova duvlax dysnyrn
xysnix keivleth xeiskish vorbion xebrova korbaz xysnel
`)

/** Brands of the look-alike mail (shops, banks, colleagues' firms, vendors). */
export const LOOK_STEMS: readonly string[] = words(`
gesnax geisnax vauxtub karzax dukrox xauvlek vutlost durvish xoskel vausnarn galvyrn xeibraz
dephyrn guquub gorbix xorvund gabrel virzion gerzova gorbax vyrvyrn kibrox koskique kezzish
keiznax kindox koxtova xaxtox xuskix gaurvion giquumo delvax koxtulm kuskub geidrox dazzova
veimbish gathix veilvost kurzek duffix xauvlumo darbix duphek dathund kirveth gaurzira
kondax vophix xauskek kauskub gotlion dikraz xydreth vuthel vyrveth xauzzira gauzzax
vaurbira kuglost xolvix dedryrn dylketh xerzique gedrira xervett keisnova gyxtub dedrox
xirvique xilkova xeigleth dythek vyvlel xyphulm virvyrn kirzek xuthek vithox dethova
gauglund gibrub dilvira vevlique kiznumo duffub veirbish kembish gophost gezzel
`)

/** Services the personas sign up at and the tools that send their everyday streams. */
export const SERVICE_STEMS: readonly string[] = words(`
dendel xaubrarn vendek vozzax vytlulm dirvulm delketh xuffeth veitlaz keitlumo dausnique
kyrvett gyvlyrn xaubryrn xivlulm vembira dausnish xeilkox keixtova xeimbix gembax xaffost
kiphish girbund karbox xeskix kovlova vaulkarn gaskund dalvish vaglulm xobrique vondira
divleth goskel vitlova geixtax vendax garbyrn gykreth kuglumo vyglund gorveth debrira
kabrulm geimbira voffox vaxtax kikrira doznax xeimbaz geffix vauvlox vorbulm doxtira gobrek
kauznox geimbix giffumo xudrarn gythett vaznaz gykrox vaulkulm kyznost goffund dobrox
gumbarn kothion giznix gaskix kauglost kirbique katlira gethub xaundulm deznek xauskost
kagleth didrique kaumbova gabreth xauzzix kyrzumo vandel kyxtax deffek gaubrost xovlyrn
volvost dosneth kulkund daugleth dautlix xulvova vixtish votheth vembund gavlost xykraz
`)

const HOST_STEMS = words(`
gobrel gythyrn gorvion gedrumo delkox vuxtova kevlyrn dabrost dindira gylvira diphira
vymbova velvel xabrund xykrub gymbub xyffeth vausnek gauzzett geiphub
`)

/** Invented hosted helpdesks (`<slug>.<stem>desk.com`) and mailing platforms (`<stem>mail.net`). */
export const HELPDESK_SERVICES: readonly string[] = HOST_STEMS.slice(0, 8).map((s) => `${s}desk`)
export const MAILING_SERVICES: readonly string[] = HOST_STEMS.slice(8, 16).map((s) => `${s}mail`)

const TLD: Record<Lang, string> = {
  en: 'com',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'com.br',
  it: 'it',
  nl: 'nl',
}

const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['', ' Ltd', ' App', ' Inc.'],
  de: ['', ' GmbH', ' App', ' AG'],
  fr: ['', ' SAS', ' App', ''],
  es: ['', ' S.L.', ' App', ''],
  pt: ['', ' Ltda', ' App', ''],
  it: ['', ' S.r.l.', ' App', ''],
  nl: ['', ' B.V.', ' App', ''],
}

export function capital(stem: string): string {
  return stem.charAt(0).toUpperCase() + stem.slice(1)
}

export function companyName(stem: string, lang: Lang, index: number): string {
  const list = SUFFIX[lang]
  return `${capital(stem)}${list[index % list.length]}`
}

export function companyDomain(stem: string, lang: Lang): string {
  return `${stem}.${TLD[lang]}`
}
