// What a helpdesk sends after a ticket, written for this set per language: the "still waiting
// for your reply" reminder, the solved notice, the satisfaction survey after the close and the
// closure for inactivity. The same texts serve the person's own tickets (they must read alike).
// Slots: {company} {ref} {message} {name} {link}.
import type { Lang } from '../types.ts'

export type HelpTrail = 'waiting' | 'solved' | 'survey' | 'auto-closed'
type Pair = readonly [subject: string, body: string]

export const HELP_TRAIL: Record<Lang, Record<HelpTrail, Pair>> = {
  en: {
    waiting: [
      '[{ref}] We are still waiting for your reply',
      'Hello,\nWe asked you a question about your request "{message}" and haven’t heard back. Just reply to this email so we can continue.\n{company} Support',
    ],
    solved: [
      '[{ref}] Your request has been solved',
      'Hello,\nYour request "{message}" has been marked as solved. If something is still not right, reply within 7 days to reopen it.\n{company} Support',
    ],
    survey: [
      'How would you rate the support you received?',
      'Your ticket {ref} with {company} was closed recently. How did we do?\nGood, I’m satisfied: {link}\nBad, I’m unsatisfied: {link}',
    ],
    'auto-closed': [
      '[{ref}] Closed due to inactivity',
      'We haven’t heard from you, so we have closed your request "{message}". Reply to this email any time if you still need help.\n{company}',
    ],
  },
  de: {
    waiting: [
      '[{ref}] Wir warten noch auf Ihre Antwort',
      'Guten Tag,\nzu Ihrer Anfrage „{message}“ haben wir Ihnen eine Rückfrage gestellt. Bitte antworten Sie auf diese E-Mail, damit wir weitermachen können.\nIhr {company} Kundenservice',
    ],
    solved: [
      '[{ref}] Ihre Anfrage wurde gelöst',
      'Guten Tag,\nIhre Anfrage „{message}“ wurde als gelöst markiert. Falls noch etwas offen ist, antworten Sie innerhalb von 7 Tagen.\nIhr {company} Kundenservice',
    ],
    survey: [
      'Wie zufrieden waren Sie mit unserem Support?',
      'Ihr Ticket {ref} bei {company} wurde geschlossen. Wie war unser Service?\nGut: {link}\nSchlecht: {link}',
    ],
    'auto-closed': [
      '[{ref}] Wegen Inaktivität geschlossen',
      'Da wir nichts mehr von Ihnen gehört haben, haben wir Ihre Anfrage „{message}“ geschlossen. Antworten Sie jederzeit, wenn Sie noch Hilfe brauchen.\n{company}',
    ],
  },
  fr: {
    waiting: [
      '[{ref}] Nous attendons toujours votre réponse',
      'Bonjour,\nNous vous avons posé une question au sujet de votre demande « {message} ». Répondez simplement à cet e-mail pour que nous puissions avancer.\nLe support {company}',
    ],
    solved: [
      '[{ref}] Votre demande a été résolue',
      'Bonjour,\nVotre demande « {message} » est marquée comme résolue. Si le problème persiste, répondez sous 7 jours pour la rouvrir.\nLe support {company}',
    ],
    survey: [
      'Comment évaluez-vous l’assistance reçue ?',
      'Votre ticket {ref} chez {company} a été clôturé. Votre avis nous intéresse :\nSatisfait : {link}\nPas satisfait : {link}',
    ],
    'auto-closed': [
      '[{ref}] Clôturée pour inactivité',
      'Sans nouvelles de votre part, nous avons clôturé votre demande « {message} ». Répondez à tout moment si vous avez encore besoin d’aide.\n{company}',
    ],
  },
  es: {
    waiting: [
      '[{ref}] Seguimos esperando tu respuesta',
      'Hola:\nTe hicimos una pregunta sobre tu solicitud «{message}» y no hemos recibido respuesta. Contesta a este correo para que podamos continuar.\nSoporte de {company}',
    ],
    solved: [
      '[{ref}] Tu solicitud se ha resuelto',
      'Hola:\nTu solicitud «{message}» se ha marcado como resuelta. Si algo sigue sin funcionar, responde en los próximos 7 días para reabrirla.\nSoporte de {company}',
    ],
    survey: [
      '¿Cómo valorarías la atención recibida?',
      'Tu ticket {ref} con {company} se ha cerrado. ¿Qué tal lo hicimos?\nBien: {link}\nMal: {link}',
    ],
    'auto-closed': [
      '[{ref}] Cerrada por inactividad',
      'Como no hemos tenido noticias tuyas, hemos cerrado tu solicitud «{message}». Responde cuando quieras si aún necesitas ayuda.\n{company}',
    ],
  },
  pt: {
    waiting: [
      '[{ref}] Ainda aguardamos a sua resposta',
      'Olá,\nFizemos-lhe uma pergunta sobre o pedido "{message}" e ainda não recebemos resposta. Responda a este e-mail para podermos continuar.\nApoio {company}',
    ],
    solved: [
      '[{ref}] O seu pedido foi resolvido',
      'Olá,\nO seu pedido "{message}" foi marcado como resolvido. Se ainda houver algum problema, responda nos próximos 7 dias para o reabrir.\nApoio {company}',
    ],
    survey: [
      'Como avalia o atendimento que recebeu?',
      'O seu pedido {ref} na {company} foi fechado. Como correu?\nBom: {link}\nMau: {link}',
    ],
    'auto-closed': [
      '[{ref}] Fechado por inatividade',
      'Como não tivemos notícias suas, fechámos o pedido "{message}". Responda quando quiser se ainda precisar de ajuda.\n{company}',
    ],
  },
  it: {
    waiting: [
      '[{ref}] Siamo ancora in attesa della tua risposta',
      'Ciao,\nti abbiamo fatto una domanda sulla tua richiesta "{message}" ma non abbiamo ricevuto risposta. Rispondi a questa email per continuare.\nAssistenza {company}',
    ],
    solved: [
      '[{ref}] La tua richiesta è stata risolta',
      'Ciao,\nla tua richiesta "{message}" è stata segnata come risolta. Se qualcosa non va ancora, rispondi entro 7 giorni per riaprirla.\nAssistenza {company}',
    ],
    survey: [
      'Come valuti l’assistenza ricevuta?',
      'Il tuo ticket {ref} con {company} è stato chiuso. Com’è andata?\nBene: {link}\nMale: {link}',
    ],
    'auto-closed': [
      '[{ref}] Chiusa per inattività',
      'Non avendo ricevuto risposta, abbiamo chiuso la tua richiesta "{message}". Rispondi quando vuoi se hai ancora bisogno di aiuto.\n{company}',
    ],
  },
  nl: {
    waiting: [
      '[{ref}] We wachten nog op je reactie',
      'Hoi,\nWe hebben je een vraag gesteld over je verzoek "{message}" maar nog niets gehoord. Beantwoord deze mail zodat we verder kunnen.\nKlantenservice {company}',
    ],
    solved: [
      '[{ref}] Je verzoek is opgelost',
      'Hoi,\nJe verzoek "{message}" is als opgelost gemarkeerd. Klopt er nog iets niet? Reageer binnen 7 dagen om het te heropenen.\nKlantenservice {company}',
    ],
    survey: [
      'Hoe beoordeel je de hulp die je kreeg?',
      'Je ticket {ref} bij {company} is gesloten. Hoe hebben we het gedaan?\nGoed: {link}\nSlecht: {link}',
    ],
    'auto-closed': [
      '[{ref}] Gesloten wegens inactiviteit',
      'Omdat we niets meer van je hoorden, hebben we je verzoek "{message}" gesloten. Reageer gerust als je nog hulp nodig hebt.\n{company}',
    ],
  },
}
