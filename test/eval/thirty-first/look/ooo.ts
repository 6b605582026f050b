// Class 3: out-of-office and automatic replies to mail the person sent (their sent mail with the
// same subject sits in the sent folder hours or days earlier). Slots {subject} {friend} {date}.
import type { Lang } from '../../types.ts'

export const OOO: Record<Lang, readonly string[]> = {
  en: [
    'Automatic reply: {subject}|Thanks for your email. I’m out of the office until {date} with limited access to email. For urgent matters please contact the front desk.\n{friend}',
    'Out of office Re: {subject}|I’m on parental leave and back on {date}. Your message will not be forwarded.',
    'Auto-Reply: {subject}|Hello, I am travelling this week and will reply when I return on {date}. Kind regards, {friend}',
  ],
  de: [
    'Abwesenheitsnotiz: {subject}|Vielen Dank für Ihre Nachricht. Ich bin bis {date} nicht im Büro und lese meine E-Mails nur eingeschränkt. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.\n{friend}',
    'Automatische Antwort: {subject}|Ich bin im Urlaub und ab {date} wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.',
    'Abwesend: {subject}|Hallo, ich bin auf Dienstreise und melde mich nach meiner Rückkehr am {date}. Viele Grüße, {friend}',
  ],
  fr: [
    'Réponse automatique : {subject}|Merci pour votre message. Je suis absent jusqu’au {date} et consulte peu mes e-mails. Pour toute urgence, contactez l’accueil.\n{friend}',
    'Absence du bureau : {subject}|Je suis en congé et serai de retour le {date}. Votre message ne sera pas transféré.',
    'Re: {subject} [réponse automatique]|Bonjour, je suis en déplacement cette semaine et vous répondrai dès mon retour le {date}. Bien à vous, {friend}',
  ],
  es: [
    'Respuesta automática: {subject}|Gracias por tu correo. Estoy fuera de la oficina hasta el {date} con acceso limitado al correo. Para urgencias, llama a recepción.\n{friend}',
    'Fuera de la oficina: {subject}|Estoy de vacaciones y vuelvo el {date}. Tu mensaje no se reenviará.',
    'Autorespuesta: {subject}|Hola, estoy de viaje esta semana y responderé a mi vuelta el {date}. Un saludo, {friend}',
  ],
  pt: [
    'Resposta automática: {subject}|Obrigado pelo seu e-mail. Estou fora do escritório até {date}, com acesso limitado ao correio. Para assuntos urgentes contacte a receção.\n{friend}',
    'Ausente: {subject}|Estou de férias e volto dia {date}. Sua mensagem não será encaminhada.',
    'Fora do escritório: {subject}|Olá, estou em viagem esta semana e respondo quando voltar, dia {date}. Abraço, {friend}',
  ],
  it: [
    'Risposta automatica: {subject}|Grazie per la sua email. Sono fuori ufficio fino al {date} con accesso limitato alla posta. Per urgenze contatti la segreteria.\n{friend}',
    'Fuori sede: {subject}|Sono in ferie e rientro il {date}. Il messaggio non verrà inoltrato.',
    'Assente: {subject}|Ciao, sono in trasferta questa settimana e ti rispondo al rientro il {date}. Un saluto, {friend}',
  ],
  nl: [
    'Automatisch antwoord: {subject}|Bedankt voor je e-mail. Ik ben tot {date} afwezig en lees beperkt mijn mail. Voor dringende zaken kun je de receptie bellen.\n{friend}',
    'Afwezig: {subject}|Ik ben met vakantie en ben {date} weer terug. Je bericht wordt niet doorgestuurd.',
    'Niet op kantoor: {subject}|Hoi, ik ben deze week op reis en reageer na terugkomst op {date}. Groet, {friend}',
  ],
}
