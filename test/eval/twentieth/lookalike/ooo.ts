// 3. Out-of-office and automatic replies to mail the person sent: the sent mail, with the same
// subject, is in the sent folder hours or days earlier (sent.ts).
import type { LookClass } from './types.ts'

export const OUT_OF_OFFICE: LookClass = {
  name: 'ooo',
  label: 'ham',
  sender: 'colleague',
  brands: ['{Stem}', '{Stem} Consulting', '{Stem} Architects'],
  locals: [],
  answers: 'ooo',
  texts: {
    en: [
      [
        'Automatic reply: {subject}',
        "I'm out of the office until {date} with no access to email. For anything urgent, please contact the front desk at office@{domain}.\n\nBest,\n{sender}",
      ],
      [
        'Out of Office: {subject}',
        "Hi, I'm on parental leave and will reply when I'm back. Thanks for your patience! – {sender}",
      ],
      [
        'Auto: {subject}',
        'Hello,\n\nThis is an automated response. I am attending a conference this week and will be checking messages only occasionally. I will get back to you as soon as possible after {date}.\n\nIf your message concerns an invoice, please write to accounts@{domain}.\n\nKind regards,\n{sender}',
      ],
    ],
    de: [
      [
        'Abwesenheitsnotiz: {subject}',
        'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an zentrale@{domain}.\n\nMit freundlichen Grüßen\n{sender}',
      ],
      [
        'Automatische Antwort: {subject}',
        'Hallo, ich bin im Urlaub und ab {date} wieder erreichbar. Deine Mail wird nicht weitergeleitet. Liebe Grüße, {sender}',
      ],
      [
        'Out of Office: {subject}',
        'Guten Tag,\n\nich befinde mich derzeit auf Dienstreise und lese meine E-Mails nur unregelmäßig. Ich melde mich nach meiner Rückkehr am {date}.\n\nBeste Grüße\n{sender}',
      ],
    ],
    fr: [
      [
        'Réponse automatique : {subject}',
        "Bonjour,\n\nJe suis absent(e) du bureau jusqu'au {date} inclus. Pour toute urgence, merci de contacter accueil@{domain}.\n\nCordialement,\n{sender}",
      ],
      [
        'Absence : {subject}',
        'Je suis en congé et je lirai votre message à mon retour. Merci ! {sender}',
      ],
      [
        'Absent du bureau : {subject}',
        'Bonjour,\n\nJe suis actuellement en formation avec un accès limité à ma messagerie. Je vous répondrai dès que possible, au plus tard le {date}.\n\nBien à vous,\n{sender}',
      ],
    ],
    es: [
      [
        'Respuesta automática: {subject}',
        'Gracias por tu mensaje. Estoy fuera de la oficina hasta el {date}. Para temas urgentes, escribe a recepcion@{domain}.\n\nUn saludo,\n{sender}',
      ],
      [
        'Fuera de la oficina: {subject}',
        'Hola, estoy de vacaciones y no leo el correo. Te respondo a la vuelta. {sender}',
      ],
      [
        'Ausencia: {subject}',
        'Buenos días:\n\nEstoy de viaje de trabajo y revisaré el correo solo de forma esporádica hasta el {date}. Le responderé lo antes posible.\n\nAtentamente,\n{sender}',
      ],
    ],
    pt: [
      [
        'Resposta automática: {subject}',
        'Obrigado pela sua mensagem. Estou fora do escritório até {date}. Para assuntos urgentes, contacte geral@{domain}.\n\nCumprimentos,\n{sender}',
      ],
      ['Ausente: {subject}', 'Olá! Estou de férias e respondo quando voltar. Obrigado, {sender}'],
      [
        'Fora do escritório: {subject}',
        'Bom dia,\n\nEncontro-me em formação esta semana com acesso limitado ao e-mail. Respondo logo que possível, o mais tardar a {date}.\n\nAtenciosamente,\n{sender}',
      ],
    ],
    it: [
      [
        'Risposta automatica: {subject}',
        'Grazie per il messaggio. Sono fuori ufficio fino al {date}. Per urgenze scrivere a segreteria@{domain}.\n\nCordiali saluti,\n{sender}',
      ],
      ['Fuori sede: {subject}', 'Ciao, sono in ferie e ti rispondo al rientro. {sender}'],
      [
        'Assenza: {subject}',
        'Buongiorno,\n\nsono in trasferta e controllo la posta solo saltuariamente fino al {date}. Risponderò appena possibile.\n\nUn saluto,\n{sender}',
      ],
    ],
    nl: [
      [
        'Automatisch antwoord: {subject}',
        'Bedankt voor je bericht. Ik ben tot en met {date} niet op kantoor. Voor dringende zaken kun je mailen naar receptie@{domain}.\n\nGroet,\n{sender}',
      ],
      [
        'Afwezig: {subject}',
        'Hoi, ik ben op vakantie en lees mijn mail pas weer als ik terug ben. {sender}',
      ],
      [
        'Niet aanwezig: {subject}',
        'Goedemiddag,\n\nDeze week volg ik een training en lees ik mijn e-mail beperkt. Uiterlijk {date} kom ik bij u terug.\n\nMet vriendelijke groet,\n{sender}',
      ],
    ],
  },
}
