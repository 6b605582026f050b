// Class 8: school, club, council or landlord notices. Slots {brand} {name} {date} {link}.
import type { Lang } from '../../types.ts'

export const NOTICE: Record<Lang, readonly string[]> = {
  en: [
    'Year 5 trip to the science museum|Dear parents, please return the consent form by {date}. The coach leaves at 8:30. {brand} Primary',
    'Water off on {date}|Dear residents, {brand} Lettings will shut off the water between 9am and 1pm for pipe work.',
    'Club AGM and subs reminder|{brand} Rowing Club: the AGM is on {date} in the boathouse. Annual fees are now due.',
  ],
  de: [
    'Elternbrief: Wandertag am {date}|Liebe Eltern, bitte geben Sie die Einverständniserklärung bis Freitag ab. {brand}-Grundschule',
    'Wasserabstellung am {date}|Sehr geehrte Mieter, wegen Arbeiten an den Leitungen wird das Wasser von 9 bis 13 Uhr abgestellt. Hausverwaltung {brand}',
    'Einladung zur Mitgliederversammlung|Der SV {brand} lädt am {date} ins Vereinsheim ein. Mitgliedsbeiträge sind fällig.',
  ],
  fr: [
    'Sortie scolaire au musée le {date}|Chers parents, merci de rendre l’autorisation signée avant vendredi. École {brand}',
    'Coupure d’eau le {date}|Madame, Monsieur, le syndic {brand} vous informe d’une coupure d’eau de 9 h à 13 h.',
    'Assemblée générale du club|Le club {brand} tiendra son AG le {date}. Pensez à renouveler votre cotisation.',
  ],
  es: [
    'Excursión al museo el {date}|Queridas familias, devolved la autorización firmada antes del viernes. Colegio {brand}',
    'Corte de agua el {date}|Estimados vecinos, la administración de fincas {brand} informa de un corte de agua de 9 a 13 h.',
    'Asamblea anual del club|El club {brand} celebra su asamblea el {date}. Recuerda pagar la cuota.',
  ],
  pt: [
    'Visita de estudo a {date}|Caros encarregados de educação, entreguem a autorização assinada até sexta. Escola {brand}',
    'Falta de água no dia {date}|Prezados moradores, o condomínio {brand} informa que a água será cortada das 9h às 13h.',
    'Assembleia geral do clube|O clube {brand} reúne em assembleia a {date}. As quotas estão em pagamento.',
  ],
  it: [
    'Gita scolastica il {date}|Gentili genitori, riconsegnate l’autorizzazione firmata entro venerdì. Scuola {brand}',
    'Sospensione acqua il {date}|Gentili condomini, l’amministrazione {brand} comunica lo stop dell’acqua dalle 9 alle 13.',
    'Assemblea dei soci|La società sportiva {brand} convoca l’assemblea il {date}. Quote associative in scadenza.',
  ],
  nl: [
    'Schoolreis op {date}|Beste ouders, lever het toestemmingsformulier vóór vrijdag in. Basisschool {brand}',
    'Water afgesloten op {date}|Beste bewoners, {brand} Vastgoedbeheer sluit het water af van 9 tot 13 uur.',
    'Algemene ledenvergadering|Vereniging {brand} nodigt je uit op {date}. De contributie is weer verschuldigd.',
  ],
}
