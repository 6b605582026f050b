// Hand-written account verification / activation mails, each a company's own wording and voice.
// Slots: {company} {name} {link} {code}. Texts are `subject|body`.
import type { Lang } from '../../types.ts'

export const VERIFY: Record<Lang, readonly string[]> = {
  en: [
    'Activate your {company} account|Hi {name},\nYou’re one click away from your new account. Activate it here: {link}\nIf you didn’t sign up, you can safely ignore this email.',
    'Your verification code is {code}|Enter {code} on the sign-up page to verify your email address. The code expires in 15 minutes.\n{company}',
    'Verify your email 🎉|Welcome aboard, {name}! Please confirm {email} so we know where to send your order updates. {link}',
  ],
  de: [
    'Bitte aktiviere dein Konto bei {company}|Hallo {name},\nnur noch ein Schritt: Klicke auf den Link, um dein Kundenkonto zu aktivieren.\n{link}\nDu hast dich nicht registriert? Dann ignoriere diese Nachricht.',
    'Ihr Bestätigungscode: {code}|Guten Tag {name},\ngeben Sie den Code {code} ein, um Ihre E-Mail-Adresse zu bestätigen. Er ist 30 Minuten gültig.\nIhr {company}-Team',
    '{company}|Willkommen! Bestätige jetzt deine E-Mail-Adresse: {link}',
  ],
  fr: [
    'Activez votre compte {company}|Bonjour {name},\nIl ne reste qu’une étape : cliquez sur le lien pour activer votre compte client.\n{link}\nVous n’êtes pas à l’origine de cette inscription ? Ignorez cet e-mail.',
    'Votre code de vérification : {code}|Saisissez le code {code} pour confirmer votre adresse e-mail. Il est valable 10 minutes.\n{company}',
    'Bienvenue {name} 👋|Confirmez votre adresse pour profiter de votre compte {company} : {link}',
  ],
  es: [
    'Activa tu cuenta de {company}|Hola {name}:\nYa casi está. Haz clic en el enlace para activar tu cuenta:\n{link}\nSi no te has registrado, ignora este correo.',
    'Código de verificación: {code}|Introduce el código {code} para verificar tu correo electrónico. Caduca en 15 minutos.\n{company}',
    '¡Bienvenido/a a {company}!|Confirma tu email para terminar el alta: {link}',
    'Confirma tu dirección de correo electrónico|Estimado/a {name}:\nPara terminar de registrarse en {company}, confirme su dirección en este enlace: {link}\nValidez: 48 horas.',
  ],
  pt: [
    'Ative a sua conta {company}|Olá {name},\nFalta só um passo: clique na ligação para ativar a sua conta.\n{link}\nSe não se registou, ignore este e-mail.',
    'Seu código de verificação é {code}|Use o código {code} para confirmar seu e-mail. Ele vale por 15 minutos.\n{company}',
    'Confirme seu cadastro na {company}|Oi {name}! Para concluir seu cadastro, confirme seu e-mail: {link}',
    'Confirme o seu endereço de e-mail|Caro(a) {name},\nPara concluir o registo na {company}, confirme o seu endereço através da ligação: {link}\nA ligação é válida durante 48 horas.',
  ],
  it: [
    'Attiva il tuo account {company}|Ciao {name},\nmanca solo un passaggio: clicca sul link per attivare il tuo account.\n{link}\nSe non ti sei registrato, ignora questa email.',
    'Il tuo codice di verifica: {code}|Inserisci il codice {code} per verificare il tuo indirizzo email. Scade tra 10 minuti.\n{company}',
    'Benvenuto in {company}!|Conferma la tua email per completare la registrazione: {link}',
    'Conferma il tuo indirizzo email|Gentile {name},\nper completare la registrazione su {company} confermi il suo indirizzo tramite questo link: {link}\nValido 48 ore.',
  ],
  nl: [
    'Activeer je account bij {company}|Hoi {name},\nNog één stap: klik op de link om je account te activeren.\n{link}\nNiet aangemeld? Negeer deze e-mail dan.',
    'Je verificatiecode: {code}|Vul code {code} in om je e-mailadres te bevestigen. De code is 15 minuten geldig.\n{company}',
    'Welkom bij {company}!|Bevestig je e-mailadres om je registratie af te ronden: {link}',
    'Bevestig uw e-mailadres|Beste {name},\nOm uw registratie bij {company} af te ronden, bevestigt u uw adres via deze link: {link}\nGeldig gedurende 48 uur.',
  ],
}
