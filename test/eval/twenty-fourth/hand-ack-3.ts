// Hand-written acknowledgements that belong to one kind of company: a clinic, a council and a
// game studio in each language, each in its own voice. Used only by companies of that sector.
import type { Lang } from '../types.ts'
import type { Hand } from './hand-types.ts'

export const ACK_SECTOR: Record<Lang, readonly Hand[]> = {
  en: [
    {
      style: 'clinic',
      sector: 'clinic',
      subject: '{company}',
      body: 'Thank you for contacting the practice. Please note this inbox is not for urgent medical matters: call 111 or, in an emergency, 999.\n\nOur reception team reads messages twice a day and will call you back on the number you gave.\n\n{company}',
    },
    {
      style: 'council',
      sector: 'council',
      subject: 'Your report {ref}',
      body: 'Thank you for your report. We aim to inspect within 10 working days. You can follow progress online with reference {ref}.\n\nCustomer Services, {company}',
    },
    {
      style: 'games',
      sector: 'games',
      subject: '[{company}] {payload}',
      body: 'GG, your report is in! 🎮 Our QA crew triages new reports every morning. Meanwhile, our Discord has a #known-issues channel.\n\n— the {company} devs',
    },
  ],
  de: [
    {
      style: 'clinic',
      sector: 'clinic',
      subject: '{company}',
      body: 'Vielen Dank für Ihre Nachricht an unsere Praxis. Dieses Postfach ist nicht für Notfälle gedacht – wählen Sie dann bitte 116117 oder 112.\n\nUnser Praxisteam ruft Sie unter der angegebenen Nummer zurück.\n\n{company}',
    },
    {
      style: 'council',
      sector: 'council',
      subject: 'Meldung {ref}',
      body: 'Vielen Dank für Ihren Hinweis. Der Bauhof prüft die Stelle in der Regel innerhalb von zehn Arbeitstagen. Den Stand sehen Sie online unter der Nummer {ref}.\n\nBürgerbüro {company}',
    },
    {
      style: 'games',
      sector: 'games',
      subject: '[{company}] {payload}',
      body: 'Danke für deinen Bugreport! 🎮 Unser QA-Team sichtet neue Meldungen jeden Morgen. Bekannte Probleme findest du auf unserem Discord.\n\n– die Devs von {company}',
    },
  ],
  fr: [
    {
      style: 'clinic',
      sector: 'clinic',
      subject: '{company}',
      body: 'Merci d’avoir écrit au cabinet. Cette adresse ne traite pas les urgences : composez le 15.\n\nLe secrétariat lit les messages deux fois par jour et vous rappellera.\n\n{company}',
    },
    {
      style: 'council',
      sector: 'council',
      subject: 'Signalement {ref}',
      body: 'Merci pour votre signalement. Les services techniques interviennent en général sous dix jours ouvrés. Suivi en ligne avec le numéro {ref}.\n\nAccueil de la {company}',
    },
    {
      style: 'games',
      sector: 'games',
      subject: '[{company}] {payload}',
      body: 'Merci pour ton rapport de bug ! 🎮 L’équipe QA trie les nouveaux rapports chaque matin. Les problèmes connus sont sur notre Discord.\n\n— les devs de {company}',
    },
  ],
  es: [
    {
      style: 'clinic',
      sector: 'clinic',
      subject: '{company}',
      body: 'Gracias por escribir a la clínica. Este correo no atiende urgencias: en ese caso llama al 112.\n\nRecepción revisa los mensajes dos veces al día y te llamará.\n\n{company}',
    },
    {
      style: 'council',
      sector: 'council',
      subject: 'Incidencia {ref}',
      body: 'Gracias por comunicarnos la incidencia. La brigada municipal la revisará en unos diez días hábiles. Puede consultar el estado con el número {ref}.\n\nAtención ciudadana, {company}',
    },
    {
      style: 'games',
      sector: 'games',
      subject: '[{company}] {payload}',
      body: '¡Gracias por el reporte! 🎮 Nuestro equipo de QA revisa los nuevos cada mañana. Los errores conocidos están en nuestro Discord.\n\n— el equipo de {company}',
    },
  ],
  pt: [
    {
      style: 'clinic',
      sector: 'clinic',
      subject: '{company}',
      body: 'Obrigado por contactar a clínica. Este endereço não serve para urgências: ligue 112 ou SNS 24.\n\nA receção lê as mensagens duas vezes por dia e devolve a chamada.\n\n{company}',
    },
    {
      style: 'council',
      sector: 'council',
      subject: 'Ocorrência {ref}',
      body: 'Agradecemos a sua participação. Os serviços municipais avaliam a ocorrência em cerca de dez dias úteis. Acompanhe o estado com o número {ref}.\n\nBalcão Único, {company}',
    },
    {
      style: 'games',
      sector: 'games',
      subject: '[{company}] {payload}',
      body: 'Valeu pelo report! 🎮 Nosso time de QA olha os novos toda manhã. Os bugs conhecidos ficam no nosso Discord.\n\n— a galera da {company}',
    },
  ],
  it: [
    {
      style: 'clinic',
      sector: 'clinic',
      subject: '{company}',
      body: 'Grazie per aver scritto allo studio. Questo indirizzo non gestisce urgenze: chiami il 112.\n\nLa segreteria legge i messaggi due volte al giorno e la richiamerà.\n\n{company}',
    },
    {
      style: 'council',
      sector: 'council',
      subject: 'Segnalazione {ref}',
      body: 'Grazie per la segnalazione. L’ufficio tecnico interviene di norma entro dieci giorni lavorativi. Può seguirne lo stato con il numero {ref}.\n\nURP {company}',
    },
    {
      style: 'games',
      sector: 'games',
      subject: '[{company}] {payload}',
      body: 'Grazie per la segnalazione del bug! 🎮 Il team QA controlla le nuove ogni mattina. I problemi noti sono sul nostro Discord.\n\n— gli sviluppatori di {company}',
    },
  ],
  nl: [
    {
      style: 'clinic',
      sector: 'clinic',
      subject: '{company}',
      body: 'Bedankt voor je bericht aan de praktijk. Dit adres is niet voor spoed: bel dan 112 of de huisartsenpost.\n\nDe assistente leest berichten twee keer per dag en belt je terug.\n\n{company}',
    },
    {
      style: 'council',
      sector: 'council',
      subject: 'Melding {ref}',
      body: 'Bedankt voor uw melding. De buitendienst bekijkt het meestal binnen tien werkdagen. Volg de status online met nummer {ref}.\n\nKlantcontactcentrum {company}',
    },
    {
      style: 'games',
      sector: 'games',
      subject: '[{company}] {payload}',
      body: 'Thanks voor je bugmelding! 🎮 Ons QA-team bekijkt nieuwe meldingen elke ochtend. Bekende problemen staan op onze Discord.\n\n— de devs van {company}',
    },
  ],
}
