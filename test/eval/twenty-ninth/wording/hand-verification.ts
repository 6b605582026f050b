// Hand-written "verify your email" / "activate your account" mails in companies' own words.
import type { Hand } from './types.ts'

export const HAND_VERIFICATION: readonly Hand[] = [
  [
    'en',
    'One click to finish setting up {c}',
    'Hi {p},\n\nYou’re nearly in. Tap the button to prove this address is yours:\n{link}\n\nThe link stops working in 48 hours.',
  ],
  [
    'en',
    'Verify your email',
    '{p}, please confirm your email for your new {c} account: {link}\n\nDidn’t sign up? You can ignore this.',
  ],
  [
    'de',
    'Nur noch ein Klick, {p}',
    'Willkommen bei {c}!\n\nBestätige bitte deine E-Mail-Adresse, damit wir dein Konto freischalten können:\n{link}\n\nDer Link gilt 24 Stunden.',
  ],
  [
    'de',
    'Aktivierung Ihres Kundenkontos',
    'Guten Tag {p},\n\nvielen Dank für Ihre Registrierung bei {c}. Bitte aktivieren Sie Ihr Kundenkonto über folgenden Link: {link}',
  ],
  [
    'fr',
    'Activez votre compte {c}',
    'Bonjour {p},\n\nil ne reste qu’une étape : cliquez ici pour activer votre compte.\n{link}\n\nÀ très vite !',
  ],
  [
    'fr',
    'Vérification de votre adresse e-mail',
    'Bonjour {p}, confirmez que cette adresse vous appartient pour terminer votre inscription chez {c} : {link}',
  ],
  [
    'es',
    'Confirma tu correo, {p}',
    '¡Bienvenido/a a {c}!\n\nPara terminar el registro, confirma tu dirección de correo:\n{link}\n\nEl enlace caduca en 24 horas.',
  ],
  [
    'es',
    'Active su cuenta de cliente',
    'Estimado/a {p}:\n\nhemos recibido su alta en {c}. Para activar la cuenta pulse aquí: {link}',
  ],
  [
    'pt',
    'Ative a sua conta {c}',
    'Olá {p},\n\nfalta pouco! Confirme o seu endereço de e-mail para ativar a conta:\n{link}',
  ],
  [
    'pt',
    'Confirme seu e-mail para começar',
    'Oi {p}, que bom ter você na {c}! Toque no link para confirmar seu e-mail: {link}',
  ],
  [
    'it',
    'Attiva il tuo account {c}',
    'Ciao {p},\n\nci sei quasi! Conferma il tuo indirizzo email per attivare l’account:\n{link}',
  ],
  [
    'it',
    'Verifica indirizzo email',
    'Gentile {p}, per completare la registrazione a {c} verifichi il suo indirizzo: {link}',
  ],
  [
    'nl',
    'Activeer je account bij {c}',
    'Hoi {p},\n\nbijna klaar! Bevestig je e-mailadres om je account te activeren:\n{link}',
  ],
  [
    'nl',
    'Bevestig uw e-mailadres',
    'Beste {p}, bedankt voor uw registratie bij {c}. Bevestig uw e-mailadres via {link}.',
  ],
]
