// What a shipped manifest may ask for: the allowlist in manifest-allowlist.json. Used by the
// `manifest` step of npm test on the built manifests (the build could add entries on its own).

export interface ManifestAllowlist {
  permissions: string[]
  optional_permissions: string[]
  host_permissions: string[]
  web_accessible_resources: string[]
  content_security_policy: unknown
  content_script_matches: string[]
}

interface ShippedManifest {
  permissions?: string[]
  optional_permissions?: string[]
  host_permissions?: string[]
  web_accessible_resources?: (string | { resources?: string[] })[]
  content_scripts?: { matches?: string[] }[]
  content_security_policy?: unknown
}

/** Every way `manifest` asks for more than `allow` permits, in words; empty when it does not. */
export function manifestProblems(manifest: ShippedManifest, allow: ManifestAllowlist): string[] {
  const problems: string[] = []
  const outside = (field: string, values: readonly string[] = [], allowed: readonly string[]) => {
    for (const value of values)
      if (!allowed.includes(value)) problems.push(`${field} "${value}" is not allowed`)
  }
  outside('permission', manifest.permissions, allow.permissions)
  outside('optional permission', manifest.optional_permissions, allow.optional_permissions)
  outside('host permission', manifest.host_permissions, allow.host_permissions)
  const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : (entry.resources ?? []),
  )
  outside('web-accessible resource', resources, allow.web_accessible_resources)
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])
  outside('content-script match', matches, allow.content_script_matches)
  const csp = manifest.content_security_policy ?? null
  if (JSON.stringify(csp) !== JSON.stringify(allow.content_security_policy))
    problems.push(`content_security_policy ${JSON.stringify(csp)} is not allowed`)
  return problems
}
