// Every company, provider, service and host name of the forty-second set. The stems are invented
// syllables (D, G, M, P or Z first), kept only when no word of an earlier set's names begins them
// or is begun by them (checked by test/unit/eval-forty-second.test.ts), so no set shares a sender.
import type { Lang } from '../types.ts'

const words = (text: string): readonly string[] => text.trim().split(/\s+/u)

/** Wave and small-attack companies (each scenario draws its own, none twice). */
export const STEMS: readonly string[] = words(`
myltan plornar plezzo darko drixor zraspo plespa zixow mlornix zlambow dluzzix zluffo plispik
dlyffow prubrar plenket pleltea pothow dlyspan mynkow zlyska mryrgel grozzo dylvix drandow
dlilvel genket ganthor mrumbo mobrik puffix pelten plaffen drintho zankly zriskik glurnis
pozzet dloltix grurget zrenthan golva grunken gronthan munkar dryspar grexow miltly mlyskik
zizzen mrothly paltan pombik mrimbet moskis grorkly molvor gribror gunkar diffar dryrko gonka
gurnis pibrik pryskix zesply prondix mylva zrulma glilvum drynkly priltan meltet zluskly mergo
grergly prylten dlarna gluspan zlalvel prezzea zenkow grulmix zaspis zlombor gryskix mranthea
pithen drospar zrazzet miffik prinkix polvan grarnet glithik drymbik glaspea zrervis graskar
graltan dyndor zonkum mlulma dithix dosko zreffel grozzix prelmum mryrgar zliskel drendo pizzea
globrly mlondix zlirnan giffar prirvan porvum glyrvly guxea zeffly grezza mlixis glethum
grankow glinkix myffar gymbow plaspix dlubren dlaffan mrybro golmis grothor zolmow grorvor
prambet plulven zethly mrondik dlargly glambow moffum prandea zralmel dytho glembly zlurvo
preffik prulmis zlasket dlaltis groffan gruffen dlanthum mlaspo mlornen zrarna pleskis zrinda
dralvet galmar mroskel zlornar grispo mrurnet gryspum mlozzan pelmik dendar pindel mrirnow
zlynkel glozzea plornen dlervea dyrvum grilvel pluspor mlarva zyndea mrerno prurgor zlythor
myffum mleltor zlyxea zrixet murkow pynkik zlyrven mraskan mlynken pronkow grendan glarvar
mrirgix zraltix mlosket zyxow dozzik zilvo mlyrkum peffis zrimbel pleskel mlozzar pramben
plaxea mothet gibrea pulvar dlarnen zylvik plurgum dluskel mirgix dlernar pluffen dlentha
dynkow daxor mlybrar dlombo gliffik dlaspan prandly zaspea prylvow dribrix glelvar mluskar
gruxly girkow drospet mumbow pubran pergik dinkik pliltum
`)

/** Look-alike senders: newsletters, vendors, colleagues' tools, lists. */
export const LOOK_STEMS: readonly string[] = words(`
plusket dlexis grorgan zraskea plimbis detha mlozzea zrispar dloltly mlargix zrispix glondis
plitho mrilmea zlibris drenthix mlalvum glulven mlexen gleltik paspea drelvar prynket zrimbum
glarvet duzzo zrysko zlibrar zriffix gryltel plorvum grynkar mrilvet mlernel mruxis drylva
pargor mrisko pronthum plernen plaspar debrly mlurnix mranko prargan plilvow zluxea mlonkan
genthar zirgly
`)

/** The person's real providers: mailbox, bank, card, shop, carrier, airline, employer, school. */
export const PROVIDER_STEMS: readonly string[] = words(`
zlonthum deffan prerkix prolten pibren mlybris draspar plirgum grorkel memban zorkix plyspum
plambel dondum dluspum zergea zruxor grozzan dombo pynthix githar mrexis prombik monken dlembix
dleskik drerkik mondix grabrar zlernar
`)

/** The services of the person's own sign-ups (large bursts and ordinary ones). */
export const OWN_STEMS: readonly string[] = words(`
gluthen dlylmen drizzix mruffix zibrow malmel praxa dyndar grenthis plynthum prylmel pylvis
meskow grornow zrymbet plurvar zimbet zurgum gritha mriltea mospea pirnik plothum grombel
zleffel zryrgar gruzzet zultea zryrvea pumbo zruskar zilto prospor myffea pilvan mrando mrorkis
purvix grenkel graspis zorgel mribra zreltly zixen zrynthum grombar zathet gonthly proxow
zlirget zlimba gliffa grarnly zundea prarno mumben zlyzzor zultet pondor grandet mispik zrirnis
glylvar zrolvet grazzix gontha zlaltix zryrkor mrithow pultix zlurgow zuffea driffis plinkor
zyzzum zlozzly gyffar gebror dribrel penthix griltow plornet menkor glambor mlespow zriffan
zlorkan dlergan zrilven glethet zurnel mlolmix guxel pramban mluxor zrospea galmel mlaltan
merven gibren
`)

/** Invented hosted services: four helpdesks, four mailing services. */
export const HOST_STEMS: readonly string[] = words(`
zeffix morgix zlurnen panthly pruskix zralven prervly graltly
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

/** A company's display name: the stem alone or with a trade word (never part of the stem). */
export function companyName(stem: string, trade = ''): string {
  return trade ? `${capital(stem)} ${trade}` : capital(stem)
}

export function companyDomain(stem: string, lang: Lang): string {
  return `${stem}.${TLD[lang]}`
}

/** The mailbox provider every person of the set uses (its security mail is important). */
export const MAILBOX_STEM = PROVIDER_STEMS[0]!
