import type { SigningRollEntry } from '@/features/ceremony/api/get-signing-roll';
import { orlando, taipei } from '@/testing/cities';

// The signing roll of the 2016 summit as the API returns it: the host and guest cities that are
// still attending (Tel Aviv withdrew, Estonia only observes), in signing order. Taipei's mayor
// signs; Orlando has designated nobody yet.

export const taipeiSigns = {
  position: 1,
  cityId: taipei.id,
  cityName: taipei.name,
  signatoryId: '3b1d8a52-0000-4a5b-8c9d-00000000a001',
  signatoryName: { 'zh-Hant': '柯文哲', en: 'Ko Wen-je' },
  signatoryTitle: { 'zh-Hant': '市長', en: 'Mayor' },
} satisfies SigningRollEntry;

export const orlandoSigns = {
  position: 2,
  cityId: orlando.id,
  cityName: orlando.name,
  signatoryId: null,
  signatoryName: null,
  signatoryTitle: null,
} satisfies SigningRollEntry;

/** Orlando once an organiser has designated Buddy Dyer. */
export const orlandoDesignated = {
  ...orlandoSigns,
  signatoryId: '3b1d8a52-0000-4a5b-8c9d-00000000b001',
  signatoryName: { 'zh-Hant': '巴迪·戴爾', en: 'Buddy Dyer' },
  signatoryTitle: { 'zh-Hant': '市長', en: 'Mayor' },
} satisfies SigningRollEntry;

/** `GET /api/ceremony/signing-roll`. */
export const signingRoll2016: SigningRollEntry[] = [taipeiSigns, orlandoSigns];
