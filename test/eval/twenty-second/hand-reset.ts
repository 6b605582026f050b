// Hand-written in-house password reset and sign-in code mails, three per language.
import { hands } from './wording.ts'

export const HAND_RESET = [
  ...hands('en', [
    'Reset your {company} password | Hi {name}, we got a request to reset the password for {email}. Choose a new one here: {link} // The link expires in 30 minutes. Didn’t ask? You can ignore this.',
    '{code} is your {company} login code | Use it to sign in. It expires in 10 minutes. Never share this code with anyone.',
    'Password help from {company} | Forgot your password? It happens. Set a new one: {link}',
  ]),
  ...hands('de', [
    'Passwort zurücksetzen | Hallo {name}, für dein {company}-Konto wurde ein neues Passwort angefordert. Hier kannst du es festlegen: {link} // Warst du das nicht? Dann ignoriere diese E-Mail.',
    'Ihr Anmeldecode: {code} | Guten Tag, Ihr einmaliger Code für {company} lautet {code}. Er verfällt nach 10 Minuten.',
    'Neues Passwort für {company} | Sehr geehrte/r {name}, // Sie haben die Funktion „Passwort vergessen“ genutzt. Über diesen Link vergeben Sie ein neues Passwort: {link}',
  ]),
  ...hands('fr', [
    'Réinitialisation de votre mot de passe | Bonjour {name}, vous avez demandé à changer votre mot de passe {company}. Cliquez ici : {link} (valable 1 heure).',
    'Votre code de connexion {company} | Voici votre code : {code}. Ne le communiquez à personne.',
    'Mot de passe oublié ? | Pas de panique, {name} : choisis un nouveau mot de passe ici {link}. Si ce n’est pas toi, ignore ce mail.',
  ]),
  ...hands('es', [
    'Restablece tu contraseña | Hola {name}, hemos recibido una petición para cambiar la contraseña de tu cuenta {company}. Hazlo aquí: {link}',
    'Código de acceso {company}: {code} | Usa este código para iniciar sesión. Caduca en 5 minutos.',
    'Solicitud de nueva contraseña | Estimado/a {name}: hemos registrado una solicitud de cambio de contraseña. Si fue usted, continúe en {link}. Si no, no haga nada.',
  ]),
  ...hands('pt', [
    'Redefinição de senha | Oi {name}, recebemos uma solicitação para trocar a senha da sua conta {company}. Crie uma nova aqui: {link}',
    'O seu código {company}: {code} | Utilize este código para iniciar sessão. Expira em 10 minutos.',
    'Pedido de reposição da palavra-passe | Caro(a) {name}, recebemos um pedido para repor a palavra-passe. Se foi o próprio, siga a ligação: {link}',
  ]),
  ...hands('it', [
    'Reimposta la tua password | Ciao {name}, abbiamo ricevuto una richiesta di cambio password per il tuo account {company}. Procedi qui: {link}',
    '{code} è il tuo codice di accesso | Usa questo codice per entrare in {company}. Scade tra 10 minuti.',
    'Recupero credenziali | Gentile {name}, è pervenuta una domanda di ripristino della password. Se l’ha inoltrata Lei, prosegua: {link}',
  ]),
  ...hands('nl', [
    'Stel je wachtwoord opnieuw in | Hoi {name}, we kregen een verzoek om het wachtwoord van je {company}-account te wijzigen: {link}',
    'Je inlogcode: {code} | Gebruik deze code om in te loggen bij {company}. Geldig voor 10 minuten.',
    'Wachtwoord vergeten? | Beste {name}, er is een aanvraag binnengekomen voor een nieuw wachtwoord. Was u dit? Ga dan verder via {link}',
  ]),
]
