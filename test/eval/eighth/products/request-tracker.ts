// Request Tracker (Best Practical RT): the global "Autoreply in HTML" / "Autoreply" template sent
// on ticket creation, subject "[rtname #id] AutoReply: <subject>", From "<queue> via RT".
// source: RT's default template text (share/etc/initialdata); English is the shipped default,
// the other languages are reconstructions of how a site translates the template.
import type { Fill, Product } from '../product.ts'

const tag = (f: Fill) => `[${f.site} #${f.ref}]`
const quote = (f: Fill) =>
  `-------------------------------------------------------------------------\n${f.message}`

export const REQUEST_TRACKER: Product = {
  product: 'Request Tracker',
  family: 'helpdesk',
  source: 'RT initialdata template "Autoreply" (default text)',
  echo: 'subject',
  display: (c) => `${c.name} via RT`,
  texts: {
    en: (f) => ({
      subject: `${tag(f)} AutoReply: ${f.subject}`,
      body: `Greetings,\n\nThis message has been automatically generated in response to the creation of a trouble ticket regarding:\n\t"${f.subject}",\na summary of which appears below.\n\nThere is no need to reply to this message right now. Your ticket has been assigned an ID of ${tag(f)}.\n\nPlease include the string:\n\n ${tag(f)}\n\nin the subject line of all future correspondence about this issue. To do so, you may reply to this message.\n\nThank you,\n${f.company}\n\n${quote(f)}`,
    }),
    de: (f) => ({
      subject: `${tag(f)} Automatische Antwort: ${f.subject}`,
      body: `Guten Tag,\n\ndiese Nachricht wurde automatisch erzeugt, weil ein Ticket zu folgendem Thema angelegt wurde:\n\t"${f.subject}"\nEine Zusammenfassung finden Sie unten.\n\nSie müssen auf diese Nachricht jetzt nicht antworten. Ihrem Ticket wurde die Kennung ${tag(f)} zugewiesen.\n\nBitte geben Sie ${tag(f)} im Betreff aller weiteren Nachrichten zu diesem Anliegen an.\n\nVielen Dank,\n${f.company}\n\n${quote(f)}`,
    }),
    fr: (f) => ({
      subject: `${tag(f)} Réponse automatique : ${f.subject}`,
      body: `Bonjour,\n\nCe message a été généré automatiquement suite à la création d'un ticket concernant :\n\t« ${f.subject} »\ndont vous trouverez un résumé ci-dessous.\n\nInutile de répondre à ce message pour l'instant. Votre ticket porte l'identifiant ${tag(f)}.\n\nMerci d'indiquer ${tag(f)} dans l'objet de toute correspondance future à ce sujet.\n\nCordialement,\n${f.company}\n\n${quote(f)}`,
    }),
    es: (f) => ({
      subject: `${tag(f)} Respuesta automática: ${f.subject}`,
      body: `Saludos:\n\nEste mensaje se ha generado automáticamente al crearse un ticket sobre:\n\t"${f.subject}"\ncuyo resumen aparece a continuación.\n\nNo es necesario que responda ahora. Su ticket tiene asignado el identificador ${tag(f)}.\n\nIncluya ${tag(f)} en el asunto de toda la correspondencia futura sobre este tema.\n\nGracias,\n${f.company}\n\n${quote(f)}`,
    }),
    pt: (f) => ({
      subject: `${tag(f)} Resposta automática: ${f.subject}`,
      body: `Olá,\n\nEsta mensagem foi gerada automaticamente em resposta à criação de um pedido sobre:\n\t"${f.subject}"\ncujo resumo aparece abaixo.\n\nNão precisa de responder agora. Ao seu pedido foi atribuído o identificador ${tag(f)}.\n\nInclua ${tag(f)} no assunto de toda a correspondência futura sobre este assunto.\n\nObrigado,\n${f.company}\n\n${quote(f)}`,
    }),
    it: (f) => ({
      subject: `${tag(f)} Risposta automatica: ${f.subject}`,
      body: `Salve,\n\nquesto messaggio è stato generato automaticamente in seguito all'apertura di un ticket relativo a:\n\t"${f.subject}"\ndi cui trova un riepilogo qui sotto.\n\nNon è necessario rispondere ora. Al suo ticket è stato assegnato l'identificativo ${tag(f)}.\n\nLa preghiamo di indicare ${tag(f)} nell'oggetto di ogni futura comunicazione su questo argomento.\n\nGrazie,\n${f.company}\n\n${quote(f)}`,
    }),
    nl: (f) => ({
      subject: `${tag(f)} Automatisch antwoord: ${f.subject}`,
      body: `Goedendag,\n\nDit bericht is automatisch verstuurd omdat er een ticket is aangemaakt over:\n\t"${f.subject}"\nEen samenvatting staat hieronder.\n\nU hoeft nu niet te antwoorden. Uw ticket heeft het nummer ${tag(f)} gekregen.\n\nVermeld ${tag(f)} in het onderwerp van alle verdere berichten hierover.\n\nBedankt,\n${f.company}\n\n${quote(f)}`,
    }),
  },
}
