/** Every class of screen the app is laid out for, as the browser tests emulate them. */
export interface Screen {
  name: string;
  width: number;
  height: number;
  scale: number;
  /** The least share of the screen the map takes. */
  mapShare: number;
}

export const SCREENS: Screen[] = [
  { name: 'kiosk 1920×1080', width: 1920, height: 1080, scale: 1, mapShare: 0.4 },
  { name: 'kiosk 3840×2160', width: 3840, height: 2160, scale: 1, mapShare: 0.4 },
  { name: 'tablet 1024×768', width: 1024, height: 768, scale: 2, mapShare: 0.4 },
  { name: 'tablet 1180×820', width: 1180, height: 820, scale: 2, mapShare: 0.4 },
  { name: 'tablet 1366×1024', width: 1366, height: 1024, scale: 2, mapShare: 0.4 },
  { name: 'tablet upright 768×1024', width: 768, height: 1024, scale: 2, mapShare: 0.4 },
  { name: 'tablet upright 820×1180', width: 820, height: 1180, scale: 2, mapShare: 0.4 },
  { name: 'phone 390×844', width: 390, height: 844, scale: 3, mapShare: 0.25 },
  { name: '200 % zoom of 1280×800', width: 640, height: 400, scale: 2, mapShare: 0.4 },
];
