import { describe, expect, it } from 'vitest';

import en from '@/locales/en.json';
import zhHant from '@/locales/zh-Hant.json';

type Tree = Record<string, unknown>;

function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [leaf, text] of leaves(value as Tree, path)) {
        result.set(leaf, text);
      }
    } else {
      result.set(path, value);
    }
  }
  return result;
}

const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const english = leaves(en);
  const chinese = leaves(zhHant);

  it('hold the same keys in Traditional Chinese and English', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...english, ...chinese]) {
      const texts = Array.isArray(text) ? (text as unknown[]) : [text];
      expect(texts.length, key).toBeGreaterThan(0);
      for (const item of texts) {
        expect(typeof item === 'string' && item.trim() !== '', key).toBe(true);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(placeholders(chinese.get(key)), key).toEqual(placeholders(text));
    }
  });

  it('give lists the same length in both languages', () => {
    for (const [key, text] of english) {
      if (Array.isArray(text)) {
        expect(chinese.get(key), key).toHaveLength(text.length);
      }
    }
  });
});
