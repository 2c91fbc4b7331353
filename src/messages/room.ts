/** Strings of the classroom features: QR share, room address, insecure-context notice. */
export const roomMessages = {
  qrLabel: (url: string) => `QR code of the link ${url}`,
  linkLabel: 'Link to this scenario',
  hide: 'Hide QR code',
  scanHint: 'Scan to open this scenario on another device.',
  clipboardOff: 'Copying is turned off on this page (opened over plain http); copy the link below or scan the QR code.',
  settings: {
    title: 'Room address',
    intro:
      'For a live session: the address where learners’ devices reach this course. Share links and QR codes use it. Leave it empty to use the address the room server publishes, or this page’s own address.',
    label: 'Room address',
    hint: 'For example http://192.168.1.20:4173/ (the address “npm run room” prints).',
    save: 'Save room address',
    clear: 'Clear',
    saved: 'Room address saved.',
    cleared: 'Room address cleared.',
    current: 'Share links now point to:',
    sources: {
      setting: 'the address typed here',
      room: 'the address the room server publishes',
      page: 'this page’s own address',
    },
  },
  insecure: {
    title: 'Opened over plain http',
    text: 'This page was opened over plain http at a network address, so the browser turns off two things: installing the course for offline use, and copying links to the clipboard. Everything else works here, and your progress is saved in this browser.',
  },
} as const;
