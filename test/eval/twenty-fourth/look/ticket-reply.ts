// Look-alike texts of one class (ticket-reply), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const TICKET_REPLY: LookTexts = {
  en: [
    [
      'Re: [#{ref}] {sent}',
      'Hi {first},\n\nThanks for your patience. I’ve checked ticket #{ref}: the replacement part ships tomorrow.\n\n{name}, {brand} support',
    ],
    [
      '[{brand}] Update on request #{ref}',
      '{name} replied to your request “{sent}”:\n\nCould you send a photo of the serial number? Then we can book the repair.',
    ],
    [
      'Your case {ref} has been solved',
      'We’ve marked “{sent}” as solved. Reply to this email within 7 days if anything is still wrong.',
    ],
  ],
  de: [
    [
      'AW: [#{ref}] {sent}',
      'Hallo {first},\n\ndanke für Ihre Geduld. Zu Ticket #{ref}: Das Ersatzteil geht morgen raus.\n\n{name}, {brand} Kundenservice',
    ],
    [
      '[{brand}] Neue Antwort zu Anfrage #{ref}',
      '{name} hat auf Ihre Anfrage „{sent}“ geantwortet:\n\nKönnten Sie uns ein Foto der Seriennummer schicken?',
    ],
    [
      'Ihr Fall {ref} wurde gelöst',
      'Wir haben „{sent}“ als gelöst markiert. Antworten Sie innerhalb von 7 Tagen, falls noch etwas offen ist.',
    ],
  ],
  fr: [
    [
      'RE : [#{ref}] {sent}',
      'Bonjour {first},\n\nMerci de votre patience. Pour le ticket #{ref}, la pièce part demain.\n\n{name}, service client {brand}',
    ],
    [
      '[{brand}] Nouvelle réponse à la demande #{ref}',
      '{name} a répondu à votre demande « {sent} » :\n\nPouvez-vous nous envoyer une photo du numéro de série ?',
    ],
    [
      'Votre demande {ref} est résolue',
      'Nous avons clôturé « {sent} ». Répondez sous 7 jours si le problème persiste.',
    ],
  ],
  es: [
    [
      'RE: [#{ref}] {sent}',
      'Hola {first}:\n\nGracias por la espera. Sobre el ticket #{ref}: la pieza sale mañana.\n\n{name}, atención al cliente {brand}',
    ],
    [
      '[{brand}] Respuesta a tu solicitud #{ref}',
      '{name} ha contestado a «{sent}»:\n\n¿Nos mandas una foto del número de serie?',
    ],
    [
      'Tu caso {ref} está resuelto',
      'Hemos cerrado «{sent}». Responde en 7 días si sigue sin funcionar.',
    ],
  ],
  pt: [
    [
      'RE: [#{ref}] {sent}',
      'Olá {first},\n\nObrigado pela paciência. Quanto ao pedido #{ref}, a peça segue amanhã.\n\n{name}, apoio ao cliente {brand}',
    ],
    [
      '[{brand}] Nova resposta no chamado #{ref}',
      '{name} respondeu ao seu chamado "{sent}":\n\nPode mandar uma foto do número de série?',
    ],
    [
      'O seu pedido {ref} foi resolvido',
      'Fechámos "{sent}". Responda em 7 dias se ainda houver problema.',
    ],
  ],
  it: [
    [
      'R: [#{ref}] {sent}',
      'Ciao {first},\n\ngrazie per la pazienza. Per il ticket #{ref}: il ricambio parte domani.\n\n{name}, assistenza {brand}',
    ],
    [
      '[{brand}] Nuova risposta alla richiesta #{ref}',
      '{name} ha risposto a «{sent}»:\n\nPuoi mandarci una foto del numero di serie?',
    ],
    [
      'La tua pratica {ref} è risolta',
      'Abbiamo chiuso «{sent}». Rispondi entro 7 giorni se il problema resta.',
    ],
  ],
  nl: [
    [
      'Re: [#{ref}] {sent}',
      'Hoi {first},\n\nBedankt voor je geduld. Over ticket #{ref}: het onderdeel gaat morgen op de post.\n\n{name}, klantenservice {brand}',
    ],
    [
      '[{brand}] Nieuwe reactie op verzoek #{ref}',
      '{name} heeft gereageerd op "{sent}":\n\nKun je een foto van het serienummer sturen?',
    ],
    [
      'Je melding {ref} is opgelost',
      'We hebben "{sent}" afgesloten. Reageer binnen 7 dagen als het nog niet werkt.',
    ],
  ],
}
