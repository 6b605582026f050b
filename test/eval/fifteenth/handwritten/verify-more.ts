// More hand-written verification / welcome mails (see verify.ts).
import type { Written } from './text.ts'

export const VERIFY_MORE: readonly Written[] = [
  ['en', '{c}', 'Tap to verify → {l}'],
  [
    'en',
    'Your new account needs one thing',
    'Hello {n}, your {c} login is ready but locked until you prove this address is real. It takes two seconds.',
  ],
  [
    'en',
    'Let’s get you set up 🛠️',
    'Welcome to the {c} community, {n}! Step 1: confirm your email. Step 2: pick your interests. Step 3: enjoy.',
  ],
  [
    'en',
    'Registration pending',
    'Your registration reference is {r}. Until the address is confirmed we cannot process orders for this account.\n\n{c} plc, registered in England and Wales no. 08812231. VAT GB 331 2278 90.',
  ],
  [
    'de',
    'Zugang anlegen: Bestätigung nötig',
    'Guten Tag {n}, Ihr Kundenkonto bei {c} ist angelegt, aber noch gesperrt. Mit einem Klick schalten Sie es frei.',
  ],
  [
    'de',
    'Willkommen an Bord 👋',
    'Schritt 1: Adresse bestätigen. Schritt 2: Profil ausfüllen. Schritt 3: loslegen!',
  ],
  ['de', '{c}', 'Konto aktivieren → {l}'],
  [
    'de',
    'Ihre Registrierungsnummer {r}',
    'Bis zur Bestätigung Ihrer Adresse können wir keine Bestellungen für dieses Konto annehmen.',
  ],
  [
    'fr',
    'Votre compte vous attend',
    "Bonjour {n}, votre compte {c} est créé mais verrouillé tant que l'adresse n'est pas confirmée.",
  ],
  [
    'fr',
    'On commence ? 🛠️',
    "Étape 1 : confirmer l'e-mail. Étape 2 : compléter le profil. Étape 3 : profiter !",
  ],
  ['fr', '{c}', 'Valider mon compte → {l}'],
  [
    'fr',
    'Welcome! Confirmez votre adresse',
    'Pour des raisons de sécurité, les comptes non confirmés sous 7 jours sont supprimés.',
  ],
  [
    'es',
    'Tu cuenta te está esperando',
    'Hola {n}, tu cuenta de {c} ya existe pero está bloqueada hasta que confirmes la dirección.',
  ],
  [
    'es',
    '¿Empezamos? 🛠️',
    'Paso 1: confirmar el correo. Paso 2: completar el perfil. Paso 3: ¡a disfrutar!',
  ],
  ['es', '{c}', 'Verificar cuenta → {l}'],
  [
    'es',
    'Welcome – confirme su correo',
    'Por seguridad, eliminamos las cuentas no verificadas en siete días.',
  ],
  [
    'pt',
    'A sua conta está à espera',
    'Olá {n}, a sua conta {c} foi criada mas fica bloqueada até confirmar o endereço.',
  ],
  [
    'pt',
    'Bora começar? 🛠️',
    'Passo 1: confirmar o e-mail. Passo 2: completar o perfil. Passo 3: aproveitar!',
  ],
  ['pt', '{c}', 'Verificar conta → {l}'],
  [
    'pt',
    'Welcome – confirme o seu e-mail',
    'Por segurança, contas não verificadas em sete dias são apagadas.',
  ],
  [
    'it',
    'Il tuo account ti aspetta',
    'Ciao {n}, il tuo account {c} esiste già ma resta bloccato finché non confermi l’indirizzo.',
  ],
  [
    'it',
    'Si parte? 🛠️',
    'Passo 1: conferma l’email. Passo 2: completa il profilo. Passo 3: goditela!',
  ],
  ['it', '{c}', 'Verifica account → {l}'],
  [
    'it',
    'Welcome – conferma la tua email',
    'Per sicurezza eliminiamo gli account non verificati entro sette giorni.',
  ],
  [
    'nl',
    'Je account wacht op je',
    'Hoi {n}, je {c}-account bestaat al maar blijft vergrendeld tot je het adres bevestigt.',
  ],
  [
    'nl',
    'Zullen we beginnen? 🛠️',
    'Stap 1: e-mail bevestigen. Stap 2: profiel invullen. Stap 3: genieten!',
  ],
  ['nl', '{c}', 'Account verifiëren → {l}'],
  [
    'nl',
    'Welcome – bevestig je e-mail',
    'Om veiligheidsredenen verwijderen we niet-geverifieerde accounts na zeven dagen.',
  ],
]
