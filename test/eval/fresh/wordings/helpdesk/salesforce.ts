import { w, type Product } from '../types.ts'

// Service Cloud Email-to-Case / Web-to-Case auto-response rule with the sample classic template
// "SUPPORT: Case Created (Web Inquiries)"; Salesforce Help, "Set Up Auto-Response Rules" and
// "Sample Email Templates". The ref:_…:ref thread id is the classic Email-to-Case threading token.
export const salesforce: Product = {
  product: 'Salesforce Email-to-Case',
  family: 'helpdesk',
  source:
    'Salesforce Help, "Set Up Auto-Response Rules", sample template "SUPPORT: Case Created (Web Inquiries)"',
  ticket: '0001####',
  texts: {
    en: [
      w(
        'Case {ticket}: {subject} [ ref:_00D5g{code}._5004W{code}:ref ]',
        `Dear {name},\n\nThank you for contacting {company}. Your case number is {ticket}.\n\nA member of our support team will respond to your inquiry as soon as possible. Please reply to this email if you have additional information about your case; keep the reference below so your reply is added to it.\n\nSubject: {subject}\n\nSincerely,\n{company} Customer Support\n\nref:_00D5g{code}._5004W{code}:ref`,
      ),
      w(
        'We received your inquiry - Case #{ticket}',
        `Hello {name},\n\nThank you for reaching out. We have received your inquiry "{subject}" and opened case #{ticket}. Our typical response time is one business day.\n\nRegards,\n{company} Customer Care\n\nref:_00D5g{code}._5004W{code}:ref`,
      ),
    ],
    de: [
      w(
        'Fall {ticket}: {subject} [ ref:_00D5g{code}._5004W{code}:ref ]',
        `Hallo {name},\n\nvielen Dank, dass Sie sich an {company} gewandt haben. Ihre Fallnummer lautet {ticket}.\n\nEin Mitarbeiter unseres Support-Teams wird sich so bald wie möglich bei Ihnen melden. Wenn Sie weitere Informationen zu Ihrem Fall haben, antworten Sie einfach auf diese E-Mail.\n\nBetreff: {subject}\n\nMit freundlichen Grüßen\nIhr {company} Kundensupport\n\nref:_00D5g{code}._5004W{code}:ref`,
      ),
    ],
    fr: [
      w(
        'Requête {ticket} : {subject} [ ref:_00D5g{code}._5004W{code}:ref ]',
        `Bonjour {name},\n\nMerci d’avoir contacté {company}. Le numéro de votre requête est {ticket}.\n\nUn membre de notre équipe d’assistance vous répondra dans les meilleurs délais. Si vous avez des informations complémentaires, répondez simplement à cet e-mail.\n\nObjet : {subject}\n\nCordialement,\nLe support client {company}\n\nref:_00D5g{code}._5004W{code}:ref`,
      ),
    ],
    es: [
      w(
        'Caso {ticket}: {subject} [ ref:_00D5g{code}._5004W{code}:ref ]',
        `Estimado/a {name}:\n\nGracias por ponerse en contacto con {company}. Su número de caso es {ticket}.\n\nUn miembro de nuestro equipo de soporte responderá a su consulta lo antes posible. Si tiene más información sobre su caso, responda a este correo.\n\nAsunto: {subject}\n\nAtentamente,\nAtención al cliente de {company}\n\nref:_00D5g{code}._5004W{code}:ref`,
      ),
    ],
    pt: [
      w(
        'Caso {ticket}: {subject} [ ref:_00D5g{code}._5004W{code}:ref ]',
        `Olá, {name},\n\nObrigado por entrar em contato com a {company}. O número do seu caso é {ticket}.\n\nUm membro da nossa equipe de suporte responderá à sua solicitação o mais rápido possível. Se tiver mais informações sobre o caso, basta responder a este e-mail.\n\nAssunto: {subject}\n\nAtenciosamente,\nSuporte ao Cliente {company}\n\nref:_00D5g{code}._5004W{code}:ref`,
      ),
    ],
    it: [
      w(
        'Caso {ticket}: {subject} [ ref:_00D5g{code}._5004W{code}:ref ]',
        `Gentile {name},\n\ngrazie per aver contattato {company}. Il numero del tuo caso è {ticket}.\n\nUn membro del nostro team di assistenza risponderà alla tua richiesta il prima possibile. Se hai altre informazioni sul caso, rispondi a questa e-mail.\n\nOggetto: {subject}\n\nCordiali saluti,\nAssistenza clienti {company}\n\nref:_00D5g{code}._5004W{code}:ref`,
      ),
    ],
    nl: [
      w(
        'Case {ticket}: {subject} [ ref:_00D5g{code}._5004W{code}:ref ]',
        `Beste {name},\n\nBedankt voor uw bericht aan {company}. Uw casenummer is {ticket}.\n\nEen medewerker van ons supportteam neemt zo snel mogelijk contact met u op. Heeft u aanvullende informatie, beantwoord dan deze e-mail.\n\nOnderwerp: {subject}\n\nMet vriendelijke groet,\nKlantenservice {company}\n\nref:_00D5g{code}._5004W{code}:ref`,
      ),
    ],
  },
}
