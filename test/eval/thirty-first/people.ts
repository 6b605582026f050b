// The person whose inbox each scenario is, per language, with colleagues and friends who write.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
  lang: Lang
  /** People who write to the person (first names and addresses). */
  contacts: readonly { name: string; address: string }[]
}

const make = (lang: Lang, name: string, address: string, contacts: [string, string][]): Person => ({
  name,
  first: name.split(' ')[0]!,
  address,
  lang,
  contacts: contacts.map(([n, a]) => ({ name: n, address: a })),
})

export const PEOPLE: Record<Lang, Person> = {
  en: make('en', 'Hollis Carraway', 'hollis.carraway@fastmail.example', [
    ['Priya Nandakumar', 'priya.n@workmail.example'],
    ['Tom Eakins', 'tom.eakins@gmail.example'],
    ['Mum', 'june.carraway@btinternet.example'],
  ]),
  de: make('de', 'Friederike Sommerfeld', 'f.sommerfeld@posteo.example', [
    ['Jonas Oberle', 'jonas.oberle@firma.example'],
    ['Anke Brühl', 'anke.bruehl@web.example'],
    ['Papa', 'g.sommerfeld@t-online.example'],
  ]),
  fr: make('fr', 'Gaëlle Rousseaux', 'gaelle.rousseaux@orange.example', [
    ['Mathieu Lenoir', 'm.lenoir@bureau.example'],
    ['Inès Haddad', 'ines.haddad@free.example'],
    ['Maman', 'c.rousseaux@wanadoo.example'],
  ]),
  es: make('es', 'Nerea Altuna', 'nerea.altuna@gmail.example', [
    ['Iker Goikoetxea', 'iker.g@empresa.example'],
    ['Lucía Pardo', 'lucia.pardo@hotmail.example'],
    ['Mamá', 'maite.altuna@telefonica.example'],
  ]),
  pt: make('pt', 'Rodrigo Figueiredo', 'rodrigo.figueiredo@sapo.example', [
    ['Beatriz Cunha', 'beatriz.cunha@trabalho.example'],
    ['Thiago Matos', 'thiago.matos@uol.example'],
    ['Mãe', 'helena.figueiredo@gmail.example'],
  ]),
  it: make('it', 'Chiara Bellandi', 'chiara.bellandi@libero.example', [
    ['Davide Morelli', 'd.morelli@ufficio.example'],
    ['Serena Vitale', 'serena.vitale@gmail.example'],
    ['Papà', 'franco.bellandi@tiscali.example'],
  ]),
  nl: make('nl', 'Sanne Verbeek', 'sanne.verbeek@ziggo.example', [
    ['Ruben de Wit', 'ruben.dewit@kantoor.example'],
    ['Fleur Janssen', 'fleur.janssen@gmail.example'],
    ['Pap', 'henk.verbeek@kpnmail.example'],
  ]),
}

export const QUIET_PERSON = PEOPLE.en
