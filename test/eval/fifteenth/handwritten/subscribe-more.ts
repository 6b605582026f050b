// More hand-written subscription confirmations (see subscribe.ts).
import type { Written } from './text.ts'

export const SUBSCRIBE_MORE: readonly Written[] = [
  ['en', '{c}', 'Yes, add me → {l}'],
  [
    'en',
    'Quick question before we write to you',
    'Do you really want the {c} digest in your inbox every Sunday? If so, say yes with the button; if not, we’ll stay quiet.',
  ],
  [
    'en',
    'You’re on the waitlist — confirm your spot',
    'Thanks {n}! Confirm your email and we’ll tell you the moment {c} opens its doors.',
  ],
  [
    'en',
    'Confirm your alert preferences',
    'You asked for price-drop alerts from {c}. Alerts start once this address is confirmed.\n\nManage preferences · Privacy policy · {c}, PO Box 4410, Bristol',
  ],
  ['de', '{c}', 'Ja, ich will den Newsletter → {l}'],
  [
    'de',
    'Kurze Frage, bevor wir schreiben',
    'Möchtest du wirklich jeden Sonntag Post von {c}? Dann sag Ja per Knopfdruck, ansonsten hörst du nichts mehr von uns.',
  ],
  [
    'de',
    'Sie stehen auf der Warteliste',
    'Danke {n}! Bestätigen Sie Ihre Adresse, dann informieren wir Sie, sobald {c} startet.',
  ],
  [
    'de',
    'Preisalarm bestätigen',
    'Sie haben einen Preisalarm angelegt. Benachrichtigungen erhalten Sie erst nach Bestätigung dieser Adresse.',
  ],
  ['fr', '{c}', 'Oui, je veux la lettre → {l}'],
  [
    'fr',
    'Petite question avant de vous écrire',
    'Souhaitez-vous vraiment recevoir le récap de {c} chaque dimanche ? Si oui, dites-le d’un clic.',
  ],
  [
    'fr',
    "Vous êtes sur la liste d'attente",
    "Merci {n} ! Confirmez votre e-mail et on vous prévient dès l'ouverture de {c}.",
  ],
  [
    'fr',
    'Confirm your alerts / Confirmez vos alertes',
    'Vos alertes prix ne partiront qu’après confirmation de cette adresse.',
  ],
  ['es', '{c}', 'Sí, apúntame → {l}'],
  [
    'es',
    'Una pregunta antes de escribirte',
    '¿De verdad quieres el resumen de {c} cada domingo? Si es así, dínoslo con un clic.',
  ],
  [
    'es',
    'Estás en la lista de espera',
    '¡Gracias {n}! Confirma tu correo y te avisaremos en cuanto abra {c}.',
  ],
  [
    'es',
    'Confirm your alerts',
    'Tus alertas de precio solo se activarán cuando confirmes esta dirección.',
  ],
  ['pt', '{c}', 'Sim, quero receber → {l}'],
  [
    'pt',
    'Uma pergunta antes de escrevermos',
    'Quer mesmo receber o resumo da {c} todos os domingos? Se sim, diga-nos com um clique.',
  ],
  [
    'pt',
    'Está na lista de espera',
    'Obrigado {n}! Confirme o e-mail e avisamos assim que a {c} abrir.',
  ],
  [
    'pt',
    'Confirm your alerts',
    'Os alertas de preço só começam depois de confirmar este endereço.',
  ],
  ['it', '{c}', 'Sì, iscrivimi → {l}'],
  [
    'it',
    'Una domanda prima di scriverti',
    'Vuoi davvero il riepilogo di {c} ogni domenica? Se sì, dillo con un clic.',
  ],
  ['it', "Sei in lista d'attesa", "Grazie {n}! Conferma l'email e ti avviseremo appena {c} apre."],
  [
    'it',
    'Confirm your alerts',
    'Gli avvisi di prezzo partono solo dopo la conferma di questo indirizzo.',
  ],
  ['nl', '{c}', 'Ja, schrijf me in → {l}'],
  [
    'nl',
    'Even een vraag voordat we mailen',
    'Wil je echt elke zondag het overzicht van {c}? Zo ja, laat het weten met één klik.',
  ],
  [
    'nl',
    'Je staat op de wachtlijst',
    'Dank je {n}! Bevestig je e-mail en we laten het weten zodra {c} opengaat.',
  ],
  ['nl', 'Confirm your alerts', 'Je prijsalerts gaan pas lopen als dit adres bevestigd is.'],
]
