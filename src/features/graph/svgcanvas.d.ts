/** svgcanvas ships no types: the part Lattice uses. Its Context records 2D-context calls as SVG. */
declare module "svgcanvas" {
  export class Context {
    constructor(options: { width: number; height: number; document?: Document });
    getSvg(): SVGSVGElement;
    getSerializedSvg(fixNamedEntities?: boolean): string;
  }
}
