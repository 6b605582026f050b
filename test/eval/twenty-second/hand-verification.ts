// Hand-written in-house account verification / activation mails, three per language.
import { hands } from './wording.ts'

export const HAND_VERIFICATION = [
  ...hands('en', [
    'One more step, {name} | Tap the button to confirm {email} belongs to you and finish setting up your {company} account: {link} // This link stops working in 24 hours.',
    'Your {company} code: {code} | Enter {code} in the sign-up window to verify your email. Didn’t sign up? Ignore this message; no account will be created.',
    'Welcome aboard – please verify | Hey {name}! Great to have you at {company}. Before you dive in, confirm your address here: {link} // Cheers, the {company} crew',
  ]),
  ...hands('de', [
    'Bitte bestätige deine E-Mail-Adresse | Hallo {name}, fast geschafft! Bestätige jetzt deine Adresse, um dein {company}-Konto freizuschalten: {link}',
    'Ihr Bestätigungscode für {company} | Guten Tag {name}, // Ihr Code lautet {code}. Er ist 15 Minuten gültig. // Falls Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.',
    'Aktivierung Ihres Kundenkontos | Sehr geehrte/r {name}, // um die Registrierung bei {company} abzuschließen, klicken Sie bitte auf folgenden Link: // {link} // Ihr {company}-Team',
  ]),
  ...hands('fr', [
    'Confirmez votre adresse e-mail | Bonjour {name}, pour activer votre compte {company}, cliquez ici : {link}. Ce lien expire dans 24 heures.',
    '{code} est votre code {company} | Saisissez ce code pour valider votre inscription. Vous n’êtes pas à l’origine de cette demande ? Ignorez ce message.',
    'Bienvenue chez {company} 🎉 | Salut {name} ! Il ne te reste qu’à confirmer ton e-mail : {link} // À très vite !',
  ]),
  ...hands('es', [
    'Activa tu cuenta en {company} | Hola {name}, ya casi está. Confirma tu correo en este enlace para empezar: {link}',
    'Tu código de verificación: {code} | Estimado/a {name}, introduzca el código {code} para completar el alta en {company}. Caduca en 10 minutos.',
    '¡Bienvenido/a, {name}! | Gracias por registrarte en {company}. Solo falta un clic para verificar tu email: {link} // Si no has sido tú, no hagas nada.',
  ]),
  ...hands('pt', [
    'Confirme seu cadastro na {company} | Oi {name}! Falta pouco: clique no link para confirmar seu e-mail e ativar a conta: {link}',
    'Código de verificação {code} | Olá {name}, utilize o código {code} para concluir o registo na {company}. Válido durante 15 minutos.',
    'Ative a sua conta | Caro(a) {name}, obrigado pelo seu registo. Para ativar a conta {company}, confirme o endereço de e-mail: {link}',
  ]),
  ...hands('it', [
    'Conferma il tuo indirizzo email | Ciao {name}, manca solo un passo: conferma l’indirizzo per attivare il tuo account {company}. {link}',
    'Il tuo codice {company} è {code} | Inserisci il codice nella pagina di registrazione. Se non hai richiesto un account, ignora questo messaggio.',
    'Attivazione account | Gentile {name}, // grazie per la registrazione a {company}. Per completarla clicchi sul collegamento seguente entro 48 ore: {link}',
  ]),
  ...hands('nl', [
    'Bevestig je e-mailadres | Hoi {name}, klik op de link om je {company}-account te activeren: {link}',
    'Je verificatiecode is {code} | Vul {code} in om je registratie bij {company} af te ronden. De code verloopt over 10 minuten.',
    'Welkom bij {company}! | Beste {name}, // Wat leuk dat je een account hebt aangemaakt. Bevestig eerst je e-mailadres: {link} // Groeten, team {company}',
  ]),
]
