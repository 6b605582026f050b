// Company, brand and service names of the thirty-sixth set. Every stem is invented from syllables
// (B, P, T, Z first) and was kept only when no word of an earlier set's names begins it or is begun
// by it (checked by a throwaway script that printed names only, and again by the unit test).
import type { Lang } from '../types.ts'

function words(text: string): readonly string[] {
  return text.split(/\s+/u).filter(Boolean)
}

/** Companies whose forms the waves abuse: up to 150 in one wave. */
export const STEMS: readonly string[] = words(`
  bloudus zelvak zwumou zoken blorkum pluskaux plorkum blokas zwonteik pludun budeirek brabeim
  pruloum zwozan poulifu pogam trondil troupou padida bontunte prifanun peifu zouzes tronor
  pruskoul tutoun zouvefei traladix prouzul brudazar ploskoko tonoutul trefeir toupeis zwofi
  pukei taundo zwatau tikou brulvin zwobaux bromoun trouraur bevum plendaun brunaun bouski perkou
  zabir tefoux pleindes traudein prepek blavol bleipul zoume piboum bunex tuzes peinutox prisek
  prubaul bleibu braumil plebok bandamim zekol blabouk blozedox bradoul zwapebir touzou preimor
  plibim blopul produlil teskeim bendux zounugus bunauk beino trarein boufaun pobontal brotam
  pizudour zweindou beilve pleipo trazedo pubudom trozomil paumax beigal prupiren prutapuk
  tepeisuk taulvoux brabauro zourkon toulvein penum zulvon pufim bolimir brataur blausex zwobi
  pruntaul plupex borkisum zwiskol brevom britular plauteir beiskal trumbum poukar zwimaur prumi
  zimuveik blentek brinte pradouk plouskul pakei binimus preiral zwobel tilvuk touskim bosurox
  taufaux tulufauk treipen plontose zwomour poroskik proudol preivus tovobeix trourker takam
  zwoumoul zweina tefoulak zwovosar padom preskir prauke boundoux trondem bepebaum tauba pauskur
  bogouzo piderka ploloul blouruk zounda tasun beigi bambor tradirei blisken blofe prafelou
  trolan brurkouk teintos treigu brapes bintem pligex trukik prunter zwapar tragur treizu bavosim
`)

/** Brands of the look-alikes and of the shops, venues and carriers of the person's own bursts. */
export const LOOK_STEMS: readonly string[] = words(`
  zeipau pomeibei teikak talaur prounal plesaux zwenam bromizou pourkaux zoulveis blifoul zaugos
  prumboum plufil badon blorkar tomouk plizadem prumbaul brouskik zworkis zauveir blukeimo
  plisalox paunis bruvex blalvaul braulal brouzan brukil bolux tisuskou trousol bleikix zouvikei
  bousal bodeisin poreikim tevidei breigus tredebim bounousu pindouk trifok traukun zweidoul
  tinter perkox poteigam zentatak prouzi blountex tukei plafabix zibem truvaton plidux pokeim
  bloulen trapek plemifex zeitoux brauve blaufik zamem zwauzar basau tipuvon braskul trauskak
  temes traunaux plirkux preilago brevises zeisa zwaudu zwoulvu pufounen zwuzeik trundou tovokar
  boundom blauntur zubibor prileim broubam bantaux pevaux treke zauliguk plaugen zweifepe
  zopaufir poular zwunis zeigel zodoubim brizauk pokogum plupufik preibu pimbauk zwibazan treigir
  turiseis blilau zambox tretau zeskimer
`)

/** Hosted helpdesk and mailing services (invented): the first ten desks, the next ten mailers. */
export const HOST_STEMS: readonly string[] = words(`
  pauki zimodeim togil braupauk pouki zwibum prubim brupis plagal prigiza peisovin pirkaur
  blikoux buzaurim poupadi zwilau piforas tisifax zoulugik breigau
`)

export const HELPDESK_SERVICES: readonly string[] = HOST_STEMS.slice(0, 10).map((s) => `${s}desk`)
export const MAILING_SERVICES: readonly string[] = HOST_STEMS.slice(10, 20).map((s) => `${s}mail`)

const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'de', 'at'],
  fr: ['fr', 'fr', 'com'],
  es: ['es', 'es', 'com'],
  pt: ['pt', 'com.br', 'pt'],
  it: ['it', 'it', 'com'],
  nl: ['nl', 'nl', 'be'],
}

/** What a company's name adds to its stem, so one wave reads as many unrelated businesses. */
const SECTORS: Record<Lang, readonly string[]> = {
  en: [
    '',
    'Outdoor',
    'Home',
    'Travel',
    'Studio',
    'Labs',
    'Energy',
    'Insurance',
    'Books',
    'Fitness',
  ],
  de: ['', 'Reisen', 'Versand', 'Möbel', 'Energie', 'Versicherung', 'Sport', 'Technik', 'Verlag'],
  fr: ['', 'Voyages', 'Maison', 'Assurances', 'Énergie', 'Sport', 'Librairie', 'Optique'],
  es: ['', 'Viajes', 'Hogar', 'Seguros', 'Energía', 'Deportes', 'Moda', 'Óptica'],
  pt: ['', 'Viagens', 'Casa', 'Seguros', 'Energia', 'Desporto', 'Moda', 'Livraria'],
  it: ['', 'Viaggi', 'Casa', 'Assicurazioni', 'Energia', 'Sport', 'Moda', 'Ottica'],
  nl: ['', 'Reizen', 'Wonen', 'Verzekeringen', 'Energie', 'Sport', 'Mode', 'Boeken'],
}

export function capital(stem: string): string {
  return stem.charAt(0).toUpperCase() + stem.slice(1)
}

/** A company's shown name: the stem, and for some a sector word of its language. */
export function companyName(stem: string, lang: Lang, index: number): string {
  const sector = SECTORS[lang][index % SECTORS[lang].length]!
  return sector ? `${capital(stem)} ${sector}` : capital(stem)
}

export function companyDomain(stem: string, lang: Lang, index: number): string {
  const tlds = TLD[lang]
  return `${stem}.${tlds[index % tlds.length]!}`
}
