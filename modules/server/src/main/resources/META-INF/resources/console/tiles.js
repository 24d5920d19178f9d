// Tile decoding, per io.remoteassist.capture.api.EncodedTile (version 1):
//   0 SOLID: R G B                       1 RAW_DEFLATE: zlib (RFC 1950) of R G B per pixel, row-major
//   2 PALETTE_DEFLATE: n-1, n*(R G B), zlib of indices at 1/2/4/8 bits, rows byte-aligned, MSB first
//   3 JPEG: baseline JFIF of exactly width x height
//   4 COPY: source x u16, source y u16: the pixels this canvas shows there (scrolled or moved content);
//     the agent sends copies first in an update and never from a place the update already wrote
// zlib streams are what DecompressionStream('deflate') reads.

async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The remote screen: a canvas that grows to hold every tile it is given. */
export class Screen {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d', { willReadFrequently: true });
    this.updates = 0;
  }

  ensureSize(right, bottom) {
    const { canvas } = this;
    if (right <= canvas.width && bottom <= canvas.height) {
      return;
    }
    const keep = canvas.width > 0 && canvas.height > 0
      ? this.ctx.getImageData(0, 0, canvas.width, canvas.height) : null;
    canvas.width = Math.max(canvas.width, right);
    canvas.height = Math.max(canvas.height, bottom);
    if (keep) {
      this.ctx.putImageData(keep, 0, 0);
    }
  }

  /** Decodes and draws one tile; resolves when it is on the canvas. */
  async draw(tile) {
    const { x, y, width: w, height: h, encoding, data } = tile;
    this.ensureSize(x + w, y + h);
    if (encoding === 0) {
      if (data.length !== 3) { throw new Error('bad solid tile'); }
      this.ctx.fillStyle = `rgb(${data[0]}, ${data[1]}, ${data[2]})`;
      this.ctx.fillRect(x, y, w, h);
    } else if (encoding === 1) {
      const rgb = await inflate(data);
      if (rgb.length !== w * h * 3) { throw new Error('bad raw tile'); }
      const image = this.ctx.createImageData(w, h);
      for (let i = 0, j = 0; i < w * h; i++, j += 3) {
        image.data[i * 4] = rgb[j];
        image.data[i * 4 + 1] = rgb[j + 1];
        image.data[i * 4 + 2] = rgb[j + 2];
        image.data[i * 4 + 3] = 255;
      }
      this.ctx.putImageData(image, x, y);
    } else if (encoding === 2) {
      const n = data[0] + 1;
      const palette = data.subarray(1, 1 + 3 * n);
      const bits = n <= 2 ? 1 : n <= 4 ? 2 : n <= 16 ? 4 : 8;
      const rowBytes = Math.ceil(w * bits / 8);
      const indices = await inflate(data.subarray(1 + 3 * n));
      if (indices.length !== rowBytes * h) { throw new Error('bad palette tile'); }
      const image = this.ctx.createImageData(w, h);
      const mask = (1 << bits) - 1;
      for (let row = 0; row < h; row++) {
        for (let col = 0; col < w; col++) {
          const bit = col * bits;
          const index = (indices[row * rowBytes + (bit >> 3)] >> (8 - bits - (bit & 7))) & mask;
          if (index >= n) { throw new Error('palette index out of range'); }
          const o = (row * w + col) * 4;
          image.data[o] = palette[index * 3];
          image.data[o + 1] = palette[index * 3 + 1];
          image.data[o + 2] = palette[index * 3 + 2];
          image.data[o + 3] = 255;
        }
      }
      this.ctx.putImageData(image, x, y);
    } else if (encoding === 4) {
      if (data.length !== 4) { throw new Error('bad copy tile'); }
      const sx = data[0] << 8 | data[1];
      const sy = data[2] << 8 | data[3];
      this.ensureSize(sx + w, sy + h);
      this.ctx.putImageData(this.ctx.getImageData(sx, sy, w, h), x, y);
    } else if (encoding === 3) {
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/jpeg' }));
      this.ctx.drawImage(bitmap, x, y);
      bitmap.close();
    } else {
      throw new Error('unknown tile encoding ' + encoding);
    }
    this.updates++;
  }
}
