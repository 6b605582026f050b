// Look-alike texts of one class (service), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const SERVICE: LookTexts = {
  en: [
    [
      'We’re updating our Terms of Service',
      'Hi {first}, from {date} new terms apply to your {brand} account. Nothing changes in how you use it. Read them: {link}',
    ],
    [
      'Your storage is 95% full',
      'You’re almost out of space on {brand}. Free some up or upgrade: {link}',
    ],
    [
      'Your plan renews on {date}',
      'Your {brand} annual plan renews automatically for {amount}. Manage billing: {link}',
    ],
  ],
  de: [
    [
      'Wir aktualisieren unsere AGB',
      'Hallo {first}, ab {date} gelten neue Nutzungsbedingungen für Ihr {brand}-Konto. Lesen: {link}',
    ],
    [
      'Ihr Speicher ist zu 95 % belegt',
      'Bei {brand} wird der Platz knapp. Aufräumen oder upgraden: {link}',
    ],
    [
      'Ihr Abo verlängert sich am {date}',
      'Ihr Jahresabo bei {brand} verlängert sich automatisch für {amount}. Verwalten: {link}',
    ],
  ],
  fr: [
    [
      'Nous mettons à jour nos conditions d’utilisation',
      'Bonjour {first}, à partir du {date}, de nouvelles conditions s’appliquent à votre compte {brand}. Lire : {link}',
    ],
    [
      'Votre espace de stockage est plein à 95 %',
      'Il ne reste presque plus de place sur {brand}. Libérez de l’espace : {link}',
    ],
    [
      'Votre abonnement sera renouvelé le {date}',
      'Votre forfait annuel {brand} sera renouvelé pour {amount}. Gérer : {link}',
    ],
  ],
  es: [
    [
      'Actualizamos nuestras condiciones',
      'Hola {first}, desde el {date} se aplican nuevas condiciones a tu cuenta de {brand}. Leer: {link}',
    ],
    [
      'Tu almacenamiento está al 95 %',
      'Te queda poco espacio en {brand}. Libera espacio o amplía: {link}',
    ],
    [
      'Tu plan se renueva el {date}',
      'Tu plan anual de {brand} se renovará por {amount}. Gestionar: {link}',
    ],
  ],
  pt: [
    [
      'Estamos a atualizar os termos de utilização',
      'Olá {first}, a partir de {date} aplicam-se novos termos à sua conta {brand}. Ler: {link}',
    ],
    [
      'Seu armazenamento está 95% cheio',
      'Está acabando o espaço no {brand}. Libere espaço ou faça upgrade: {link}',
    ],
    [
      'Sua assinatura renova em {date}',
      'Seu plano anual {brand} será renovado por {amount}. Gerenciar: {link}',
    ],
  ],
  it: [
    [
      'Aggiorniamo i termini di servizio',
      'Ciao {first}, dal {date} al tuo account {brand} si applicano nuovi termini. Leggi: {link}',
    ],
    [
      'Lo spazio di archiviazione è pieno al 95%',
      'Su {brand} lo spazio sta finendo. Libera spazio o passa a un piano superiore: {link}',
    ],
    [
      'Il tuo piano si rinnova il {date}',
      'Il piano annuale {brand} si rinnoverà per {amount}. Gestisci: {link}',
    ],
  ],
  nl: [
    [
      'We passen onze voorwaarden aan',
      'Hoi {first}, vanaf {date} gelden nieuwe voorwaarden voor je {brand}-account. Lezen: {link}',
    ],
    ['Je opslag is 95% vol', 'Je ruimte op {brand} raakt op. Ruim op of upgrade: {link}'],
    [
      'Je abonnement wordt verlengd op {date}',
      'Je jaarabonnement bij {brand} wordt verlengd voor {amount}. Beheren: {link}',
    ],
  ],
}
