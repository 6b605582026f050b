// Class 9: app and service notices (terms updated, new features, plan renewal, storage full).
// Slots {brand} {name} {date} {amount} {link}.
import type { Lang } from '../../types.ts'

export const APP: Record<Lang, readonly string[]> = {
  en: [
    'We’re updating our Terms of Service|Hi {name}, our updated terms take effect on {date}. No action is needed. Read them: {link}',
    'Your storage is 95% full|{brand}: you’re almost out of space. Free some up or upgrade your plan.',
    'Your plan renews on {date}|Your {brand} Plus plan renews for {amount}. Manage your subscription: {link}',
  ],
  de: [
    'Wir aktualisieren unsere AGB|Hallo {name}, die neuen Nutzungsbedingungen gelten ab {date}. Du musst nichts tun. {link}',
    'Dein Speicher ist fast voll|{brand}: 95 % belegt. Schaffe Platz oder wechsle den Tarif.',
    'Dein Abo verlängert sich am {date}|Dein {brand}-Plus-Abo verlängert sich für {amount}. Verwalten: {link}',
  ],
  fr: [
    'Mise à jour de nos conditions d’utilisation|Bonjour {name}, nos nouvelles conditions entrent en vigueur le {date}. Aucune action requise. {link}',
    'Votre stockage est presque plein|{brand} : 95 % utilisés. Libérez de l’espace ou changez d’offre.',
    'Votre abonnement sera renouvelé le {date}|Votre formule {brand} Plus sera renouvelée pour {amount}. Gérer : {link}',
  ],
  es: [
    'Actualizamos nuestras condiciones|Hola {name}, las nuevas condiciones entran en vigor el {date}. No tienes que hacer nada. {link}',
    'Tu almacenamiento está casi lleno|{brand}: has usado el 95 %. Libera espacio o mejora tu plan.',
    'Tu plan se renueva el {date}|Tu plan {brand} Plus se renovará por {amount}. Gestionar: {link}',
  ],
  pt: [
    'Atualizámos os nossos termos|Olá {name}, os novos termos entram em vigor a {date}. Não é preciso fazer nada. {link}',
    'Seu armazenamento está quase cheio|{brand}: 95% usado. Libere espaço ou mude de plano.',
    'Seu plano renova em {date}|Seu plano {brand} Plus será renovado por {amount}. Gerenciar: {link}',
  ],
  it: [
    'Aggiorniamo i nostri termini|Ciao {name}, i nuovi termini entrano in vigore il {date}. Non devi fare nulla. {link}',
    'Il tuo spazio è quasi pieno|{brand}: 95% utilizzato. Libera spazio o passa a un piano superiore.',
    'Il tuo piano si rinnova il {date}|Il piano {brand} Plus si rinnova per {amount}. Gestisci: {link}',
  ],
  nl: [
    'We passen onze voorwaarden aan|Hoi {name}, de nieuwe voorwaarden gelden vanaf {date}. Je hoeft niets te doen. {link}',
    'Je opslag is bijna vol|{brand}: 95% gebruikt. Maak ruimte vrij of kies een groter abonnement.',
    'Je abonnement wordt verlengd op {date}|Je {brand} Plus-abonnement wordt verlengd voor {amount}. Beheren: {link}',
  ],
}
