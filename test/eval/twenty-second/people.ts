// The inbox owners, one per language (invented names on invented domains), and the people who
// write to them (colleagues, friends, family).
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
  colleague: { name: string; address: string }
  friends: readonly string[]
}

export const PEOPLE: Record<Lang, Person> = {
  en: p('Harriet Colby', 'harriet.colby@maildrift.example', 'Owen Pratt', ['Ruth', 'Dev', 'Mum']),
  de: p('Jonas Vielhaber', 'j.vielhaber@postweide.example', 'Sabine Kroll', [
    'Lena',
    'Timo',
    'Papa',
  ]),
  fr: p('Camille Berthaud', 'camille.berthaud@courrielle.example', 'Rémi Lacoste', [
    'Inès',
    'Hugo',
    'Maman',
  ]),
  es: p('Lucía Ferrán', 'lucia.ferran@buzonia.example', 'Diego Salcedo', [
    'Marta',
    'Pablo',
    'Mamá',
  ]),
  pt: p('Tiago Marinho', 'tiago.marinho@caixaluz.example', 'Beatriz Couto', [
    'Rita',
    'João',
    'Mãe',
  ]),
  it: p('Chiara Baldelli', 'chiara.baldelli@postavia.example', 'Marco Fumagalli', [
    'Giulia',
    'Luca',
    'Papà',
  ]),
  nl: p('Sanne Vermeulen', 'sanne.vermeulen@postkade.example', 'Joris de Bruin', [
    'Femke',
    'Bram',
    'Oma',
  ]),
}

export const QUIET_PERSON: Person = p(
  'Ada Whitlock',
  'ada.whitlock@quietbox.example',
  'Nils Ahrens',
  ['Tess', 'Omar', 'Dad'],
)

function p(name: string, address: string, colleague: string, friends: string[]): Person {
  const slug = colleague.toLowerCase().replace(/[^a-z]+/gu, '.')
  return {
    name,
    first: name.split(' ')[0]!,
    address,
    colleague: { name: colleague, address: `${slug}@${address.split('@')[1]!}` },
    friends,
  }
}
