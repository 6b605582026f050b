// Lint rules and the import boundaries between src/ folders (each folder's README says why).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const folders = [
  'core',
  'messaging',
  'storage',
  'background',
  'content',
  'popup',
  'options',
  'platform',
  'cli',
  'welcome',
  'tour',
]

/** Forbids importing the listed src/ folders and packages from files under src/<folder>. */
function boundary(folder, { folders: banned = [], packages = [] }) {
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banned.map((name) => ({
              group: [`**/${name}/*`, `**/${name}`],
              message: `src/${folder} may not import src/${name} (see src/${folder}/README.md).`,
            })),
            ...packages.map((name) => ({
              group: [name, `${name}/*`],
              message: `src/${folder} may not import ${name} (see src/${folder}/README.md).`,
            })),
          ],
        },
      ],
    },
  }
}

const others = (...allowed) => folders.filter((name) => !allowed.includes(name))
const browserPackages = ['webextension-polyfill']

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'artifacts/**',
      'demo-output/**',
      'node_modules/**',
      'test/fixtures/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The build removes Preact's innerHTML path (scripts/vite/no-inner-html.ts): never use it.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No markup from strings: the build removes dangerouslySetInnerHTML support.',
        },
      ],
    },
  },
  {
    // The unit tier shares one module graph between its files (vitest.config.ts): a module
    // replaced in one file would be the replacement, or not, in the next depending on the order.
    files: ['test/unit/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|hoisted)$/]",
          message: 'No module replacement in test/unit: put the test in test/storage or test/dom.',
        },
      ],
    },
  },
  boundary('core', { folders: others('core'), packages: [...browserPackages, 'idb', 'preact'] }),
  boundary('messaging', {
    folders: others('core', 'messaging'),
    packages: [...browserPackages, 'idb', 'preact'],
  }),
  boundary('storage', {
    folders: others('core', 'storage'),
    packages: [...browserPackages, 'preact'],
  }),
  boundary('background', {
    folders: others('core', 'messaging', 'storage', 'platform', 'background'),
    packages: [...browserPackages, 'preact'],
  }),
  boundary('content', {
    folders: others('core', 'messaging', 'platform', 'content'),
    packages: [...browserPackages, 'idb', 'preact'],
  }),
  boundary('popup', {
    folders: others('core', 'messaging', 'platform', 'popup'),
    packages: [...browserPackages, 'idb'],
  }),
  boundary('options', {
    folders: others('core', 'messaging', 'platform', 'options'),
    packages: [...browserPackages, 'idb'],
  }),
  boundary('welcome', {
    folders: others('platform', 'popup', 'welcome'),
    packages: [...browserPackages, 'idb'],
  }),
  boundary('tour', {
    folders: others('core', 'messaging', 'platform', 'popup', 'content', 'tour'),
    packages: [...browserPackages, 'idb'],
  }),
  boundary('platform', {
    folders: others('core', 'messaging', 'platform'),
    packages: ['idb', 'preact'],
  }),
  boundary('cli', {
    folders: others('core', 'cli'),
    packages: [...browserPackages, 'idb', 'preact'],
  }),
)
