// More hand-written newsletter confirmations and resets: two per language each.
import type { Wording } from './types.ts'

type Row = readonly [Wording['lang'], string, string]

const SUBSCRIPTION: readonly Row[] = [
  [
    'en',
    '{company}',
    'Yes, I want the newsletter → {link}\nIgnore this mail if you did not sign up; we will not email you again.',
  ],
  [
    'en',
    'Did you just sign up?',
    'Someone entered {email} on our website to receive {company} deals. If that was you, confirm here: {link}',
  ],
  [
    'de',
    '{company}',
    'Ja, ich möchte den Newsletter erhalten → {link}\nNicht angemeldet? Dann einfach ignorieren.',
  ],
  [
    'de',
    'Hast du dich gerade angemeldet?',
    'Jemand hat {email} für die {company}-Angebote eingetragen. Warst du das? Hier bestätigen: {link}',
  ],
  [
    'fr',
    '{company}',
    'Oui, je veux recevoir la newsletter → {link}\nSinon, ignorez simplement ce message.',
  ],
  [
    'fr',
    'Vous venez de vous inscrire ?',
    'L’adresse {email} a été saisie sur notre site pour recevoir les offres {company}. Confirmez ici : {link}',
  ],
  [
    'es',
    '{company}',
    'Sí, quiero recibir el boletín → {link}\nSi no te has apuntado, ignora este mensaje.',
  ],
  [
    'es',
    '¿Te acabas de suscribir?',
    'Alguien ha introducido {email} para recibir ofertas de {company}. Si fuiste tú, confirma: {link}',
  ],
  [
    'pt',
    '{company}',
    'Sim, quero receber a newsletter → {link}\nSe não foi você, ignore este e-mail.',
  ],
  [
    'pt',
    'Acabou de se inscrever?',
    'O endereço {email} foi indicado para receber as ofertas {company}. Confirme aqui: {link}',
  ],
  [
    'it',
    '{company}',
    'Sì, voglio ricevere la newsletter → {link}\nSe non sei stato tu, ignora questa email.',
  ],
  [
    'it',
    'Ti sei appena iscritto?',
    'Qualcuno ha inserito {email} per ricevere le offerte {company}. Se sei tu, conferma: {link}',
  ],
  [
    'nl',
    '{company}',
    'Ja, ik wil de nieuwsbrief ontvangen → {link}\nNiet aangemeld? Negeer dan deze mail.',
  ],
  [
    'nl',
    'Heb je je net aangemeld?',
    'Iemand vulde {email} in voor de aanbiedingen van {company}. Was jij dat? Bevestig: {link}',
  ],
]

const RESET: readonly Row[] = [
  [
    'en',
    '{company} account recovery',
    'A password reset was requested for the account linked to {email}. Use this link within 30 minutes: {link}\nFor your security, this request was logged.',
  ],
  ['en', '{code}', 'Your {company} password reset code.'],
  [
    'de',
    'Kontowiederherstellung {company}',
    'Für das Konto mit {email} wurde ein neues Passwort angefordert. Link (30 Minuten gültig): {link}',
  ],
  ['de', '{code}', 'Ihr Code zum Zurücksetzen des Passworts bei {company}.'],
  [
    'fr',
    'Récupération de compte {company}',
    'Une réinitialisation a été demandée pour le compte lié à {email}. Lien valable 30 minutes : {link}',
  ],
  ['fr', '{code}', 'Votre code de réinitialisation {company}.'],
  [
    'es',
    'Recuperación de cuenta {company}',
    'Se ha solicitado restablecer la contraseña de la cuenta asociada a {email}. Enlace válido 30 minutos: {link}',
  ],
  ['es', '{code}', 'Tu código para restablecer la contraseña de {company}.'],
  [
    'pt',
    'Recuperação de conta {company}',
    'Foi pedida a redefinição da palavra-passe da conta associada a {email}. Ligação válida 30 minutos: {link}',
  ],
  ['pt', '{code}', 'Seu código para redefinir a senha {company}.'],
  [
    'it',
    'Recupero account {company}',
    'È stato richiesto il ripristino della password per l’account associato a {email}. Link valido 30 minuti: {link}',
  ],
  ['it', '{code}', 'Il tuo codice di ripristino password {company}.'],
  [
    'nl',
    'Accountherstel {company}',
    'Er is een nieuw wachtwoord aangevraagd voor het account van {email}. Link 30 minuten geldig: {link}',
  ],
  ['nl', '{code}', 'Je code om je {company}-wachtwoord te herstellen.'],
]

const toWording = ([lang, subject, body]: Row): Wording => ({ lang, subject, body })
export const EXTRA_SUBSCRIPTION: readonly Wording[] = SUBSCRIPTION.map(toWording)
export const EXTRA_RESET: readonly Wording[] = RESET.map(toWording)
