import fs from 'node:fs';
import type { PortalData } from './members.ts';

/** The portal's data, written by scripts/build-portal.ts to the file PORTAL_DATA names. */
export function portalData(): PortalData {
  const file = process.env['PORTAL_DATA'];
  if (!file) throw new Error('PORTAL_DATA is not set: build the portal with npm run build:portal');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as PortalData;
}
