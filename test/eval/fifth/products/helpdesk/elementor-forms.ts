// Elementor Pro Form widget, action "Email 2" (the copy to the submitter): default subject
// `New message from "<site title>"`, message `[all-fields]`, From `email@<site domain>` with the
// site title as name, and the metadata block (date, time, page URL, user agent, remote IP,
// "Powered by: Elementor"). Source: Elementor documentation "Form widget → Actions After Submit
// → Email 2"; other languages follow Elementor's translations (reconstruction).
import type { Product } from '../../product.ts'
import { entryLines } from '../fields.ts'

const META = {
  en: ['Date', 'Time', 'Page URL', 'User Agent', 'Remote IP', 'Powered by'],
  de: ['Datum', 'Uhrzeit', 'Seiten-URL', 'User-Agent', 'Remote-IP', 'Unterstützt von'],
  fr: ['Date', 'Heure', 'URL de la page', 'Agent utilisateur', 'IP distante', 'Propulsé par'],
  es: ['Fecha', 'Hora', 'URL de la página', 'Agente de usuario', 'IP remota', 'Desarrollado por'],
  pt: ['Data', 'Hora', 'URL da página', 'Agente de usuário', 'IP remoto', 'Desenvolvido por'],
  it: ['Data', 'Ora', 'URL della pagina', 'User agent', 'IP remoto', 'Realizzato con'],
  nl: ['Datum', 'Tijd', 'Pagina-URL', 'User agent', 'Extern IP', 'Mogelijk gemaakt door'],
} as const

function metadata(lang: keyof typeof META, domain: string, ref: string): string {
  const [date, time, url, agent, ip, powered] = META[lang]
  const n = Number(ref.slice(-3)) || 0
  return [
    '---',
    `${date}: 2026-11-${String(2 + (n % 20)).padStart(2, '0')}`,
    `${time}: ${String(n % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`,
    `${url}: https://${domain}/contact/`,
    `${agent}: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36`,
    `${ip}: 185.220.${n % 250}.${(n * 7) % 250}`,
    `${powered}: Elementor`,
  ].join('\n')
}

export const ELEMENTOR_FORMS: Product = {
  product: 'Elementor Forms',
  family: 'helpdesk',
  source: 'Elementor Pro Form widget "Email 2", default subject New message from "<site>"',
  echo: 'message',
  hosted: null,
  locals: ['email', 'email', 'wordpress', 'no-reply'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: `New message from "${f.company}"`,
      body: `${entryLines('en', f)}\n\n${metadata('en', f.domain, f.ref)}`,
    }),
    de: (f) => ({
      subject: `Neue Nachricht von "${f.company}"`,
      body: `${entryLines('de', f)}\n\n${metadata('de', f.domain, f.ref)}`,
    }),
    fr: (f) => ({
      subject: `Nouveau message de "${f.company}"`,
      body: `${entryLines('fr', f)}\n\n${metadata('fr', f.domain, f.ref)}`,
    }),
    es: (f) => ({
      subject: `Nuevo mensaje de "${f.company}"`,
      body: `${entryLines('es', f)}\n\n${metadata('es', f.domain, f.ref)}`,
    }),
    pt: (f) => ({
      subject: `Nova mensagem de "${f.company}"`,
      body: `${entryLines('pt', f)}\n\n${metadata('pt', f.domain, f.ref)}`,
    }),
    it: (f) => ({
      subject: `Nuovo messaggio da "${f.company}"`,
      body: `${entryLines('it', f)}\n\n${metadata('it', f.domain, f.ref)}`,
    }),
    nl: (f) => ({
      subject: `Nieuw bericht van "${f.company}"`,
      body: `${entryLines('nl', f)}\n\n${metadata('nl', f.domain, f.ref)}`,
    }),
  },
}
