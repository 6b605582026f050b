// The attacker's texts, written for this set: what they paste into the name, subject and message
// fields of other companies' forms. One line per kind and language: "short :: long" (the short
// one fits a name or subject field, the long one a message field). Work-themed lures (domain
// suspension, overdue invoice, failed security audit) sit beside the usual ones.
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'takedown',
  'police',
  'court',
  'crypto',
  'giveaway',
  'invoice',
  'domain',
  'audit',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

export const PAYLOAD_TEXTS: Record<Lang, Record<PayloadKind, string>> = {
  en: {
    takedown:
      'FINAL NOTICE: your site goes offline in 24h :: Your website has been reported for copyright abuse and will be taken down within 24 hours. To stop the removal call +1 888 410 2291 today.',
    police:
      'Cyber Police Unit - case 55-7731 opened :: The Cyber Crime Unit has opened case 55-7731 against this address. Failure to respond within 48 hours leads to an arrest warrant. Reply to officer Grant.',
    court:
      'Court summons 2026/CV/8812 - respond now :: You are summoned to appear in civil case 2026/CV/8812. Download the summons and pay the filing fee of 340 USD to avoid judgment by default.',
    crypto:
      'Withdraw your 1.42 BTC before midnight :: Your wallet holds 1.42 BTC from the mining pool. Confirm your withdrawal at btc-release-desk.top before midnight or the funds are lost.',
    giveaway:
      'WINNER! Claim your MacBook Pro now :: Congratulations, you were picked in our partner giveaway. Pay 2.99 shipping at claim-my-prize.win to receive your MacBook Pro.',
    invoice:
      'Invoice INV-30917 overdue - pay 1,980 USD :: Invoice INV-30917 for 1,980 USD is 21 days overdue. Settle it today at pay-inv-portal.com to avoid collection charges.',
    domain:
      'Your domain will be suspended today :: Your domain registration failed verification and will be suspended at 18:00. Renew now at domain-renewal-center.net to keep your email and website.',
    audit:
      'Security audit FAILED - action required :: Your company failed its quarterly security audit. Download the report and sign the remediation form at audit-secure-docs.com within 12 hours.',
  },
  de: {
    takedown:
      'LETZTE MAHNUNG: Ihre Website wird in 24h abgeschaltet :: Ihre Website wurde wegen Urheberrechtsverletzung gemeldet und wird binnen 24 Stunden entfernt. Rufen Sie +49 30 5578 1204 an, um das zu verhindern.',
    police:
      'Polizei Cybercrime: Verfahren 4471/26 eröffnet :: Gegen diese Adresse wurde das Ermittlungsverfahren 4471/26 eröffnet. Ohne Antwort binnen 48 Stunden ergeht ein Haftbefehl. Melden Sie sich bei Kommissar Weber.',
    court:
      'Gerichtliche Ladung Az. 12 C 907/26 :: Sie sind im Verfahren 12 C 907/26 geladen. Laden Sie die Ladung herunter und zahlen Sie 290 EUR Gebühr, sonst ergeht ein Versäumnisurteil.',
    crypto:
      'Ihre 0,87 BTC verfallen heute um Mitternacht :: Auf Ihrem Wallet liegen 0,87 BTC. Bestätigen Sie die Auszahlung auf btc-auszahlung.top vor Mitternacht, sonst verfällt das Guthaben.',
    giveaway:
      'GEWINNER! Ihr iPhone 17 wartet auf Sie :: Glückwunsch, Sie wurden ausgelost. Zahlen Sie nur 1,95 EUR Versand auf gewinn-abholen.win und erhalten Sie Ihr iPhone 17.',
    invoice:
      'Rechnung RE-55120 überfällig: 1.740 EUR :: Die Rechnung RE-55120 über 1.740 EUR ist seit 21 Tagen überfällig. Zahlen Sie heute über rechnung-portal.com, um Inkassokosten zu vermeiden.',
    domain:
      'Ihre Domain wird heute gesperrt :: Die Registrierung Ihrer Domain konnte nicht verifiziert werden und wird um 18 Uhr gesperrt. Jetzt verlängern auf domain-verlaengerung.net.',
    audit:
      'Sicherheitsaudit NICHT BESTANDEN - handeln Sie jetzt :: Ihr Unternehmen hat das Quartalsaudit nicht bestanden. Bericht herunterladen und Maßnahmenformular binnen 12 Stunden auf audit-sicher.com unterschreiben.',
  },
  fr: {
    takedown:
      'DERNIER AVIS : votre site sera supprimé sous 24h :: Votre site a été signalé pour violation du droit d’auteur et sera supprimé sous 24 heures. Appelez le +33 1 84 60 22 19 pour l’empêcher.',
    police:
      'Police cybercriminalité : dossier 8830-26 ouvert :: Un dossier 8830-26 a été ouvert contre cette adresse. Sans réponse sous 48 heures un mandat sera délivré. Contactez le lieutenant Morel.',
    court:
      'Convocation au tribunal n° RG 26/04412 :: Vous êtes convoqué dans l’affaire RG 26/04412. Téléchargez la convocation et réglez 310 EUR de frais pour éviter un jugement par défaut.',
    crypto:
      'Retirez vos 1,05 BTC avant minuit :: Votre portefeuille contient 1,05 BTC. Confirmez le retrait sur retrait-btc.top avant minuit, sinon les fonds seront perdus.',
    giveaway:
      'GAGNANT ! Réclamez votre PlayStation 5 :: Félicitations, vous avez été tiré au sort. Payez 2,49 EUR de livraison sur mon-lot.win pour recevoir votre PlayStation 5.',
    invoice:
      'Facture FA-66107 impayée : 2 150 EUR :: La facture FA-66107 de 2 150 EUR est en retard de 21 jours. Réglez-la aujourd’hui sur portail-factures.com pour éviter le recouvrement.',
    domain:
      'Votre nom de domaine sera suspendu aujourd’hui :: La vérification de votre domaine a échoué, il sera suspendu à 18h. Renouvelez-le maintenant sur renouvellement-domaine.net.',
    audit:
      'Audit de sécurité ÉCHOUÉ - action requise :: Votre entreprise a échoué à l’audit trimestriel. Téléchargez le rapport et signez le formulaire sur audit-securite-docs.com sous 12 heures.',
  },
  es: {
    takedown:
      'ÚLTIMO AVISO: su web se eliminará en 24h :: Su sitio web ha sido denunciado por infracción de derechos de autor y se eliminará en 24 horas. Llame al +34 910 55 82 31 para evitarlo.',
    police:
      'Policía - Delitos informáticos: expediente 3318/26 :: Se ha abierto el expediente 3318/26 contra esta dirección. Sin respuesta en 48 horas se emitirá una orden de detención. Contacte con el inspector Ruiz.',
    court:
      'Citación judicial procedimiento 771/2026 :: Queda citado en el procedimiento 771/2026. Descargue la citación y abone 280 EUR de tasas para evitar una sentencia en rebeldía.',
    crypto:
      'Retire sus 0,93 BTC antes de medianoche :: Su monedero contiene 0,93 BTC. Confirme la retirada en retiro-btc.top antes de medianoche o perderá los fondos.',
    giveaway:
      '¡GANADOR! Reclame su Samsung Galaxy hoy :: Enhorabuena, ha sido seleccionado. Pague 1,99 EUR de envío en reclama-premio.win y reciba su Samsung Galaxy.',
    invoice:
      'Factura F-20931 vencida: 1.860 EUR :: La factura F-20931 de 1.860 EUR lleva 21 días vencida. Páguela hoy en portal-facturas.com para evitar recargos de cobro.',
    domain:
      'Su dominio será suspendido hoy :: La verificación de su dominio ha fallado y se suspenderá a las 18:00. Renueve ahora en renovacion-dominio.net.',
    audit:
      'Auditoría de seguridad SUSPENDIDA - actúe ya :: Su empresa no ha superado la auditoría trimestral. Descargue el informe y firme el formulario en auditoria-segura.com en 12 horas.',
  },
  pt: {
    takedown:
      'AVISO FINAL: o seu site sai do ar em 24h :: O seu site foi denunciado por violação de direitos de autor e será removido em 24 horas. Ligue para +351 21 380 4417 para o impedir.',
    police:
      'Polícia - Cibercrime: processo 6620/26 aberto :: Foi aberto o processo 6620/26 contra este endereço. Sem resposta em 48 horas será emitido um mandado. Contacte o inspetor Sousa.',
    court:
      'Notificação judicial processo 2290/26 :: Está notificado no processo 2290/26. Descarregue a notificação e pague 260 EUR de taxa para evitar uma decisão à revelia.',
    crypto:
      'Levante os seus 1,21 BTC antes da meia-noite :: A sua carteira tem 1,21 BTC. Confirme o levantamento em levantar-btc.top antes da meia-noite ou perde os fundos.',
    giveaway:
      'VENCEDOR! Resgate o seu iPad hoje :: Parabéns, foi sorteado. Pague 2,20 EUR de portes em resgatar-premio.win e receba o seu iPad.',
    invoice:
      'Fatura FT-44018 em atraso: 1.590 EUR :: A fatura FT-44018 de 1.590 EUR está em atraso há 21 dias. Pague hoje em portal-faturas.com para evitar custos de cobrança.',
    domain:
      'O seu domínio será suspenso hoje :: A verificação do seu domínio falhou e será suspenso às 18h. Renove agora em renovar-dominio.net.',
    audit:
      'Auditoria de segurança REPROVADA - ação necessária :: A sua empresa reprovou na auditoria trimestral. Descarregue o relatório e assine o formulário em auditoria-segura-docs.com em 12 horas.',
  },
  it: {
    takedown:
      'ULTIMO AVVISO: il tuo sito verrà oscurato in 24h :: Il tuo sito è stato segnalato per violazione del diritto d’autore e verrà rimosso entro 24 ore. Chiama il +39 02 9475 3382 per evitarlo.',
    police:
      'Polizia Postale: fascicolo 5502/26 aperto :: È stato aperto il fascicolo 5502/26 a carico di questo indirizzo. Senza risposta entro 48 ore sarà emesso un mandato. Contatta l’ispettore Conti.',
    court:
      'Citazione in tribunale RG 9104/2026 :: Sei citato nel procedimento RG 9104/2026. Scarica la citazione e paga 300 EUR di diritti per evitare la contumacia.',
    crypto:
      'Preleva i tuoi 0,78 BTC entro mezzanotte :: Il tuo wallet contiene 0,78 BTC. Conferma il prelievo su preleva-btc.top entro mezzanotte o perderai i fondi.',
    giveaway:
      'VINCITORE! Ritira il tuo Dyson adesso :: Complimenti, sei stato estratto. Paga 1,90 EUR di spedizione su ritira-premio.win e ricevi il tuo Dyson.',
    invoice:
      'Fattura FT-70245 scaduta: 2.040 EUR :: La fattura FT-70245 di 2.040 EUR è scaduta da 21 giorni. Pagala oggi su portale-fatture.com per evitare spese di recupero.',
    domain:
      'Il tuo dominio sarà sospeso oggi :: La verifica del tuo dominio non è riuscita e sarà sospeso alle 18. Rinnova ora su rinnovo-dominio.net.',
    audit:
      'Audit di sicurezza FALLITO - intervento richiesto :: La tua azienda non ha superato l’audit trimestrale. Scarica il rapporto e firma il modulo su audit-sicuro-docs.com entro 12 ore.',
  },
  nl: {
    takedown:
      'LAATSTE WAARSCHUWING: uw site gaat binnen 24u offline :: Uw website is gemeld wegens auteursrechtschending en wordt binnen 24 uur verwijderd. Bel +31 20 808 4513 om dit te voorkomen.',
    police:
      'Politie Cybercrime: dossier 7745/26 geopend :: Tegen dit adres is dossier 7745/26 geopend. Zonder reactie binnen 48 uur volgt een arrestatiebevel. Neem contact op met inspecteur De Vries.',
    court:
      'Dagvaarding zaaknummer C/13/7781 :: U bent gedagvaard in zaak C/13/7781. Download de dagvaarding en betaal 275 EUR griffierecht om verstek te voorkomen.',
    crypto:
      'Neem uw 1,14 BTC op voor middernacht :: Uw wallet bevat 1,14 BTC. Bevestig de opname op opname-btc.top voor middernacht, anders vervalt het saldo.',
    giveaway:
      'WINNAAR! Claim vandaag uw e-bike :: Gefeliciteerd, u bent geloot. Betaal 2,50 EUR verzendkosten op claim-prijs.win en ontvang uw e-bike.',
    invoice:
      'Factuur F-81264 achterstallig: 1.920 EUR :: Factuur F-81264 van 1.920 EUR is 21 dagen over de vervaldatum. Betaal vandaag via facturen-portaal.com om incassokosten te voorkomen.',
    domain:
      'Uw domeinnaam wordt vandaag opgeschort :: De verificatie van uw domein is mislukt; het wordt om 18.00 uur opgeschort. Verleng nu via domein-verlengen.net.',
    audit:
      'Beveiligingsaudit GEZAKT - actie vereist :: Uw bedrijf is gezakt voor de kwartaalaudit. Download het rapport en teken het formulier op audit-veilig-docs.com binnen 12 uur.',
  },
}

/** What a form gets when the wave carries no payload: a bland subject and message. */
export const BLAND: Record<Lang, string> = {
  en: 'Question about your services :: Hello, could someone get back to me about your services? Thanks.',
  de: 'Frage zu Ihrem Angebot :: Hallo, könnten Sie sich bitte wegen Ihres Angebots bei mir melden? Danke.',
  fr: 'Question sur vos services :: Bonjour, pourriez-vous me recontacter au sujet de vos services ? Merci.',
  es: 'Consulta sobre sus servicios :: Hola, ¿podrían ponerse en contacto conmigo sobre sus servicios? Gracias.',
  pt: 'Pergunta sobre os vossos serviços :: Olá, podem entrar em contacto comigo sobre os vossos serviços? Obrigado.',
  it: 'Domanda sui vostri servizi :: Buongiorno, potreste ricontattarmi riguardo ai vostri servizi? Grazie.',
  nl: 'Vraag over uw diensten :: Hallo, kunt u contact met mij opnemen over uw diensten? Bedankt.',
}
