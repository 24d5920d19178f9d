// Browser KeyboardEvent.code (the physical key, US layout) to the X keysym of its unshifted symbol; Shift and the
// other modifiers travel as keys of their own, so the remote keyboard state follows the Helper's.
const NAMED = {
  Enter: 0xff0d, NumpadEnter: 0xff8d, Escape: 0xff1b, Backspace: 0xff08, Tab: 0xff09, Space: 0x20,
  ArrowLeft: 0xff51, ArrowUp: 0xff52, ArrowRight: 0xff53, ArrowDown: 0xff54, Home: 0xff50, End: 0xff57,
  PageUp: 0xff55, PageDown: 0xff56, Insert: 0xff63, Delete: 0xffff,
  ShiftLeft: 0xffe1, ShiftRight: 0xffe2, ControlLeft: 0xffe3, ControlRight: 0xffe4, AltLeft: 0xffe9,
  AltRight: 0xfe03, MetaLeft: 0xffeb, MetaRight: 0xffec, CapsLock: 0xffe5, NumLock: 0xff7f,
  ScrollLock: 0xff14, PrintScreen: 0xff61, Pause: 0xff13, ContextMenu: 0xff67,
  Minus: 0x2d, Equal: 0x3d, BracketLeft: 0x5b, BracketRight: 0x5d, Backslash: 0x5c, Semicolon: 0x3b,
  Quote: 0x27, Backquote: 0x60, Comma: 0x2c, Period: 0x2e, Slash: 0x2f,
  NumpadAdd: 0xffab, NumpadSubtract: 0xffad, NumpadMultiply: 0xffaa, NumpadDivide: 0xffaf, NumpadDecimal: 0xffae,
};

/** @returns {number|null} the keysym, or null for a key the remote side does not know */
export function keysym(code) {
  if (code in NAMED) { return NAMED[code]; }
  let m = /^Key([A-Z])$/.exec(code);
  if (m) { return m[1].toLowerCase().charCodeAt(0); }
  m = /^Digit([0-9])$/.exec(code);
  if (m) { return 0x30 + Number(m[1]); }
  m = /^Numpad([0-9])$/.exec(code);
  if (m) { return 0xffb0 + Number(m[1]); }
  m = /^F([0-9]{1,2})$/.exec(code);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) { return 0xffbd + Number(m[1]); }
  return null;
}
