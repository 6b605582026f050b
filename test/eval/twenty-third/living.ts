// The person keeps living during a wave: a colleague's question before it, the person's reply
// during it (sent folder) and the colleague's answer a few minutes later.
import type { Lang } from '../types.ts'

/** [colleague's question, person's reply, colleague's answer]: "subject | body". */
export const THREAD: Record<Lang, readonly [string, string, string]> = {
  en: [
    'Slides for Thursday | Hi {name}, could you send me the latest deck before lunch tomorrow? {other}',
    'Re: Slides for Thursday | Sure, attached. Shout if anything’s off. {name}',
    'Re: Slides for Thursday | Perfect, thanks! {other}',
  ],
  de: [
    'Folien für Donnerstag | Hallo {name}, schickst du mir bis morgen Mittag die aktuelle Version? {other}',
    'AW: Folien für Donnerstag | Klar, anbei. Sag Bescheid, wenn was fehlt. {name}',
    'AW: Folien für Donnerstag | Super, danke dir! {other}',
  ],
  fr: [
    'Slides pour jeudi | Salut {name}, tu peux m’envoyer la dernière version avant demain midi ? {other}',
    'RE: Slides pour jeudi | Bien sûr, en pièce jointe. Dis-moi s’il manque quelque chose. {name}',
    'RE: Slides pour jeudi | Parfait, merci ! {other}',
  ],
  es: [
    'Diapositivas del jueves | Hola {name}, ¿me pasas la última versión antes de mañana a mediodía? {other}',
    'RE: Diapositivas del jueves | Claro, te la adjunto. Dime si falta algo. {name}',
    'RE: Diapositivas del jueves | ¡Perfecto, gracias! {other}',
  ],
  pt: [
    'Apresentação de quinta | Olá {name}, podes enviar-me a última versão até amanhã ao almoço? {other}',
    'RE: Apresentação de quinta | Claro, segue em anexo. Diz se faltar algo. {name}',
    'RE: Apresentação de quinta | Perfeito, obrigado! {other}',
  ],
  it: [
    'Slide per giovedì | Ciao {name}, mi mandi l’ultima versione entro domani a pranzo? {other}',
    'R: Slide per giovedì | Certo, in allegato. Dimmi se manca qualcosa. {name}',
    'R: Slide per giovedì | Perfetto, grazie! {other}',
  ],
  nl: [
    'Slides voor donderdag | Hoi {name}, kun je me de laatste versie sturen vóór morgenmiddag? {other}',
    'Re: Slides voor donderdag | Zeker, zie bijlage. Laat weten als er iets mist. {name}',
    'Re: Slides voor donderdag | Top, dank je! {other}',
  ],
}
