// Hand-written password-reset, sign-in link and one-time code mails nobody asked for, each
// company in its own words (no product default): first line subject, then body. Slots: {name},
// {link}, {code}, {company}, {domain}, {email}.
import type { Lang } from '../../types.ts'

export const RESET_TEXTS: Record<Lang, readonly string[]> = {
  en: [
    "Reset your password\nHi {name},\n\nWe got a request to reset the password for your {company} account. Choose a new one here:\n\n{link}\n\nIf you didn't ask, ignore this email; your password stays the same.",
    'Your sign-in code: {code}\nUse {code} to sign in to {company}. It expires in 5 minutes. Never share this code with anyone, including our staff.',
    'Your link to {company}\nHere is the magic link you asked for. It works once and only for the next 15 minutes.\n\n{link}',
    "Forgot your password? It happens 🙈\nNo worries, {name}. Tap below to pick a new password and you'll be back in no time.\n\n{link}",
    '{code}\n{code} is your one-time passcode for {company}.',
    'Password assistance\nDear customer,\n\nA password reset was requested for the account associated with {email}. For your security, the link below is valid for one hour and can be used only once.\n\n{link}\n\nIf you did not make this request, please contact our security team at security@{domain}. Please do not reply to this automatically generated message.\n\n{company} Financial Services Ltd is authorised and regulated by the Financial Conduct Authority (FRN 000000).',
  ],
  de: [
    'Passwort zurücksetzen\nHallo {name},\n\nfür dein Konto bei {company} wurde ein neues Passwort angefordert. Hier kannst du es festlegen:\n\n{link}\n\nWarst du das nicht? Dann bleibt einfach alles, wie es ist.',
    'Ihr Anmeldecode lautet {code}\nGuten Tag,\n\nbitte geben Sie den Code {code} ein, um sich bei {company} anzumelden. Der Code ist fünf Minuten gültig. Geben Sie ihn niemals an Dritte weiter – auch nicht an unsere Mitarbeiter.',
    'Dein Login-Link für {company}\nKlick einfach auf den Link, und du bist drin. Er funktioniert nur einmal. 🔑\n{link}',
    'Neues Passwort anfordern – Sicherheitshinweis\nSehr geehrte Kundin, sehr geehrter Kunde,\n\nes wurde eine Zurücksetzung des Kennworts für den Zugang {email} beantragt. Aus Sicherheitsgründen ist der folgende Link nur 60 Minuten gültig:\n{link}\n\nHaben Sie diese Anforderung nicht gestellt, wenden Sie sich bitte umgehend an unseren Kundenservice.\n\n{company} AG · Vorstand: Dr. K. Brandt · Aufsichtsratsvorsitzender: H. Lenz · Sitz: Frankfurt am Main · HRB 00000',
    '{code}\nDein Einmalcode für {company}.',
    'Passwort vergessen?\nKein Problem! Über diesen Link vergibst du ein neues: {link}\n{company}',
  ],
  fr: [
    "Réinitialisation de votre mot de passe\nBonjour {name},\n\nUne demande de réinitialisation du mot de passe de votre compte {company} a été effectuée. Pour choisir un nouveau mot de passe, cliquez ici :\n\n{link}\n\nSi vous n'avez rien demandé, vous pouvez ignorer ce message en toute sécurité.",
    'Votre code de connexion : {code}\nUtilisez {code} pour vous connecter à {company}. Il expire dans 5 minutes. Ne le communiquez jamais, même à nos conseillers.',
    "Ton lien de connexion ✨\nSalut ! Voici ton lien pour te connecter à {company}, valable un quart d'heure : {link}",
    'Mot de passe oublié ?\nÇa arrive à tout le monde 😉 Choisis-en un nouveau ici : {link}\n\n{company}',
    '{code}\nCode à usage unique {company}.',
    "Demande de modification de vos identifiants\nMadame, Monsieur,\n\nNous avons reçu une demande de modification du mot de passe associé à l'identifiant {email}. Ce lien sécurisé expirera dans une heure :\n{link}\n\nSi vous n'êtes pas à l'origine de cette demande, contactez immédiatement notre service sécurité.\n\n{company} – Société anonyme à directoire et conseil de surveillance – Établissement de paiement agréé par l'ACPR.",
  ],
  es: [
    'Restablece tu contraseña\nHola {name}:\n\nAlguien ha pedido cambiar la contraseña de tu cuenta de {company}. Si fuiste tú, elige una nueva aquí:\n\n{link}\n\nSi no, ignora este mensaje y todo seguirá igual.',
    'Su código de acceso es {code}\nEstimado cliente: introduzca {code} para acceder a {company}. Caduca en 5 minutos. Nunca comparta este código con nadie.',
    'Tu enlace para entrar en {company}\n¡Hola! Aquí tienes tu enlace mágico ✨ Solo sirve una vez: {link}',
    '¿Has olvidado tu contraseña?\nTranqui, {name}. Crea una nueva desde aquí: {link}',
    '{code}\nCódigo de un solo uso de {company}.',
    'Solicitud de cambio de clave\nEstimado/a cliente/a:\n\nHemos recibido una solicitud para restablecer la clave de acceso asociada a {email}. Por su seguridad, el enlace caducará en 60 minutos:\n{link}\n\nSi no ha realizado esta solicitud, póngase en contacto con nosotros de inmediato.\n\n{company} S.A. – Entidad supervisada por el Banco de España – CIF A00000000.',
  ],
  pt: [
    'Redefinir a sua palavra-passe\nOlá {name},\n\nRecebemos um pedido para redefinir a palavra-passe da sua conta {company}. Para escolher uma nova, clique aqui:\n\n{link}\n\nSe não fez este pedido, ignore este e-mail.',
    'Seu código de acesso: {code}\nUse {code} para entrar na {company}. Ele expira em 5 minutos. Nunca compartilhe este código.',
    'Seu link para entrar na {company}\nOi! Aqui está seu link de acesso, válido por 15 minutos 🔐 {link}',
    'Esqueceu a senha?\nRelaxa, {name}! Cria uma nova por aqui: {link}',
    '{code}\nCódigo único {company}.',
    'Pedido de alteração de credenciais\nExmo.(a) Cliente,\n\nFoi solicitada a redefinição da palavra-passe associada a {email}. Por motivos de segurança, a ligação abaixo expira dentro de uma hora:\n{link}\n\nSe não reconhece este pedido, contacte de imediato a nossa linha de apoio.\n\n{company}, S.A. – Instituição de pagamento registada no Banco de Portugal sob o n.º 0000.',
  ],
  it: [
    'Reimposta la tua password\nCiao {name},\n\nabbiamo ricevuto una richiesta di reimpostazione della password del tuo account {company}. Scegline una nuova qui:\n\n{link}\n\nNon hai chiesto nulla? Allora la tua password resta quella di prima.',
    'Il suo codice di accesso è {code}\nGentile cliente, inserisca {code} per accedere a {company}. Scade tra 5 minuti. Non lo comunichi mai a nessuno.',
    'Il tuo link per entrare in {company}\nEcco il tuo link magico ✨ Vale una sola volta: {link}',
    'Password dimenticata?\nNessun problema, {name}! Creane una nuova da qui: {link}',
    '{code}\nCodice monouso {company}.',
    "Richiesta di modifica delle credenziali\nGentile cliente,\n\nè stata richiesta la reimpostazione della password associata a {email}. Per motivi di sicurezza il collegamento scade tra un'ora:\n{link}\n\nSe non ha effettuato lei la richiesta, contatti subito il nostro servizio clienti.\n\n{company} S.p.A. – Iscritta all'Albo degli Istituti di Pagamento – P.IVA 00000000000.",
  ],
  nl: [
    'Stel je wachtwoord opnieuw in\nHoi {name},\n\nWe hebben een verzoek ontvangen om het wachtwoord van je {company}-account te wijzigen. Kies hier een nieuw wachtwoord:\n\n{link}\n\nHeb je dit niet aangevraagd? Dan kun je deze e-mail negeren.',
    'Uw inlogcode is {code}\nBeste klant, voer {code} in om in te loggen bij {company}. De code verloopt over 5 minuten. Deel deze code nooit.',
    'Je inloglink voor {company}\nHier is je link, hij werkt één keer ✨ {link}',
    'Wachtwoord vergeten?\nGeen zorgen, {name}! Maak hier een nieuw wachtwoord aan: {link}',
    '{code}\nEenmalige code {company}.',
    'Verzoek tot wijziging van uw inloggegevens\nGeachte klant,\n\nEr is verzocht het wachtwoord behorend bij {email} opnieuw in te stellen. Om veiligheidsredenen verloopt onderstaande link na één uur:\n{link}\n\nHeeft u dit niet aangevraagd? Neem dan direct contact op met onze klantenservice.\n\n{company} N.V. – Geregistreerd bij De Nederlandsche Bank – KvK 00000000.',
  ],
}
