// Invented names of this set: wave companies, the person's providers, look-alike senders and the
// hosted services. Stems come from invented syllables starting with C, F, K, V or Y, kept only
// when no word of an earlier set's names begins them or is begun by them (the unit test checks).
import type { Lang } from '../types.ts'

function words(text: string): readonly string[] {
  return text.split(/\s+/u).filter(Boolean)
}

/** Companies whose open forms the attacker uses. */
export const STEMS: readonly string[] = words(`
  croglix vraldys causka floffira fluxix vrauglo ceurtak coxet creuxen crerkak ceskok fyambix
  kailvum vavnane yaunvo virzak kaldum kairzeth kreglur vezzet velko cainvur fyspil viskiq
  vudrira veuska creunvur veglet claldum kyoyrzys clildeth fyigliq faindok feffiq yeuffa
  clauglo fleffys kroylkys koyffak krilkix kyilkova fyagla clethil flaivnen flalkum floyrtet
  credrum yauskiq cluzzil faispum kyombira folkak cranviq flyffo kroyska kyirzeth culkys
  cradrira fyerka ceuthak floxova claixeth feudra craudriq ketha kaiskira caidret voyndo
  kexok cligleth clatheth kyaxiq kredreth crondane kaimben claundak fyuspeth vrauffak keuvnum
  fyilket yinvur veldiq yothira vrelvix fyespova kyuspira yoythak yaudren krurzur fleuzzo
  felkur farkane foyrtane fedrum cilkys fyrzen vaffiq fliskix kertum vrartix fyimba clymbur
  causkix foymbiq yaizzet ciskys vraundo funvet vrexur vraizzur kylkane keglys kyuzzo kilketh
  vroyffak cyspova krumbova kreudrur flurkak claudrys clainvok vavnil clumbix faskane kranvum
  causpa kaurtet vyxys kraffo crivnira krerta flaimbiq fildil veunvira cudrix yaithira vidrum
  fyalkok yoynvane feuthix yaffen fleuglix cloytha fenvet yaulkil fumbil floygliq krerkil
  yaildeth fauspova kyuthil kruzzys flelviq kiffok crozzova kivnira yoynviq kendix flaffix
  crundo vixiq fluskak cluthur vyskix feuldix kryffen veulveth kavnys yauffo vryxak krarkys
  clauxova fyalkane kyerkil flaunda vrozzo clymbo voyspiq yauspiq flylvira vairkak cloglo
  cospiq cryzza cortok faglak kirtane kaulvys kyovnet crorkys
`)

/** The person's providers, one per sector (see stories.ts). */
export const PROVIDER_STEMS: readonly string[] = words(`
  cloyffum fyrzix feffira foglix kyulkil fosken cylkane kyovno croythil cauffok cylvet
  vimbane crauthys virten
`)

/** Senders of the look-alike mail (banks, shops, lists, vendors). */
export const LOOK_STEMS: readonly string[] = words(`
  koymben vrenvova fyaildil yeglo kauxet kraitho fleuxo fyevnys vreumbix croyspix krambys
  kartane cospak kyorzum kraiskiq krulkil fleuspil vroldok canveth caurka kryspet kyumbiq
  crauzzen cedrum krodrira casken yeulvil fluvna clozzok krertum clildil fyilveth cexix
  keudrum yaitho veskil kolkur crezzok kyolden yaxur fospum vriffeth caizziq yelvur cespys
  kyorzur flaimbum kailven flosketh crondix clispeth yartiq clyndys yundix koyvnira krisket
  cydren fixok codrane foyrzo
`)

/** Hosted helpdesk and mailing services, invented. */
export const HOST_STEMS: readonly string[] = words(`
  faithix fiskane kroyldix flelkys flalko kyoymben caulvet fuvnok
`)
export const HELPDESK_SERVICES: readonly string[] = HOST_STEMS.slice(0, 4).map((s) => `${s}desk`)
export const MAILING_SERVICES: readonly string[] = HOST_STEMS.slice(4, 8).map((s) => `${s}mail`)

export const TLD: Record<Lang, string> = {
  en: 'co.uk',
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

/** "Kailvum" or "Kailvum Bank": a company's display name, with its sector word if any. */
export function companyName(stem: string, sector = ''): string {
  return sector ? `${capital(stem)} ${sector}` : capital(stem)
}

/** The company's own domain: the stem and sector word run together, on the language's TLD. */
export function companyDomain(stem: string, lang: Lang, sector = ''): string {
  return `${stem}${sector.toLowerCase().replace(/[^a-z]/gu, '')}.${lang === 'en' ? 'com' : TLD[lang]}`
}
