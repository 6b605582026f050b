// Look-alike texts of one class (autoreply), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const AUTOREPLY: LookTexts = {
  en: [
    [
      'Automatic reply: {sent}',
      'Thank you for your email. I am out of the office until {date} with limited access to email. For urgent matters please contact office@{brand}.example.',
    ],
    [
      'Out of office: {sent}',
      'Hi, I’m on parental leave and will read your message when I’m back. — {name}',
    ],
    [
      'Auto-reply: {sent}',
      'I’m travelling this week and replying in the evenings only. Thanks for your patience.',
    ],
  ],
  de: [
    [
      'Automatische Antwort: {sent}',
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an zentrale@{brand}.example.',
    ],
    [
      'Abwesenheitsnotiz: {sent}',
      'Hallo, ich bin in Elternzeit und lese Ihre Mail nach meiner Rückkehr. – {name}',
    ],
    [
      'Re: {sent} [Abwesend]',
      'Ich bin diese Woche auf Dienstreise und antworte nur abends. Danke für die Geduld.',
    ],
  ],
  fr: [
    [
      'Réponse automatique : {sent}',
      'Merci pour votre message. Je suis absent(e) jusqu’au {date} inclus. Pour toute urgence, écrivez à accueil@{brand}.example.',
    ],
    [
      'Absent du bureau : {sent}',
      'Bonjour, je suis en congé et lirai votre message à mon retour. — {name}',
    ],
    [
      'Re : {sent} (absence)',
      'En déplacement cette semaine, je réponds le soir uniquement. Merci de votre patience.',
    ],
  ],
  es: [
    [
      'Respuesta automática: {sent}',
      'Gracias por tu correo. Estoy fuera de la oficina hasta el {date}. Para temas urgentes, escribe a oficina@{brand}.example.',
    ],
    [
      'Fuera de la oficina: {sent}',
      'Hola, estoy de vacaciones y leeré tu mensaje a la vuelta. — {name}',
    ],
    [
      'RE: {sent} (ausente)',
      'Esta semana estoy de viaje y contesto solo por las tardes. Gracias por la paciencia.',
    ],
  ],
  pt: [
    [
      'Resposta automática: {sent}',
      'Obrigado pelo seu e-mail. Estou ausente até {date}. Para assuntos urgentes, contacte geral@{brand}.example.',
    ],
    [
      'Ausência temporária: {sent}',
      'Oi, estou de férias e vou ler sua mensagem quando voltar. — {name}',
    ],
    [
      'RE: {sent} [fora do escritório]',
      'Esta semana estou em viagem e respondo só ao fim do dia. Obrigado pela paciência.',
    ],
  ],
  it: [
    [
      'Risposta automatica: {sent}',
      'Grazie per la sua email. Sono fuori ufficio fino al {date}. Per urgenze scriva a segreteria@{brand}.example.',
    ],
    ['Fuori sede: {sent}', 'Ciao, sono in ferie e leggerò il tuo messaggio al rientro. — {name}'],
    [
      'R: {sent} (assente)',
      'Questa settimana sono in trasferta e rispondo solo la sera. Grazie per la pazienza.',
    ],
  ],
  nl: [
    [
      'Automatisch antwoord: {sent}',
      'Bedankt voor je bericht. Ik ben tot en met {date} afwezig. Voor dringende zaken: secretariaat@{brand}.example.',
    ],
    ['Afwezig: {sent}', 'Hoi, ik ben met verlof en lees je mail als ik terug ben. — {name}'],
    [
      'Re: {sent} (niet op kantoor)',
      'Ik ben deze week op reis en antwoord alleen ’s avonds. Dank voor je geduld.',
    ],
  ],
}
