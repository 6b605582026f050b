// The support agent's own helpdesk notifications, written for this set: new tickets, tickets
// assigned, customer replies, SLA warnings, satisfaction ratings and the morning digest. Lists
// (" | " between items) hold what customers write: anything, including angry or odd subjects.
import type { Lang } from '../../types.ts'

export interface AgentTexts {
  created: string
  assigned: string
  replied: string
  sla: string
  csat: string
  digest: string
  subjects: string
  messages: string
  replies: string
  comments: string
  customers: string
}

export const AGENT_TEXTS: Record<Lang, AgentTexts> = {
  en: {
    created:
      '[{company}] New ticket #{ticket}: {csubject} :: A new ticket was submitted by {customer} <{cemail}>.\n\n{cmessage}\n\nOpen ticket #{ticket}: {link}\n\nYou are receiving this because you are an agent in {company} Support.',
    assigned:
      '[{company}] Ticket #{ticket} assigned to you :: {assigner} assigned ticket #{ticket} "{csubject}" to you.\nPriority: {priority}\n\n{link}',
    replied:
      '[{company}] Re: {csubject} [#{ticket}] :: {customer} replied:\n\n{creply}\n\n---\nView the conversation: {link}',
    sla: '[{company}] SLA breach warning: ticket #{ticket} :: Ticket #{ticket} "{csubject}" will breach its first-response target in {minutes} minutes.\nAssignee: {first}\n{link}',
    csat: '[{company}] New satisfaction rating on #{ticket}: {rating} :: {customer} rated the conversation: {rating}\nComment: "{comment}"\n\n{link}',
    digest:
      '[{company}] Daily digest: {open} open tickets :: Good morning {first},\n\nOpen: {open}\nOverdue: {overdue}\nUnassigned: {unassigned}\nSolved yesterday: {solved}\n\nGo to your queue: {link}',
    subjects:
      'WHERE IS MY REFUND??? | Cannot log in since the update | Invoice 2231 shows the wrong amount | cancel my subscription NOW | hi | Your product broke my laptop!!! | I will report you to the police | Question about delivery | 🙁 | Feature request: dark mode | URGENT - legal action if this is not fixed | Password reset link does not work',
    messages:
      'I have been waiting for two weeks and nobody answers. | Hi, the export button just spins forever. Screenshot attached. | Please call me back, my number is in my profile. | Your last update deleted all my settings. Not happy.',
    replies:
      'Still not working, I tried everything you said. | Thanks, that fixed it! | Any news? It has been three days. | Ok I will wait until Monday.',
    comments:
      'Quick and friendly, thank you | Took far too long | Problem solved on the first reply',
    customers: 'Alan Pierce | Sophie Grant | Raj Mehta | Olivia Burns | Kevin Doyle',
  },
  de: {
    created:
      '[{company}] Neues Ticket #{ticket}: {csubject} :: {customer} <{cemail}> hat ein neues Ticket erstellt.\n\n{cmessage}\n\nTicket #{ticket} öffnen: {link}\n\nSie erhalten diese E-Mail als Agent im {company} Support.',
    assigned:
      '[{company}] Ticket #{ticket} wurde Ihnen zugewiesen :: {assigner} hat Ihnen das Ticket #{ticket} „{csubject}“ zugewiesen.\nPriorität: {priority}\n\n{link}',
    replied:
      '[{company}] AW: {csubject} [#{ticket}] :: {customer} hat geantwortet:\n\n{creply}\n\n---\nVerlauf ansehen: {link}',
    sla: '[{company}] SLA-Warnung: Ticket #{ticket} :: Bei Ticket #{ticket} „{csubject}“ wird die Erstreaktionszeit in {minutes} Minuten überschritten.\nBearbeiter: {first}\n{link}',
    csat: '[{company}] Neue Zufriedenheitsbewertung zu #{ticket}: {rating} :: {customer} hat das Gespräch bewertet: {rating}\nKommentar: „{comment}“\n\n{link}',
    digest:
      '[{company}] Tagesübersicht: {open} offene Tickets :: Guten Morgen {first},\n\nOffen: {open}\nÜberfällig: {overdue}\nNicht zugewiesen: {unassigned}\nGestern gelöst: {solved}\n\nZur Warteschlange: {link}',
    subjects:
      'WO BLEIBT MEINE ERSTATTUNG??? | Login geht seit dem Update nicht | Rechnung 2231 falscher Betrag | Kündigung SOFORT | hallo | Ihr Gerät hat meinen Laptop zerstört!!! | Ich erstatte Anzeige! | Frage zur Lieferung | 🙁 | Wunsch: Dunkelmodus | DRINGEND - sonst Anwalt | Link zum Passwort-Zurücksetzen geht nicht',
    messages:
      'Ich warte seit zwei Wochen und niemand antwortet. | Hallo, der Export-Button dreht sich endlos. Screenshot anbei. | Bitte rufen Sie mich zurück, Nummer steht im Profil. | Ihr letztes Update hat alle Einstellungen gelöscht. Sehr ärgerlich.',
    replies:
      'Geht immer noch nicht, habe alles probiert. | Danke, jetzt klappt es! | Gibt es Neuigkeiten? Sind schon drei Tage. | Ok, ich warte bis Montag.',
    comments:
      'Schnell und freundlich, danke | Hat viel zu lange gedauert | Gleich bei der ersten Antwort gelöst',
    customers: 'Stefan Kühn | Petra Lange | Murat Yilmaz | Anja Roth | Dieter Hahn',
  },
  fr: {
    created:
      '[{company}] Nouveau ticket n°{ticket} : {csubject} :: {customer} <{cemail}> a créé un nouveau ticket.\n\n{cmessage}\n\nOuvrir le ticket n°{ticket} : {link}\n\nVous recevez cet e-mail en tant qu’agent du support {company}.',
    assigned:
      '[{company}] Le ticket n°{ticket} vous a été attribué :: {assigner} vous a attribué le ticket n°{ticket} « {csubject} ».\nPriorité : {priority}\n\n{link}',
    replied:
      '[{company}] RE: {csubject} [n°{ticket}] :: {customer} a répondu :\n\n{creply}\n\n---\nVoir la conversation : {link}',
    sla: '[{company}] Alerte SLA : ticket n°{ticket} :: Le ticket n°{ticket} « {csubject} » dépassera son délai de première réponse dans {minutes} minutes.\nAgent : {first}\n{link}',
    csat: '[{company}] Nouvelle évaluation de satisfaction sur n°{ticket} : {rating} :: {customer} a évalué l’échange : {rating}\nCommentaire : « {comment} »\n\n{link}',
    digest:
      '[{company}] Résumé du jour : {open} tickets ouverts :: Bonjour {first},\n\nOuverts : {open}\nEn retard : {overdue}\nNon attribués : {unassigned}\nRésolus hier : {solved}\n\nVoir la file : {link}',
    subjects:
      'OÙ EST MON REMBOURSEMENT ??? | Impossible de me connecter depuis la mise à jour | Facture 2231 montant faux | résiliez mon abonnement MAINTENANT | bonjour | Votre produit a grillé mon ordinateur !!! | Je vais porter plainte | Question sur la livraison | 🙁 | Suggestion : mode sombre | URGENT - mon avocat est prévenu | Le lien de réinitialisation ne marche pas',
    messages:
      'J’attends depuis deux semaines et personne ne répond. | Bonjour, le bouton export tourne sans fin. Capture jointe. | Merci de me rappeler, mon numéro est dans mon profil. | Votre dernière mise à jour a effacé tous mes réglages.',
    replies:
      'Toujours pas, j’ai tout essayé. | Merci, ça marche ! | Des nouvelles ? Ça fait trois jours. | D’accord, j’attends lundi.',
    comments: 'Rapide et sympa, merci | Beaucoup trop long | Réglé dès la première réponse',
    customers: 'Julien Petit | Claire Dubois | Karim Haddad | Manon Leroy | Éric Blanc',
  },
  es: {
    created:
      '[{company}] Nuevo ticket #{ticket}: {csubject} :: {customer} <{cemail}> ha creado un ticket nuevo.\n\n{cmessage}\n\nAbrir el ticket #{ticket}: {link}\n\nRecibes este correo por ser agente del soporte de {company}.',
    assigned:
      '[{company}] Se te ha asignado el ticket #{ticket} :: {assigner} te ha asignado el ticket #{ticket} «{csubject}».\nPrioridad: {priority}\n\n{link}',
    replied:
      '[{company}] RE: {csubject} [#{ticket}] :: {customer} ha respondido:\n\n{creply}\n\n---\nVer la conversación: {link}',
    sla: '[{company}] Aviso de SLA: ticket #{ticket} :: El ticket #{ticket} «{csubject}» incumplirá el plazo de primera respuesta en {minutes} minutos.\nAgente: {first}\n{link}',
    csat: '[{company}] Nueva valoración de satisfacción en #{ticket}: {rating} :: {customer} ha valorado la atención: {rating}\nComentario: «{comment}»\n\n{link}',
    digest:
      '[{company}] Resumen diario: {open} tickets abiertos :: Buenos días, {first}:\n\nAbiertos: {open}\nVencidos: {overdue}\nSin asignar: {unassigned}\nResueltos ayer: {solved}\n\nIr a la cola: {link}',
    subjects:
      '¿¿¿DÓNDE ESTÁ MI REEMBOLSO??? | No puedo entrar desde la actualización | Factura 2231 importe incorrecto | den de baja mi cuenta YA | hola | ¡¡¡Su producto me ha roto el portátil!!! | Voy a denunciarles | Duda sobre el envío | 🙁 | Sugerencia: modo oscuro | URGENTE - acciones legales si no se soluciona | El enlace para cambiar la contraseña no funciona',
    messages:
      'Llevo dos semanas esperando y nadie contesta. | Hola, el botón de exportar se queda cargando. Adjunto captura. | Llámenme, por favor, el número está en mi perfil. | La última actualización ha borrado toda mi configuración.',
    replies:
      'Sigue sin funcionar, he probado todo. | ¡Gracias, ya funciona! | ¿Alguna novedad? Ya van tres días. | Vale, espero al lunes.',
    comments: 'Rápidos y amables, gracias | Ha tardado demasiado | Resuelto a la primera',
    customers: 'Javier Molina | Laura Castro | Andrés Vidal | Elena Ramos | Pablo Santos',
  },
  pt: {
    created:
      '[{company}] Novo ticket #{ticket}: {csubject} :: {customer} <{cemail}> abriu um novo ticket.\n\n{cmessage}\n\nAbrir o ticket #{ticket}: {link}\n\nRecebe este e-mail por ser agente do suporte {company}.',
    assigned:
      '[{company}] O ticket #{ticket} foi-lhe atribuído :: {assigner} atribuiu-lhe o ticket #{ticket} "{csubject}".\nPrioridade: {priority}\n\n{link}',
    replied:
      '[{company}] RES: {csubject} [#{ticket}] :: {customer} respondeu:\n\n{creply}\n\n---\nVer a conversa: {link}',
    sla: '[{company}] Alerta de SLA: ticket #{ticket} :: O ticket #{ticket} "{csubject}" vai ultrapassar o prazo de primeira resposta em {minutes} minutos.\nResponsável: {first}\n{link}',
    csat: '[{company}] Nova avaliação de satisfação no #{ticket}: {rating} :: {customer} avaliou o atendimento: {rating}\nComentário: "{comment}"\n\n{link}',
    digest:
      '[{company}] Resumo diário: {open} tickets abertos :: Bom dia {first},\n\nAbertos: {open}\nEm atraso: {overdue}\nSem responsável: {unassigned}\nResolvidos ontem: {solved}\n\nVer a fila: {link}',
    subjects:
      'ONDE ESTÁ O MEU REEMBOLSO??? | Não consigo entrar desde a atualização | Fatura 2231 com valor errado | cancelem a minha assinatura JÁ | olá | O vosso produto estragou o meu portátil!!! | Vou apresentar queixa na polícia | Dúvida sobre a entrega | 🙁 | Sugestão: modo escuro | URGENTE - vou avançar com advogado | O link de redefinição não funciona',
    messages:
      'Estou à espera há duas semanas e ninguém responde. | Olá, o botão de exportar fica a carregar. Segue captura. | Liguem-me, por favor, o número está no perfil. | A última atualização apagou todas as minhas definições.',
    replies:
      'Continua sem funcionar, já tentei tudo. | Obrigado, já funciona! | Alguma novidade? Já passaram três dias. | Está bem, espero até segunda.',
    comments: 'Rápidos e simpáticos, obrigado | Demorou demasiado | Resolvido à primeira',
    customers: 'Nuno Pereira | Inês Costa | Bruno Ferreira | Sara Almeida | Hélder Pinto',
  },
  it: {
    created:
      '[{company}] Nuovo ticket #{ticket}: {csubject} :: {customer} <{cemail}> ha aperto un nuovo ticket.\n\n{cmessage}\n\nApri il ticket #{ticket}: {link}\n\nRicevi questa email in quanto agente del supporto {company}.',
    assigned:
      '[{company}] Ti è stato assegnato il ticket #{ticket} :: {assigner} ti ha assegnato il ticket #{ticket} "{csubject}".\nPriorità: {priority}\n\n{link}',
    replied:
      '[{company}] R: {csubject} [#{ticket}] :: {customer} ha risposto:\n\n{creply}\n\n---\nVedi la conversazione: {link}',
    sla: '[{company}] Avviso SLA: ticket #{ticket} :: Il ticket #{ticket} "{csubject}" supererà il tempo di prima risposta tra {minutes} minuti.\nAssegnatario: {first}\n{link}',
    csat: '[{company}] Nuova valutazione di soddisfazione su #{ticket}: {rating} :: {customer} ha valutato l’assistenza: {rating}\nCommento: "{comment}"\n\n{link}',
    digest:
      '[{company}] Riepilogo giornaliero: {open} ticket aperti :: Buongiorno {first},\n\nAperti: {open}\nScaduti: {overdue}\nNon assegnati: {unassigned}\nRisolti ieri: {solved}\n\nVai alla coda: {link}',
    subjects:
      'DOV’È IL MIO RIMBORSO??? | Non riesco ad accedere dopo l’aggiornamento | Fattura 2231 importo sbagliato | disdite il mio abbonamento SUBITO | ciao | Il vostro prodotto mi ha rotto il portatile!!! | Vi denuncio alla polizia | Domanda sulla spedizione | 🙁 | Richiesta: tema scuro | URGENTE - azioni legali se non risolvete | Il link per reimpostare la password non va',
    messages:
      'Aspetto da due settimane e nessuno risponde. | Ciao, il pulsante esporta gira all’infinito. Allego screenshot. | Richiamatemi per favore, il numero è nel profilo. | L’ultimo aggiornamento ha cancellato tutte le mie impostazioni.',
    replies:
      'Non funziona ancora, ho provato di tutto. | Grazie, ora funziona! | Novità? Sono passati tre giorni. | Va bene, aspetto lunedì.',
    comments: 'Veloci e gentili, grazie | Ci è voluto troppo | Risolto alla prima risposta',
    customers: 'Luca Bianchi | Francesca Riva | Davide Greco | Sara Fontana | Paolo Marino',
  },
  nl: {
    created:
      '[{company}] Nieuw ticket #{ticket}: {csubject} :: {customer} <{cemail}> heeft een nieuw ticket aangemaakt.\n\n{cmessage}\n\nTicket #{ticket} openen: {link}\n\nJe ontvangt dit bericht als agent van {company} Support.',
    assigned:
      '[{company}] Ticket #{ticket} is aan jou toegewezen :: {assigner} heeft ticket #{ticket} "{csubject}" aan jou toegewezen.\nPrioriteit: {priority}\n\n{link}',
    replied:
      '[{company}] Antw: {csubject} [#{ticket}] :: {customer} heeft gereageerd:\n\n{creply}\n\n---\nGesprek bekijken: {link}',
    sla: '[{company}] SLA-waarschuwing: ticket #{ticket} :: Ticket #{ticket} "{csubject}" overschrijdt over {minutes} minuten de eerste-reactietijd.\nBehandelaar: {first}\n{link}',
    csat: '[{company}] Nieuwe tevredenheidsscore voor #{ticket}: {rating} :: {customer} heeft het gesprek beoordeeld: {rating}\nOpmerking: "{comment}"\n\n{link}',
    digest:
      '[{company}] Dagoverzicht: {open} open tickets :: Goedemorgen {first},\n\nOpen: {open}\nTe laat: {overdue}\nNiet toegewezen: {unassigned}\nGisteren opgelost: {solved}\n\nNaar de wachtrij: {link}',
    subjects:
      'WAAR BLIJFT MIJN TERUGBETALING??? | Kan sinds de update niet inloggen | Factuur 2231 verkeerd bedrag | zeg mijn abonnement NU op | hallo | Jullie product heeft mijn laptop gesloopt!!! | Ik doe aangifte bij de politie | Vraag over de levering | 🙁 | Wens: donkere modus | DRINGEND - anders schakel ik een advocaat in | Link om wachtwoord te herstellen werkt niet',
    messages:
      'Ik wacht al twee weken en niemand reageert. | Hoi, de exportknop blijft maar draaien. Screenshot bijgevoegd. | Bel me alsjeblieft terug, nummer staat in mijn profiel. | Jullie laatste update heeft al mijn instellingen gewist.',
    replies:
      'Werkt nog steeds niet, alles geprobeerd. | Dank je, nu werkt het! | Al nieuws? Het is al drie dagen. | Oké, ik wacht tot maandag.',
    comments:
      'Snel en vriendelijk, bedankt | Duurde veel te lang | Meteen bij het eerste antwoord opgelost',
    customers: 'Ruben Bakker | Lotte Jansen | Mehmet Kaya | Eva Smit | Kees van Dijk',
  },
}
