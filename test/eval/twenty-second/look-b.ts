// Look-alike texts: out-of-office replies to the person's own mail ({subj} is the subject the
// person sent), and codes / resets the person asked for.
import type { LookTexts } from './look-types.ts'

export const OUT_OF_OFFICE: LookTexts = {
  en: [
    'Automatic reply: {subj} | Thanks for your email. I am out of the office until {day} with limited access to email. For urgent matters please contact the front desk.',
    'Out of Office: {subj} | Hi, I’m on leave this week and will reply when I’m back on {day}.',
    'Auto: {subj} | I’m travelling and checking mail only in the evenings. Expect a slower answer than usual.',
  ],
  de: [
    'Automatische Antwort: {subj} | Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {day} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Vertretung.',
    'Abwesenheitsnotiz: {subj} | Hallo, ich bin im Urlaub und ab {day} wieder erreichbar.',
    'AW: {subj} (abwesend) | Ich bin heute auf einer Schulung und lese meine E-Mails erst morgen.',
  ],
  fr: [
    'Réponse automatique : {subj} | Bonjour, je suis absent(e) jusqu’au {day}. Pour toute urgence, merci de contacter l’accueil.',
    'Absence du bureau : {subj} | Je suis en congés et traiterai votre message à mon retour le {day}.',
    'Absent : {subj} | En déplacement cette semaine, je réponds le soir uniquement.',
  ],
  es: [
    'Respuesta automática: {subj} | Gracias por tu correo. Estoy fuera de la oficina hasta el {day}. Para temas urgentes escribe a recepción.',
    'Fuera de la oficina: {subj} | Estoy de vacaciones y responderé a mi vuelta el {day}.',
    'Ausente: {subj} | Estoy de viaje y solo leo el correo por la noche.',
  ],
  pt: [
    'Resposta automática: {subj} | Obrigado pelo seu e-mail. Estou ausente do escritório até {day}. Para assuntos urgentes contacte a receção.',
    'Fora do escritório: {subj} | Estou de férias e respondo quando voltar, no dia {day}.',
    'Ausente: {subj} | Estou em viagem e só leio e-mails à noite.',
  ],
  it: [
    'Risposta automatica: {subj} | Grazie per la mail. Sono fuori ufficio fino al {day}. Per urgenze contattare la segreteria.',
    'Fuori sede: {subj} | Sono in ferie e risponderò al rientro, il {day}.',
    'Assente: {subj} | Sono in trasferta e leggo la posta solo la sera.',
  ],
  nl: [
    'Automatisch antwoord: {subj} | Bedankt voor je bericht. Ik ben tot en met {day} afwezig. Voor dringende zaken kun je de receptie bellen.',
    'Afwezig: {subj} | Ik ben op vakantie en reageer na mijn terugkomst op {day}.',
    'Niet op kantoor: {subj} | Ik zit deze week op een beurs en lees mijn mail alleen ’s avonds.',
  ],
}

export const CODE: LookTexts = {
  en: [
    '{code} is your {brand} sign-in code | You requested a code to sign in from Firefox on Windows. It expires in 10 minutes. If this wasn’t you, change your password.',
    'Your sign-in link | Click to sign in to {brand}: {link} // This link was requested from a Safari browser on iPhone and works once, for 15 minutes.',
    'Reset your {brand} password | You asked to reset your password a moment ago from Chrome on macOS. Choose a new one: {link} (valid for 1 hour).',
  ],
  de: [
    'Dein Anmeldecode: {code} | Du hast gerade in Chrome unter Windows einen Code angefordert. Er ist 10 Minuten gültig.',
    'Dein Anmeldelink für {brand} | Mit diesem Link meldest du dich an: {link} // Angefordert von Firefox auf Linux, gültig für 15 Minuten.',
    '{brand}: Passwort zurücksetzen | Du hast soeben ein neues Passwort angefordert (Safari, iPad). Hier festlegen: {link} – gültig für eine Stunde.',
  ],
  fr: [
    '{code} – votre code de connexion {brand} | Demandé depuis Edge sous Windows. Il expire dans 10 minutes.',
    'Votre lien de connexion | Cliquez pour vous connecter à {brand} : {link} // Demandé depuis Safari sur iPhone, valable 15 minutes.',
    'Réinitialisation demandée | Vous venez de demander un nouveau mot de passe {brand} depuis Chrome. Lien valable 1 heure : {link}',
  ],
  es: [
    'Tu código de {brand}: {code} | Lo has solicitado desde Chrome en Android. Caduca en 10 minutos.',
    'Tu enlace de acceso | Entra en {brand} con este enlace: {link} // Solicitado desde Firefox en Windows; vale 15 minutos.',
    'Restablecer contraseña de {brand} | Acabas de pedirlo desde Safari en Mac. Enlace válido 1 hora: {link}',
  ],
  pt: [
    'Seu código {brand}: {code} | Você pediu este código no Chrome para Android. Expira em 10 minutos.',
    'O seu link de acesso | Entre na {brand} com este link: {link} // Pedido a partir do Firefox no Windows, válido 15 minutos.',
    'Redefinir senha {brand} | Você acabou de solicitar pelo Safari no iPhone. Link válido por 1 hora: {link}',
  ],
  it: [
    '{code} è il tuo codice {brand} | Richiesto da Chrome su Windows. Scade tra 10 minuti.',
    'Il tuo link di accesso | Accedi a {brand} con questo link: {link} // Richiesto da Safari su iPhone, valido 15 minuti.',
    'Reimposta la password di {brand} | Hai appena fatto la richiesta da Firefox su Mac. Link valido 1 ora: {link}',
  ],
  nl: [
    'Je {brand}-code: {code} | Aangevraagd vanaf Chrome op Windows. Verloopt over 10 minuten.',
    'Je inloglink | Log in bij {brand} met deze link: {link} // Aangevraagd vanaf Safari op iPhone, 15 minuten geldig.',
    'Wachtwoord opnieuw instellen bij {brand} | Je vroeg dit zojuist aan via Firefox op Mac. Link 1 uur geldig: {link}',
  ],
}
