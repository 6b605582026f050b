// 9. App and service notices: terms updated, new features, plan renewal reminder, storage full.
import type { LookClass } from './types.ts'

export const APP_NOTICE: LookClass = {
  name: 'app-notice',
  label: 'ham',
  sender: 'brand',
  brands: ['{Stem}', '{Stem} Cloud', '{Stem} App'],
  locals: ['no-reply', 'updates', 'team'],
  texts: {
    en: [
      [
        "We're updating our Terms of Service",
        "Hi {name},\n\nWe're making some changes to our Terms of Service and Privacy Policy, effective {date}. You don't need to do anything; continuing to use {brand} means you accept the updated terms.\n\nRead the changes: {link}",
      ],
      [
        'Your storage is almost full',
        "You've used 95% of your {brand} storage. Free up space or upgrade to keep syncing photos and files.\n\nManage storage: {link}",
      ],
      [
        'Your plan renews on {date}',
        'Hi {name}, your {brand} Plus plan renews automatically on {date} for {amount}. No action needed. To change plans, visit {link}.\n\nAnd new this month: offline mode and shared folders.',
      ],
    ],
    de: [
      [
        'Aktualisierung unserer Nutzungsbedingungen',
        'Hallo {name},\n\nzum {date} ändern sich unsere AGB und Datenschutzhinweise. Du musst nichts tun. Alle Änderungen im Überblick: {link}',
      ],
      [
        'Dein Speicher ist fast voll',
        'Du nutzt 95 % deines {brand}-Speichers. Gib Platz frei oder wechsle in ein größeres Paket: {link}',
      ],
      [
        'Neu in {brand}: Ordner teilen und Offline-Modus',
        'Hallo {name},\n\nab heute kannst du Ordner mit anderen teilen und Dateien offline verfügbar machen. Dein Abo verlängert sich am {date} um {amount}.\n\nMehr erfahren: {link}',
      ],
    ],
    fr: [
      [
        "Mise à jour de nos conditions d'utilisation",
        "Bonjour {name},\n\nNos conditions d'utilisation et notre politique de confidentialité évoluent à compter du {date}. Aucune action n'est requise.\n\nDétail des changements : {link}",
      ],
      [
        'Votre espace de stockage est presque plein',
        "Vous utilisez 95 % de votre stockage {brand}. Libérez de l'espace ou passez à une offre supérieure : {link}",
      ],
      [
        'Votre abonnement sera renouvelé le {date}',
        'Bonjour {name}, votre abonnement {brand} sera renouvelé automatiquement le {date} pour {amount}. Nouveautés du mois : mode hors ligne et dossiers partagés. {link}',
      ],
    ],
    es: [
      [
        'Actualizamos nuestras condiciones',
        'Hola {name}:\n\nA partir del {date} cambian nuestras condiciones de uso y la política de privacidad. No tienes que hacer nada.\n\nConsulta los cambios: {link}',
      ],
      [
        'Tu almacenamiento está casi lleno',
        'Has usado el 95 % de tu espacio en {brand}. Libera espacio o mejora tu plan: {link}',
      ],
      [
        'Tu plan se renueva el {date}',
        'Hola {name}, tu plan {brand} Plus se renovará el {date} por {amount}. Y este mes estrenamos modo sin conexión. {link}',
      ],
    ],
    pt: [
      [
        'Atualização dos nossos termos',
        'Olá {name},\n\nOs nossos termos de utilização e a política de privacidade mudam a {date}. Não precisa de fazer nada.\n\nVer alterações: {link}',
      ],
      [
        'O seu armazenamento está quase cheio',
        'Já usou 95% do armazenamento {brand}. Liberte espaço ou mude de plano: {link}',
      ],
      [
        'O seu plano renova a {date}',
        'Olá {name}, o seu plano {brand} renova automaticamente a {date} por {amount}. Novidade: modo offline. {link}',
      ],
    ],
    it: [
      [
        'Aggiornamento dei termini di servizio',
        "Ciao {name},\n\ndal {date} cambiano i nostri termini di servizio e l'informativa privacy. Non devi fare nulla.\n\nLeggi le modifiche: {link}",
      ],
      [
        'Il tuo spazio è quasi esaurito',
        'Hai usato il 95% dello spazio {brand}. Libera spazio o passa a un piano superiore: {link}',
      ],
      [
        'Il tuo abbonamento si rinnova il {date}',
        'Ciao {name}, il tuo piano {brand} si rinnoverà automaticamente il {date} a {amount}. Novità: modalità offline. {link}',
      ],
    ],
    nl: [
      [
        'We passen onze voorwaarden aan',
        'Hoi {name},\n\nPer {date} wijzigen onze gebruiksvoorwaarden en ons privacybeleid. Je hoeft niets te doen.\n\nBekijk de wijzigingen: {link}',
      ],
      [
        'Je opslag is bijna vol',
        'Je gebruikt 95% van je {brand}-opslag. Maak ruimte vrij of kies een groter abonnement: {link}',
      ],
      [
        'Je abonnement wordt verlengd op {date}',
        'Hoi {name}, je {brand}-abonnement wordt op {date} automatisch verlengd voor {amount}. Nieuw: offline modus. {link}',
      ],
    ],
  },
}
