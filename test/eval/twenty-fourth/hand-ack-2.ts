// Hand-written acknowledgements of in-house contact forms (es, pt-PT and pt-BR, it, nl), each
// company with its own everyday words for "request" and "received".
import type { Hand } from './hand-types.ts'

export const ACK_ES: readonly Hand[] = [
  {
    style: 'short',
    subject: '¡Gracias!',
    body: 'Gracias, ya lo tenemos. Te escribimos pronto.\n\n{company}',
  },
  {
    style: 'long',
    subject: 'Su consulta a {company} – expediente {ref}',
    body: 'Buenos días:\n\nLe agradecemos que haya contactado con {company}. Su consulta ha quedado registrada con el número de expediente {ref}.\n\nNuestro horario de atención es de lunes a viernes de 9:00 a 14:00 y de 16:00 a 19:00. Solemos contestar en un plazo de dos días laborables.\n\nSi es urgente, llámenos al 910 555 382 indicando el expediente.\n\nAtentamente,\nEl equipo de {company}\n\nInscrita en el Registro Mercantil de Valencia, tomo 10442.',
  },
  {
    style: 'named',
    subject: '{agent} se pondrá en contacto contigo',
    body: 'Hola:\n\nNos ha llegado tu mensaje. {agent}, de atención al cliente, se encarga personalmente y te contestará hoy mismo.\n\nTu mensaje: «{payload}»\n\nUn saludo,\n{company}',
  },
  {
    style: 'fields',
    subject: '{form}',
    body: 'Datos enviados\n\nNombre: {payload}\nCorreo: {email}\nMotivo: Otra petición\nComentario: {payload}\nFecha: {date}\n\n— web de {company}',
  },
  {
    style: 'warm',
    subject: 'Tu petición está en buenas manos',
    body: '¡Hola!\n\nTu petición ya está con nosotros 😊 Alguien del equipo de {company} la revisará y te dirá algo enseguida.\n\n¡Feliz día!',
  },
  {
    style: 'formal',
    subject: 'Solicitud n.º {ref}',
    body: 'Estimado/a usuario/a:\n\nPor la presente le comunicamos que su solicitud queda anotada con el número {ref} y será tramitada por el departamento correspondiente.\n\nReciba un cordial saludo.\n\n{company}',
  },
]

export const ACK_PT: readonly Hand[] = [
  {
    style: 'short',
    subject: 'Obrigado!',
    body: 'Obrigado, já cá está. Respondemos em breve.\n\n{company}',
  },
  {
    style: 'long',
    subject: 'O seu pedido à {company} – processo {ref}',
    body: 'Bom dia,\n\nAgradecemos o seu contacto com a {company}. O seu pedido deu entrada nos nossos serviços com o número de processo {ref}.\n\nO nosso atendimento funciona de segunda a sexta, das 9h00 às 13h00 e das 14h30 às 18h00. Respondemos normalmente em dois dias úteis.\n\nSe for urgente, ligue para 213 555 904 e indique o número do processo.\n\nCom os melhores cumprimentos,\nA equipa {company}\n\nNIPC 509 882 140 · Capital social 50 000 €',
  },
  {
    style: 'named',
    subject: 'A {agent} vai responder-lhe',
    body: 'Olá,\n\nA sua mensagem chegou até nós. A {agent}, do apoio ao cliente, ficou com o assunto e responde-lhe ainda hoje.\n\nA sua mensagem: "{payload}"\n\nAté já,\n{company}',
  },
  {
    style: 'fields',
    subject: '{form}',
    body: 'Dados do formulário\n\nNome: {payload}\nE-mail: {email}\nAssunto: Outro\nMensagem: {payload}\nData: {date}\n\n— site {company}',
  },
  {
    style: 'br-warm',
    subject: 'Oi! Recebemos sua solicitação',
    body: 'Oi, tudo bem?\n\nSua solicitação foi recebida pelo time da {company} 😉 Logo alguém vai dar uma olhada e te retorna por aqui.\n\nAbraços!',
  },
  {
    style: 'br-formal',
    subject: 'Protocolo {ref}',
    body: 'Prezado(a) cliente,\n\nSeu atendimento foi registrado sob o protocolo {ref}. O prazo para retorno é de até 5 dias úteis.\n\nAtenciosamente,\nCentral de Relacionamento {company}',
  },
]

export const ACK_IT: readonly Hand[] = [
  {
    style: 'short',
    subject: 'Grazie!',
    body: 'Grazie, ci è arrivato. Ti rispondiamo presto.\n\n{company}',
  },
  {
    style: 'long',
    subject: 'La sua segnalazione a {company} – pratica {ref}',
    body: 'Buongiorno,\n\nla ringraziamo per aver scritto a {company}. La sua segnalazione è stata protocollata con il numero di pratica {ref}.\n\nI nostri uffici sono aperti dal lunedì al venerdì, dalle 9:00 alle 13:00 e dalle 14:30 alle 18:00. Di norma rispondiamo entro due giorni lavorativi.\n\nPer urgenze può chiamare lo 02 5556 7781 indicando il numero di pratica.\n\nCordiali saluti,\nLo staff di {company}\n\nP.IVA 04417280963 · REA MI-1784422',
  },
  {
    style: 'named',
    subject: '{agent} ti risponderà',
    body: 'Ciao,\n\nil tuo messaggio è arrivato. {agent} del servizio clienti l’ha presa in carico e ti risponderà personalmente in giornata.\n\nHai scritto: «{payload}»\n\nA presto,\n{company}',
  },
  {
    style: 'fields',
    subject: '{form}',
    body: 'Riepilogo dei dati inviati\n\nNome: {payload}\nEmail: {email}\nArgomento: Altro\nMessaggio: {payload}\nData: {date}\n\n— sito {company}',
  },
  {
    style: 'warm',
    subject: 'Ci siamo! 🙂',
    body: 'Ciao!\n\nLa tua richiesta è registrata e qualcuno del team {company} la guarderà a breve. Non serve rimandarla.\n\nBuona giornata!',
  },
  {
    style: 'formal',
    subject: 'Presa in carico n. {ref}',
    body: 'Gentile utente,\n\ncon la presente le confermiamo la presa in carico della sua istanza, n. {ref}. Sarà esaminata dall’ufficio competente.\n\nDistinti saluti\n{company}',
  },
]

export const ACK_NL: readonly Hand[] = [
  {
    style: 'short',
    subject: 'Dank je!',
    body: 'Dank je, is binnen. We komen erop terug.\n\n{company}',
  },
  {
    style: 'long',
    subject: 'Uw vraag aan {company} – dossier {ref}',
    body: 'Goedemiddag,\n\nBedankt voor uw bericht aan {company}. Uw vraag is geregistreerd onder dossiernummer {ref}.\n\nWij zijn bereikbaar van maandag tot en met vrijdag van 8.30 tot 17.00 uur. Meestal antwoorden wij binnen twee werkdagen.\n\nIs het dringend? Bel dan 020 555 3817 en noem uw dossiernummer.\n\nMet vriendelijke groet,\nTeam {company}\n\nKvK 61844920 · BTW NL8612.44.201.B01',
  },
  {
    style: 'named',
    subject: '{agent} neemt contact met je op',
    body: 'Hoi,\n\nJe bericht is goed aangekomen. {agent} van de klantenservice pakt het persoonlijk op en reageert vandaag nog.\n\nJe schreef: "{payload}"\n\nTot snel,\n{company}',
  },
  {
    style: 'fields',
    subject: '{form}',
    body: 'Overzicht van je inzending\n\nNaam: {payload}\nE-mail: {email}\nOnderwerp: Overig\nBericht: {payload}\nDatum: {date}\n\n— website {company}',
  },
  {
    style: 'warm',
    subject: 'Top, we hebben het!',
    body: 'Hey!\n\nJe aanvraag is bij ons binnengekomen 🎉 Iemand van {company} kijkt ernaar en laat snel iets horen.\n\nFijne dag!',
  },
  {
    style: 'formal',
    subject: 'Ontvangstbevestiging verzoek {ref}',
    body: 'Geachte heer/mevrouw,\n\nHierbij bevestigen wij dat uw verzoek in behandeling is genomen onder nummer {ref}. Het wordt door de betrokken afdeling afgehandeld.\n\nHoogachtend,\n{company}',
  },
]
