// Who sends a mail, as a company: its identity (sender.ts brandIdentity), or, when the name it
// writes under does not name that company (a platform many companies send through, such as a
// mailing service's shared domain), the name too. "Sam from Tool3" on tool3.example is Tool3;
// "Quillo" on sendvia.example is Quillo, not the platform. Stored rows keep no display name (the
// extension): their sender is the company alone, so a platform's stored mail and its named mail
// never count as one sender's.
export function companySender(identity: string, name: string | undefined): string {
  // The company's first label: "tool" for an identity "tool.example" the suffix list did not cut.
  const label = identity.split('.')[0] ?? identity
  return name === undefined || name.includes(label) ? identity : `${identity}\n${name}`
}
