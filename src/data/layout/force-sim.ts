/**
 * The layout's force simulation (layout.ts, both schedules): d3-force's link, many-body, collision
 * and x/y forces with the same formulas and seeded jiggle, over typed arrays.
 *
 * Why not d3-force itself: the fast schedule runs only 30 ticks, too few for V8's optimising compiler
 * to pay for itself on d3's generic quadtree (a visitor callback per quad, objects that change shape
 * as forces add fields): d3's functions were compiled and recompiled for longer than the layout ran
 * (docs/performance.md, Decisions: Layout). Here each force is one monomorphic loop over
 * Float64Arrays: a Barnes–Hut tree stored in pre-order with skip links (no callbacks, no stack) and a
 * hashed grid for collisions. One engine serves small graphs too: on the bundled graph it lays out
 * as well as d3-force did (crossings, overlaps, stretch over 16 node orders), in less time.
 *
 * Differences from d3, none visible in the layout's quality (scripts/bench/layout-quality.ts):
 * the many-body tree's root square is the points' bounding square (d3 grows it by doubling), so
 * quads are cut at other places; collision candidates are found in a grid of cells one collision
 * diameter wide instead of a quadtree, so pairs are met in another order; collision comes after the
 * x/y forces. One collision pass per tick, as d3 runs it, leaves a few discs slightly overlapping on
 * big graphs; the fast schedule asks for two passes, which the grid makes cheap.
 */

export interface ForceSimInput {
  /** Start positions; moved in place. */
  x: Float64Array;
  y: Float64Array;
  linkSource: Int32Array;
  linkTarget: Int32Array;
  linkStrength: Float64Array;
  /** Rest length (px) of each link. */
  linkDistance: Float64Array;
  manyBodyStrength: number;
  distanceMax: number;
  theta: number;
  /** Collision radius of every node (d3's forceCollide radius). */
  radius: number;
  collideFromTick: number;
  /** d3's collide iterations: passes per tick. */
  collisionPasses: number;
  xStrength: number;
  yStrength: number;
  ticks: number;
  alpha: number;
  random: () => number;
  onTick?: (tick: number) => void;
}

/** d3-force's velocity decay (velocityDecay 0.4: velocities are multiplied by 0.6 each tick). */
const VELOCITY_KEEP = 0.6;
/** d3-force's alphaMin: alpha decays geometrically to it over the run. */
const ALPHA_MIN = 0.001;

const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

/**
 * d3's treatment of two points on the same line: a zero offset becomes a tiny random one (x first,
 * then y, as d3 draws them), and the squared distance is taken again.
 */
function unzero(dx: number, dy: number, random: () => number): [number, number, number] {
  const x = dx || jiggle(random);
  const y = dy || jiggle(random);
  return [x, y, x * x + y * y];
}

export function runForceSim(input: ForceSimInput): void {
  const { x, y, ticks } = input;
  const n = x.length;
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const bias = linkBias(input.linkSource, input.linkTarget, n);
  const tree = new BarnesHutTree(n);
  const grid = new CollisionGrid(n);
  let alpha = input.alpha;
  const alphaDecay = 1 - Math.pow(ALPHA_MIN / input.alpha, 1 / ticks);
  for (let tick = 0; tick < ticks; tick++) {
    alpha += (0 - alpha) * alphaDecay;
    applyLinks(input, vx, vy, bias, alpha);
    tree.build(x, y, n);
    tree.applyManyBody(x, y, vx, vy, input, alpha);
    applyCentering(x, vx, input.xStrength * alpha);
    applyCentering(y, vy, input.yStrength * alpha);
    if (tick >= input.collideFromTick)
      for (let pass = 0; pass < input.collisionPasses; pass++)
        grid.applyCollisions(x, y, vx, vy, input.radius, input.random);
    for (let i = 0; i < n; i++) {
      x[i]! += vx[i]! *= VELOCITY_KEEP;
      y[i]! += vy[i]! *= VELOCITY_KEEP;
    }
    input.onTick?.(tick);
  }
}

/** d3's link bias: the share of a spring's pull taken by its target, by the ends' degrees. */
function linkBias(source: Int32Array, target: Int32Array, n: number): Float64Array {
  const degree = new Int32Array(n);
  for (let k = 0; k < source.length; k++) {
    degree[source[k]!]! += 1;
    degree[target[k]!]! += 1;
  }
  const bias = new Float64Array(source.length);
  for (let k = 0; k < source.length; k++) {
    const s = degree[source[k]!]!;
    bias[k] = s / (s + degree[target[k]!]!);
  }
  return bias;
}

function applyLinks(
  input: ForceSimInput,
  vx: Float64Array,
  vy: Float64Array,
  bias: Float64Array,
  alpha: number,
): void {
  const { x, y, linkSource, linkTarget, linkStrength, linkDistance, random } = input;
  for (let k = 0; k < linkSource.length; k++) {
    const s = linkSource[k]!;
    const t = linkTarget[k]!;
    let dx = x[t]! + vx[t]! - x[s]! - vx[s]! || jiggle(random);
    let dy = y[t]! + vy[t]! - y[s]! - vy[s]! || jiggle(random);
    let l = Math.sqrt(dx * dx + dy * dy);
    l = ((l - linkDistance[k]!) / l) * alpha * linkStrength[k]!;
    dx *= l;
    dy *= l;
    const b = bias[k]!;
    vx[t]! -= dx * b;
    vy[t]! -= dy * b;
    vx[s]! += dx * (1 - b);
    vy[s]! += dy * (1 - b);
  }
}

/** d3's forceX / forceY towards 0: v += (0 − position) × strength × alpha. */
function applyCentering(position: Float64Array, velocity: Float64Array, k: number): void {
  for (let i = 0; i < position.length; i++) velocity[i]! += -position[i]! * k;
}

/** Quads are not split below this side (px): points closer than that share a leaf. */
const MIN_QUAD_SIDE = 1e-3;

/**
 * A Barnes–Hut quadtree of equal-strength points in pre-order: a quad's children follow it, and
 * `skip` is the index just past its subtree, so a traversal is one loop with no stack. Leaves hold
 * a range of `order` (the point indices sorted by quad).
 */
class BarnesHutTree {
  private readonly order: Int32Array;
  private readonly scratch: Int32Array;
  // Per quad (at most ~2n + depth for n points; grown when needed):
  private side = new Float64Array(0);
  private cx = new Float64Array(0);
  private cy = new Float64Array(0);
  private count = new Int32Array(0);
  private skip = new Int32Array(0);
  private first = new Int32Array(0);
  /** -1 for an internal quad; for a leaf, the number of points in it. */
  private leafSize = new Int32Array(0);
  private quads = 0;

  constructor(n: number) {
    this.order = new Int32Array(n);
    this.scratch = new Int32Array(n);
    this.grow(Math.max(16, 4 * n));
  }

  private grow(capacity: number): void {
    const copy = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    const f = (m: number) => new Float64Array(m);
    const i = (m: number) => new Int32Array(m);
    this.side = copy(this.side, f);
    this.cx = copy(this.cx, f);
    this.cy = copy(this.cy, f);
    this.count = copy(this.count, i);
    this.skip = copy(this.skip, i);
    this.first = copy(this.first, i);
    this.leafSize = copy(this.leafSize, i);
  }

  build(x: Float64Array, y: Float64Array, n: number): void {
    this.quads = 0;
    if (n === 0) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      this.order[i] = i;
      if (x[i]! < x0) x0 = x[i]!;
      if (x[i]! > x1) x1 = x[i]!;
      if (y[i]! < y0) y0 = y[i]!;
      if (y[i]! > y1) y1 = y[i]!;
    }
    const side = Math.max(x1 - x0, y1 - y0, MIN_QUAD_SIDE) * (1 + 1e-9);
    this.add(x, y, 0, n, x0, y0, side);
  }

  /** Adds the quad of `order[lo..hi)` with top-left corner (qx, qy) and side `side`, then its children. */
  private add(
    x: Float64Array,
    y: Float64Array,
    lo: number,
    hi: number,
    qx: number,
    qy: number,
    side: number,
  ): void {
    if (lo === hi) return; // an empty quadrant: no quad
    if (this.quads === this.side.length) this.grow(this.side.length * 2);
    const q = this.quads++;
    const { order } = this;
    let sx = 0;
    let sy = 0;
    for (let k = lo; k < hi; k++) {
      sx += x[order[k]!]!;
      sy += y[order[k]!]!;
    }
    this.side[q] = side;
    this.count[q] = hi - lo;
    this.cx[q] = sx / (hi - lo);
    this.cy[q] = sy / (hi - lo);
    this.first[q] = lo;
    if (hi - lo === 1 || side < MIN_QUAD_SIDE) {
      this.leafSize[q] = hi - lo;
      this.skip[q] = this.quads;
      return;
    }
    this.leafSize[q] = -1;
    // Four-way stable partition of order[lo..hi) by quadrant (0 top-left, 1 top-right, 2 bottom-left,
    // 3 bottom-right, as d3) through the scratch array; no allocation, as it runs for every quad of
    // every tick.
    const half = side / 2;
    const mx = qx + half;
    const my = qy + half;
    const quadrant = (p: number) => (x[p]! >= mx ? 1 : 0) + (y[p]! >= my ? 2 : 0);
    let n0 = 0;
    let n1 = 0;
    let n2 = 0;
    for (let k = lo; k < hi; k++) {
      const c = quadrant(order[k]!);
      if (c === 0) n0++;
      else if (c === 1) n1++;
      else if (c === 2) n2++;
    }
    const b1 = lo + n0;
    const b2 = b1 + n1;
    const b3 = b2 + n2;
    let w0 = lo;
    let w1 = b1;
    let w2 = b2;
    let w3 = b3;
    for (let k = lo; k < hi; k++) {
      const p = order[k]!;
      const c = quadrant(p);
      this.scratch[c === 0 ? w0++ : c === 1 ? w1++ : c === 2 ? w2++ : w3++] = p;
    }
    order.set(this.scratch.subarray(lo, hi), lo);
    this.add(x, y, lo, b1, qx, qy, half);
    this.add(x, y, b1, b2, mx, qy, half);
    this.add(x, y, b2, b3, qx, my, half);
    this.add(x, y, b3, hi, mx, my, half);
    this.skip[q] = this.quads;
  }

  /** d3's forceManyBody with distanceMin 1: far quads act as their centroid (θ criterion). */
  applyManyBody(
    x: Float64Array,
    y: Float64Array,
    vx: Float64Array,
    vy: Float64Array,
    input: ForceSimInput,
    alpha: number,
  ): void {
    const { side, cx, cy, count, skip, first, leafSize, order, quads } = this;
    const theta2 = input.theta * input.theta;
    const distanceMax2 = input.distanceMax * input.distanceMax;
    const strength = input.manyBodyStrength * alpha;
    const random = input.random;
    for (let i = 0; i < x.length; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      let fx = 0;
      let fy = 0;
      let q = 0;
      while (q < quads) {
        let dx = cx[q]! - xi;
        let dy = cy[q]! - yi;
        let l = dx * dx + dy * dy;
        const w = side[q]!;
        if ((w * w) / theta2 < l) {
          if (l < distanceMax2) {
            if (dx === 0 || dy === 0) [dx, dy, l] = unzero(dx, dy, random);
            if (l < 1) l = Math.sqrt(l);
            const f = (count[q]! * strength) / l;
            fx += dx * f;
            fy += dy * f;
          }
          q = skip[q]!;
          continue;
        }
        const size = leafSize[q]!;
        if (size < 0) {
          q += 1; // into the first child
          continue;
        }
        for (let k = first[q]!; k < first[q]! + size; k++) {
          const j = order[k]!;
          if (j === i) continue;
          let ex = x[j]! - xi;
          let ey = y[j]! - yi;
          let m = ex * ex + ey * ey;
          if (m >= distanceMax2) continue;
          if (ex === 0 || ey === 0) [ex, ey, m] = unzero(ex, ey, random);
          if (m < 1) m = Math.sqrt(m);
          fx += (ex * strength) / m;
          fy += (ey * strength) / m;
        }
        q = skip[q]!;
      }
      vx[i]! += fx;
      vy[i]! += fy;
    }
  }
}

/**
 * d3's forceCollide (strength 1, one iteration, one radius for all) with candidates from a hashed
 * grid of cells one collision diameter wide, built on the positions each node is about to take.
 */
class CollisionGrid {
  private readonly cellX: Int32Array;
  private readonly cellY: Int32Array;
  private readonly bucketOf: Int32Array;
  private readonly start: Int32Array;
  private readonly cursor: Int32Array;
  private readonly items: Int32Array;
  private readonly mask: number;

  constructor(n: number) {
    let buckets = 16;
    while (buckets < 2 * n) buckets *= 2;
    this.mask = buckets - 1;
    this.cellX = new Int32Array(n);
    this.cellY = new Int32Array(n);
    this.bucketOf = new Int32Array(n);
    this.start = new Int32Array(buckets + 1);
    this.cursor = new Int32Array(buckets);
    this.items = new Int32Array(n);
  }

  private bucket(cx: number, cy: number): number {
    return (Math.imul(cx, 0x9e3779b1) ^ Math.imul(cy, 0x85ebca77)) & this.mask;
  }

  applyCollisions(
    x: Float64Array,
    y: Float64Array,
    vx: Float64Array,
    vy: Float64Array,
    radius: number,
    random: () => number,
  ): void {
    const n = x.length;
    // Two discs collide closer than this; a cell is as wide, so colliding pairs are in neighbouring cells.
    const reach = 2 * radius;
    const reach2 = reach * reach;
    const { cellX, cellY, bucketOf, start, cursor, items } = this;
    start.fill(0);
    for (let i = 0; i < n; i++) {
      cellX[i] = Math.floor((x[i]! + vx[i]!) / reach);
      cellY[i] = Math.floor((y[i]! + vy[i]!) / reach);
      const b = this.bucket(cellX[i]!, cellY[i]!);
      bucketOf[i] = b;
      start[b + 1]! += 1;
    }
    for (let b = 0; b < this.mask + 1; b++) start[b + 1]! += start[b]!;
    cursor.set(start.subarray(0, cursor.length));
    for (let i = 0; i < n; i++) items[cursor[bucketOf[i]!]!++] = i;

    for (let i = 0; i < n; i++) {
      // As d3: the node's predicted position, then each later node's live predicted position.
      const xi = x[i]! + vx[i]!;
      const yi = y[i]! + vy[i]!;
      for (let oy = -1; oy <= 1; oy++) {
        for (let ox = -1; ox <= 1; ox++) {
          const gx = cellX[i]! + ox;
          const gy = cellY[i]! + oy;
          const b = this.bucket(gx, gy);
          for (let k = start[b]!; k < start[b + 1]!; k++) {
            const j = items[k]!;
            // Later nodes only (each pair once, as d3), and only those of this very cell: two
            // neighbouring cells may share a bucket.
            if (j <= i || cellX[j] !== gx || cellY[j] !== gy) continue;
            let dx = xi - x[j]! - vx[j]!;
            let dy = yi - y[j]! - vy[j]!;
            let l = dx * dx + dy * dy;
            if (l >= reach2) continue;
            if (dx === 0 || dy === 0) [dx, dy, l] = unzero(dx, dy, random);
            l = Math.sqrt(l);
            l = (reach - l) / l;
            dx *= l;
            dy *= l;
            // Equal radii: each node takes half the push (d3: rj² / (ri² + rj²)).
            vx[i]! += dx * 0.5;
            vy[i]! += dy * 0.5;
            vx[j]! -= dx * 0.5;
            vy[j]! -= dy * 0.5;
          }
        }
      }
    }
  }
}
