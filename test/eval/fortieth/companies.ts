// Invented names for this set: company stems (B, H, J, Q or W first), brands of look-alike mail,
// persona services and the hosts of invented helpdesk and mailing services. Each stem was drawn
// from invented syllables and kept only when no word of an earlier set's names begins it or is
// begun by it (checked by the unit test).
import type { Lang } from '../types.ts'

const words = (text: string): readonly string[] => text.trim().split(/\s+/u)

export const STEMS: readonly string[] = words(`
qyzmax qalvast qurnax qyrket qixlen qelmine qoskine jyndine quskir qesket qevreld jumbran
wumbret warqen warqor qovrush qympul warnine qandir quvran qyndror wavrova qerkir weskeld
quzmeld qarqeld welmush qurqim wimpan qympeld jylmax qoltek wervul qombret qezmir welmos
juxlush qimpim walvul wandreld qendrush qolmek werveld hulkim qoftush qymbran jornast wambrim
hyskul jurnos warkos wempos jindrir weften wendir warvor wirqax wurqan jiltova jelkul jyrnan
qundrova jarvet hyndir hyzren wulmek juskek hyrnir hyltush qimpir wempush jornet jozrine
wuvros wundeld jaxlova qavror jiftos worqush jaltan qirqush hyvror qulmen qaskeld jyftova
jiskan hyvren walveld qumbros jovrine jyndan qorken joftine hyndim hyrqeld wundrir jozmul
wirkim hylkek byvreld hivran burkine jaltine qulvova jaftul qyndush bazrush bimpul qandim
qavren hiftan birkax balkast bambrast baskan qirqos wirvast hymbrek walkir wympen bizrir
barvan hirnax juftim bolkir wurnul wylmen himpen wezren woftax woxlen hixlast bandrim
jazmir bultos jymbrim bylkor jondet horvova berqim wyndet jampan jylmet jendor wernim
bazmor qerkim qombrast qiftet qolvir jixlul wyzran qolmova buftor wyrkul buvren jernor
jarvax qampos wilvush hilkush byxlek wambrir jarnek hyrqul bulvet wuzrush juzrir qezreld
werkan qazren byrnek hozrir byrvet qurvir qolket julven hyften jylkir jerqos birqek
qarveld wozrax wiftul qilkeld wonden wevror wasken jaxlek wurqine jimpek jezrast quvrine
jalman wolkul workova qalmos boftova wymbros bympine byftul jilmova wylmor hiftine qelkor
holmul wundrim jympet bolveld hixlet bivrim beftan byzmim wuskan qiltir wyndast burnir
wornen wazrova qyrqova jorvir wuvrush qymbrine qivrast jundos qalmush jafteld hyzman qyvrir
hivrine hympush qyzrir wyzrine hirqir jorkeld wylten jezret jilket qyrvova juvrim
`)

/** Brands of the everyday look-alike mail (shops, banks, tools, people's lists). */
export const LOOK_STEMS: readonly string[] = words(`
bulkek javreld jervos worqos harnen haxlor huzmush harqush qambrova qoxlul jornax bazros
qurkeld buxlim bandrir qarkan qyrqek wizrul jexlor jondrek qurnet welvet birkast jyrnine
hoskek qorqine qylmul haltir haxlen bervir jazrul bilteld wulvir jorqir jernen byxlova
wiskast jalmine walmet jelkeld wulkast hilkos qelvos hampir berqir wyskir harqos qendek
wilvos horkax bulvax havret hirqim qendova biftim jervush woftast jambror hondush qolkast
wyndax byrqast wozmek werqeld havrax jempim bindush wondrine hozrim jympast buzror jozran
juvrir hondos buskeld qilkul jondax bendrek hylvax qandrax bimpeld hyxlir jempir byltan
jiftush jenden qundax barkor bendet harkek
`)

/** The personas' own services: clients, shops, platforms, tools. */
export const PERSONA_STEMS: readonly string[] = words(`
baxleld bylvos jezmek qyxlush jerqush qulvek jylvul bindos wurvine halkul bizmast jeftax
warkush jirneld bexlast jylveld jyvrek jeftast juzrim wizmim jendrine bozmos jarqax hendul
qozmen wuskine bimbrine jandrush holtul qarvul wirqet qarnim byndros qiskos qindor hembrast
bolmax waltet jyzrek hyxlim qeftul qempine wyrvim byrqet buvror hozmet wulvim jevret byzrul
jimbrax juskova woxlor jarnova jalken jymbrir jurqek birnush qilmir qindran wymbrush qyndos
horvek quskim bylman hurvor bimbran jultul jurvova bexlet byrqax
`)

/** Hosts of the invented services: the first six helpdesks, the next six mailing services. */
export const HOST_STEMS: readonly string[] = words(`
hembrax jezrax wurkor joltor hyndrast qorvan wimpine qombrax qumbrush wiltan hirnet hultet
`)
export const HELPDESK_SERVICES: readonly string[] = HOST_STEMS.slice(0, 6).map((s) => `${s}desk`)
export const MAILING_SERVICES: readonly string[] = HOST_STEMS.slice(6, 12).map((s) => `${s}mail`)

const SECTORS: Record<Lang, readonly string[]> = {
  en: ['Travel', 'Home', 'Sports', 'Software', 'Insurance', 'Fashion', 'Bikes', 'Garden'],
  de: ['Reisen', 'Wohnen', 'Sport', 'Software', 'Versicherung', 'Mode', 'Fahrrad', 'Garten'],
  fr: ['Voyages', 'Maison', 'Sport', 'Logiciels', 'Assurances', 'Mode', 'Vélos', 'Jardin'],
  es: ['Viajes', 'Hogar', 'Deportes', 'Software', 'Seguros', 'Moda', 'Bicis', 'Jardín'],
  pt: ['Viagens', 'Casa', 'Desporto', 'Software', 'Seguros', 'Moda', 'Bicicletas', 'Jardim'],
  it: ['Viaggi', 'Casa', 'Sport', 'Software', 'Assicurazioni', 'Moda', 'Bici', 'Giardino'],
  nl: ['Reizen', 'Wonen', 'Sport', 'Software', 'Verzekeringen', 'Mode', 'Fietsen', 'Tuin'],
}

const TLD: Record<Lang, string> = {
  en: 'com',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
}

export function capital(stem: string): string {
  return stem.charAt(0).toUpperCase() + stem.slice(1)
}

/** A company: a stem and a sector; the sector word makes one stem serve several companies. */
export function companyName(stem: string, lang: Lang, sector: number): string {
  return `${capital(stem)} ${SECTORS[lang][sector % SECTORS[lang].length]!}`
}

export function companyDomain(stem: string, lang: Lang, sector: number): string {
  const slug = SECTORS.en[sector % SECTORS.en.length]!.toLowerCase()
  return `${stem}-${slug}.${TLD[lang]}`
}

export function brandDomain(stem: string, lang: Lang): string {
  return `${stem}.${TLD[lang]}`
}
