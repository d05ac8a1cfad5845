import { decode } from 'fast-png';

/**
 * Reading what a person sees from a screenshot, without script in the page: the page's own
 * background (forced colours' Canvas), whether a control has a line of a contrasting colour on
 * each of its four sides, and whether a focus ring appeared around what has focus.
 */

export interface Image {
  width: number;
  height: number;
  /** The colour at (x, y), as [r, g, b]. */
  at(x: number, y: number): [number, number, number];
  /** The pixels, row by row, `channels` bytes each. */
  data: Uint8Array;
  channels: number;
}

/** A PNG as pixels (RGB or RGBA, 8 bits). */
export function image(png: Uint8Array): Image {
  const decoded = decode(png);
  const { width, height, channels } = decoded;
  const data = decoded.data as Uint8Array;
  if (decoded.depth !== 8 || channels < 3)
    throw new Error(`An unexpected PNG: depth ${decoded.depth}, ${channels} channels`);
  return {
    width,
    height,
    data,
    channels,
    at: (x, y) => {
      const i = (y * width + x) * channels;
      return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    },
  };
}

type Colour = [number, number, number];

/** A part of an image, as an image of its own (points outside it read as black). */
export function crop(from: Image, left: number, top: number, width: number, height: number): Image {
  return {
    width,
    height,
    data: from.data,
    channels: from.channels,
    at: (x, y) => (left + x < from.width && top + y < from.height ? from.at(left + x, top + y) : [0, 0, 0]),
  };
}

/**
 * Where `part` (a control's own screenshot) is in `whole` (the window's), or undefined when it is
 * not on screen: its middle row matched pixel for pixel, and most of its other rows too. Firefox
 * clips a control's screenshot to whole pixels: it can leave its last column or row out, and
 * where the control sits between two pixels it draws the clip half a pixel off, so a few rows
 * differ from the window's. Found in the window, the control is seen whole.
 */
export function find(part: Image, whole: Image): { x: number; y: number } | undefined {
  return findAll(part, whole)[0];
}

/** Every place `part` is in `whole` (empty fields of one size look alike), best first. */
export function findAll(part: Image, whole: Image): Array<{ x: number; y: number }> {
  if (part.channels !== whole.channels || part.width > whole.width || part.height > whole.height) return [];
  const rows = byRows(part, whole);
  if (rows.length) return rows;
  const column = byColumns(part, whole);
  return column ? [column] : [];
}

/** Found by its middle row (the control sits between two rows of pixels, or on them). */
function byRows(part: Image, whole: Image) {
  const c = part.channels;
  const rowOf = (image: Image, y: number, x = 0, width = image.width) =>
    Buffer.from(image.data.buffer, image.data.byteOffset + (y * image.width + x) * c, width * c);
  const middle = part.height >> 1;
  const needle = rowOf(part, middle);
  const haystack = Buffer.from(whole.data.buffer, whole.data.byteOffset, whole.data.byteLength);
  const found: Array<{ x: number; y: number; same: number }> = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + c)) {
    if (at % c !== 0) continue;
    const pixel = at / c;
    const [x, y] = [pixel % whole.width, Math.floor(pixel / whole.width) - middle];
    if (y < 0 || x + part.width > whole.width || y + part.height > whole.height) continue;
    let same = 0;
    for (let row = 0; row < part.height; row += 1) {
      if (rowOf(part, row).equals(rowOf(whole, y + row, x, part.width))) same += 1;
    }
    if (same >= part.height * 0.8) found.push({ x, y, same });
  }
  return found.sort((a, b) => b.same - a.same).map(({ x, y }) => ({ x, y }));
}

/** Found by its middle column (the control sits between two columns of pixels). */
function byColumns(part: Image, whole: Image) {
  if (part.channels !== 4 || whole.data.byteOffset % 4 !== 0 || part.data.byteOffset % 4 !== 0) return undefined;
  const big = new Uint32Array(whole.data.buffer, whole.data.byteOffset, whole.width * whole.height);
  const small = new Uint32Array(part.data.buffer, part.data.byteOffset, part.width * part.height);
  const middle = part.width >> 1;
  const columnMatches = (column: number, x: number, y: number) => {
    for (let row = 0; row < part.height; row += 1) {
      if (small[row * part.width + column] !== big[(y + row) * whole.width + x]) return false;
    }
    return true;
  };
  const first = small[middle];
  for (let y = 0; y + part.height <= whole.height; y += 1) {
    for (let x = middle; x <= whole.width - part.width + middle; x += 1) {
      if (big[y * whole.width + x] !== first || !columnMatches(middle, x, y)) continue;
      let same = 0;
      for (let column = 0; column < part.width; column += 1)
        if (columnMatches(column, x - middle + column, y)) same += 1;
      if (same >= part.width * 0.8) return { x: x - middle, y };
    }
  }
  return undefined;
}

/** WCAG's relative luminance of a colour. */
function luminance([r, g, b]: Colour): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio of two colours (1 to 21). */
export function contrast(a: Colour, b: Colour): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** What a border or a ring needs against the page's background to be seen (WCAG 1.4.11). */
export const VISIBLE = 3;

/** The page's background: the commonest colour of a screenshot of the whole window. */
export function background(page: Image): Colour {
  const counts = new Map<number, number>();
  for (let y = 0; y < page.height; y += 4) {
    for (let x = 0; x < page.width; x += 4) {
      const [r, g, b] = page.at(x, y);
      const key = (r << 16) | (g << 8) | b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0xffffff];
  return [(key >> 16) & 255, (key >> 8) & 255, key & 255];
}

/**
 * The sides of a control (a screenshot of its border box, and `margin` pixels around it) with no
 * line a person can see against `canvas`: for each side, one of its outer lines of pixels (to
 * three inside the box) must contrast along the middle fifth of its length (where a rounded or
 * pill-shaped control is straight). Too small to be a control on screen: no sides to check.
 */
export function sidesWithoutBorder(control: Image, canvas: Colour, margin = 0): string[] {
  const { width, height } = control;
  if (width < 8 + 2 * margin || height < 8 + 2 * margin) return [];
  const seen = (x: number, y: number) => contrast(control.at(x, y), canvas) >= VISIBLE;
  const span = (length: number) => {
    const from = Math.floor(length * 0.4);
    return Array.from({ length: Math.max(1, Math.ceil(length * 0.2)) }, (_, i) => from + i);
  };
  const depths = Array.from({ length: margin + 3 }, (_, depth) => depth);
  // Each scan line across the side, from its edge inward: a pixel to see within the outer ones.
  const sides: Record<string, Array<(depth: number) => [number, number]>> = {
    top: span(width).map((x) => (d) => [x, d]),
    bottom: span(width).map((x) => (d) => [x, height - 1 - d]),
    left: span(height).map((y) => (d) => [d, y]),
    right: span(height).map((y) => (d) => [width - 1 - d, y]),
  };
  return Object.entries(sides)
    .filter(([, lines]) => lines.filter((point) => depths.some((d) => seen(...point(d)))).length < lines.length * 0.9)
    .map(([side]) => side);
}

/** Where a control is on the page, and its size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Whether a focus ring shows in `focused` that is not in `before` (the same window with no ring
 * on it): the pixels that changed to a colour seen against `canvas` must enclose the control's
 * `box` with two pixels to spare each side, with a line along each of its sides. Only changes near
 * the control count (a breathing circle or a timer elsewhere may move meanwhile); with no box
 * known, every change counts. Says what is wrong, or nothing.
 */
export function ringProblem(before: Image, focused: Image, canvas: Colour, box?: Box) {
  const near = 12;
  const [fromX, fromY] = box ? [Math.max(0, box.x - near), Math.max(0, box.y - near)] : [0, 0];
  const [toX, toY] = box
    ? [Math.min(focused.width - 1, box.x + box.width + near), Math.min(focused.height - 1, box.y + box.height + near)]
    : [focused.width - 1, focused.height - 1];
  const words = (image: Image) =>
    image.channels === 4 && image.data.byteOffset % 4 === 0
      ? new Uint32Array(image.data.buffer, image.data.byteOffset, image.width * image.height)
      : undefined;
  const [was32, now32] = [words(before), words(focused)];
  let [left, top, right, bottom] = [focused.width, focused.height, -1, -1];
  const changed = new Set<number>();
  for (let y = fromY; y <= toY; y++) {
    for (let x = fromX; x <= toX; x++) {
      const i = y * focused.width + x;
      if (was32 && now32 && was32[i] === now32[i]) continue;
      const now = focused.at(x, y);
      // Changed to be seen: not a shade's flicker in smoothed text (Chromium redraws it a level off).
      if (contrast(now, before.at(x, y)) < 1.5 || contrast(now, canvas) < VISIBLE) continue;
      changed.add(i);
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return 'nothing changed on screen that can be seen';
  const [width, height] = [right - left + 1, bottom - top + 1];
  if (!box && width * height > focused.width * focused.height * 0.5) return 'the whole window changed (it scrolled?)';
  if (
    box &&
    (left > box.x - 2 || top > box.y - 2 || right < box.x + box.width + 1 || bottom < box.y + box.height + 1)
  ) {
    return `a change of ${width}×${height} px at ${left},${top}, not a ring around the ${box.width}×${box.height} px control at ${box.x},${box.y}`;
  }
  // A ring: each side of the box has a line of changed pixels within its outer four, along the middle fifth of its length.
  const covered = (points: Array<[number, number]>) =>
    points.filter(([x, y]) => changed.has(y * focused.width + x)).length;
  const line = (fixed: 'x' | 'y', at: number, inward: 1 | -1, from: number, to: number) => {
    let best = 0;
    for (let d = 0; d < 4; d++) {
      const points: Array<[number, number]> = [];
      for (let i = from; i <= to; i++) points.push(fixed === 'y' ? [i, at + inward * d] : [at + inward * d, i]);
      best = Math.max(best, covered(points) / points.length);
    }
    return best;
  };
  const [fifthX, fifthY] = [Math.floor(width * 0.4), Math.floor(height * 0.4)];
  const sides = {
    top: line('y', top, 1, left + fifthX, right - fifthX),
    bottom: line('y', bottom, -1, left + fifthX, right - fifthX),
    left: line('x', left, 1, top + fifthY, bottom - fifthY),
    right: line('x', right, -1, top + fifthY, bottom - fifthY),
  };
  const open = Object.entries(sides).filter(([, share]) => share < 0.9);
  return open.length ? `no ring on the ${open.map(([side]) => side).join(', ')} side` : undefined;
}
