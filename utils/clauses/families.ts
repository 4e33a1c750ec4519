import type { ColorFamily } from './schema';

/**
 * One highlight colour per Article 10 item. Each is drawn as a translucent background plus a solid
 * underline, which stays legible on light and dark pages alike (see assets/highlights.css).
 */
export const FAMILIES: ColorFamily[] = [
  { id: 'art10-1', color: '#8e44ad' },
  { id: 'art10-2', color: '#d32f2f' },
  { id: 'art10-3', color: '#ef6c00' },
  { id: 'art10-4', color: '#9e9d24' },
  { id: 'art10-5', color: '#00897b' },
  { id: 'art10-6', color: '#1e88e5' },
  { id: 'art10-7', color: '#d81b60' },
  { id: 'art10-8', color: '#6d4c41' },
  { id: 'art10-9', color: '#f9a825' },
  { id: 'art10-10', color: '#43a047' },
  { id: 'art10-11', color: '#546e7a' },
  { id: 'baseline', color: '#5c6bc0' },
  { id: 'convention', color: '#757575' },
];
