import { describe, expect, it } from 'vitest'
import { unusedAssets } from '../../scripts/vite/unused-assets.ts'

describe('the built assets no file names any more', () => {
  it('drops a replaced page chunk and the chunks only it imported, and keeps the rest', () => {
    const texts = new Map([
      ['manifest.json', '{"background":{"service_worker":"service-worker-loader.js"}}'],
      ['service-worker-loader.js', 'import "./assets/worker-1.js"'],
      ['src/popup/index.html', '<script type="module" src="/assets/popup-2.js"></script>'],
      ['src/options/index.html', '<script type="module" src="/assets/options-3.js"></script>'],
      ['assets/worker-1.js', 'import{a}from"./shared-4.js"'],
      ['assets/popup-2.js', 'const popup=1'],
      ['assets/options-3.js', 'import{a}from"./shared-4.js";import{b}from"./ui-5.js"'],
      ['assets/shared-4.js', 'export const a=1'],
      ['assets/ui-5.js', 'export const b=1'],
      ['assets/old-popup-6.js', 'import{a}from"./shared-4.js";import{c}from"./old-only-7.js"'],
      ['assets/old-only-7.js', 'export const c=1'],
      ['assets/old-popup-8.css', 'main{padding:0}'],
    ])
    const files = [...texts.keys(), 'icons/16.png']
    expect(unusedAssets(files, texts).sort()).toEqual([
      'assets/old-only-7.js',
      'assets/old-popup-6.js',
      'assets/old-popup-8.css',
    ])
  })
})
