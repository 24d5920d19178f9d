// The User's pointer, drawn over the screen canvas on its own canvas (the screen's pixels never contain it). Its
// position and shape come in CURSOR frames (wire.js decodeCursor); until a shape arrives it is a plain arrow. It
// follows the screen canvas's scale ("Fit") and place. While the Helper controls the computer and the local pointer is
// over the screen, the local pointer takes the remote shape and the overlay hides: one pointer, without lag.

const ARROW = { hotX: 0, hotY: 0, width: 12, height: 19 };

function drawArrow(ctx) {
  ctx.beginPath();
  ctx.moveTo(0.5, 0.5);
  ctx.lineTo(0.5, 16.5);
  ctx.lineTo(4.5, 12.5);
  ctx.lineTo(7.5, 18.5);
  ctx.lineTo(9.5, 17.5);
  ctx.lineTo(6.5, 11.5);
  ctx.lineTo(11.5, 11.5);
  ctx.closePath();
  ctx.fillStyle = '#fff';
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 1;
  ctx.fill();
  ctx.stroke();
}

export class RemoteCursor {
  constructor(screen, overlay) {
    this.screen = screen;
    this.overlay = overlay;
    this.ctx = overlay.getContext('2d');
    this.x = 0;
    this.y = 0;
    this.known = false;
    this.local = false;
    this.localShape = '';
    this.setShape(null);
    new ResizeObserver(() => this.place()).observe(screen);
    window.addEventListener('resize', () => this.place());
  }

  /** Applies one decoded CURSOR payload ({x, y, shape}). */
  update(cursor) {
    if (cursor.shape) { this.setShape(cursor.shape); }
    this.x = cursor.x;
    this.y = cursor.y;
    this.known = true;
    this.place();
  }

  /** The local pointer is over the screen while the Helper has control (true) or not (false). */
  setLocal(local) {
    this.local = local;
    this.screen.style.cursor = local && this.localShape ? this.localShape : '';
    this.place();
  }

  setShape(shape) {
    const { overlay, ctx } = this;
    this.shape = shape || ARROW;
    overlay.width = this.shape.width;
    overlay.height = this.shape.height;
    if (!shape) {
      drawArrow(ctx);
      overlay.dataset.shape = 'arrow';
    } else {
      const image = ctx.createImageData(shape.width, shape.height);
      const { argb } = shape;
      for (let i = 0; i < argb.length; i += 4) {
        image.data[i] = argb[i + 1];
        image.data[i + 1] = argb[i + 2];
        image.data[i + 2] = argb[i + 3];
        image.data[i + 3] = argb[i];
      }
      ctx.putImageData(image, 0, 0);
      overlay.dataset.shape = `${shape.width}x${shape.height}`;
    }
    overlay.dataset.hot = `${this.shape.hotX},${this.shape.hotY}`;
    this.localShape = `url(${overlay.toDataURL()}) ${this.shape.hotX} ${this.shape.hotY}, crosshair`;
    if (this.local) { this.screen.style.cursor = this.localShape; }
  }

  /** Puts the overlay where the remote pointer is on the canvas as shown now. */
  place() {
    const { screen, overlay, shape } = this;
    const shown = this.known && !this.local && screen.width > 0 && screen.height > 0
      && screen.clientWidth > 0 && this.x < screen.width && this.y < screen.height;
    overlay.hidden = !shown;
    overlay.dataset.x = String(this.x);
    overlay.dataset.y = String(this.y);
    if (!shown) { return; }
    const scaleX = screen.clientWidth / screen.width;
    const scaleY = screen.clientHeight / screen.height;
    overlay.style.left = `${screen.offsetLeft + screen.clientLeft + (this.x - shape.hotX) * scaleX}px`;
    overlay.style.top = `${screen.offsetTop + screen.clientTop + (this.y - shape.hotY) * scaleY}px`;
    overlay.style.width = `${shape.width * scaleX}px`;
    overlay.style.height = `${shape.height * scaleY}px`;
  }
}
