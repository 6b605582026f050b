// Hand-written password reset and sign-in link mails, each a company's own wording. `subject|body`.
import type { Lang } from '../../types.ts'

export const RESET: Record<Lang, readonly string[]> = {
  en: [
    'Reset your {company} password|Hi {name},\nWe got a request to reset your password. Choose a new one here: {link}\nThe link is valid for 1 hour. Didn’t ask? Your password stays the same.',
    'Your sign-in link|Click to sign in to {company}: {link}\nThis link expires in 10 minutes and can be used once.',
    'Password help|Forgot your password? It happens. Use code {code} to set a new one. — {company}',
  ],
  de: [
    'Passwort zurücksetzen bei {company}|Hallo {name},\nwir haben eine Anfrage zum Zurücksetzen deines Passworts erhalten. Neues Passwort festlegen: {link}\nDer Link ist eine Stunde gültig.',
    'Dein Anmeldelink|Hier klicken, um dich bei {company} anzumelden: {link}\nDer Link verfällt in 10 Minuten.',
    'Passwort vergessen?|Kein Problem. Ihr Code lautet {code}. Ihr {company} Kundenservice',
  ],
  fr: [
    'Réinitialisez votre mot de passe {company}|Bonjour {name},\nNous avons reçu une demande de réinitialisation. Choisissez un nouveau mot de passe : {link}\nLe lien est valable 1 heure.',
    'Votre lien de connexion|Cliquez pour vous connecter à {company} : {link}\nCe lien expire dans 10 minutes.',
    'Mot de passe oublié ?|Pas de souci. Votre code : {code}. — {company}',
  ],
  es: [
    'Restablece tu contraseña de {company}|Hola {name}:\nHemos recibido una solicitud para restablecer tu contraseña. Elige una nueva aquí: {link}\nEl enlace vale durante 1 hora.',
    'Tu enlace para iniciar sesión|Haz clic para entrar en {company}: {link}\nCaduca en 10 minutos.',
    '¿Olvidaste tu contraseña?|Sin problema. Tu código es {code}. — {company}',
    'Solicitud de cambio de contraseña|Estimado/a {name}:\nHemos recibido una petición para cambiar la contraseña de su cuenta en {company}. Si ha sido usted, use este enlace: {link}',
  ],
  pt: [
    'Redefina a sua palavra-passe {company}|Olá {name},\nRecebemos um pedido para repor a sua palavra-passe. Escolha uma nova aqui: {link}\nA ligação é válida durante 1 hora.',
    'Seu link de acesso|Clique para entrar na {company}: {link}\nO link expira em 10 minutos.',
    'Esqueceu a senha?|Sem problemas. Seu código é {code}. — {company}',
    'Pedido de reposição de senha|Olá {name},\nRecebemos um pedido de alteração de senha para a sua conta {company}. Se foi o próprio, use esta ligação: {link}\nSe não pediu nada, ignore esta mensagem.',
  ],
  it: [
    'Reimposta la password di {company}|Ciao {name},\nabbiamo ricevuto una richiesta di reimpostazione della password. Scegline una nuova qui: {link}\nIl link è valido 1 ora.',
    'Il tuo link di accesso|Clicca per accedere a {company}: {link}\nIl link scade tra 10 minuti.',
    'Password dimenticata?|Nessun problema. Il tuo codice è {code}. — {company}',
    'Richiesta di modifica password|Gentile {name},\nabbiamo ricevuto una richiesta di modifica della password del suo account {company}. Se è stato lei, usi questo link: {link}',
  ],
  nl: [
    'Stel je wachtwoord opnieuw in bij {company}|Hoi {name},\nWe kregen een verzoek om je wachtwoord te resetten. Kies hier een nieuw: {link}\nDe link is 1 uur geldig.',
    'Je inloglink|Klik om in te loggen bij {company}: {link}\nDeze link verloopt over 10 minuten.',
    'Wachtwoord vergeten?|Geen probleem. Je code is {code}. — {company}',
    'Aanvraag nieuw wachtwoord|Beste {name},\nWe ontvingen een aanvraag om het wachtwoord van uw {company}-account te wijzigen. Was u dit? Gebruik dan deze link: {link}',
  ],
}
