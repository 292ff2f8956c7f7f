import { Application, Container, UPDATE_PRIORITY } from "pixi.js";

/** A part of the canvas, in CSS pixels. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What the next frame must draw: "all" (the whole canvas) or a few areas; the canvas keeps its last picture
 * elsewhere (preserveDrawingBuffer), so an empty list draws no frame at all.
 */
export type Changes = "all" | Area[];

/** The single Pixi application behind the HTML panels; scenes put their drawing in `layer` and clear it when they go. */
export interface Stage {
  app: Application;
  layer: Container;
  /**
   * Set by a scene that knows what moves on it (the city map): each frame then draws only the areas it names.
   * Null (every other scene): each frame draws the whole canvas.
   */
  changes: (() => Changes) | null;
}

/** A player who asked their system for less motion gets still pictures: no smoke, no blinking windows. */
export const REDUCED_MOTION = window.matchMedia("(prefers-reduced-motion: reduce)");

/**
 * Smoke and water need few frames. A software renderer (SwiftShader: no GPU, headless browsers) used to get 8; since
 * the map draws only the few small areas that move, a frame is cheap there too and both get 30.
 */
const MAX_FPS = 30;

/**
 * Whether WebGL runs on the CPU (SwiftShader, llvmpipe), asked of a throwaway context before the stage's own is made,
 * since antialiasing is chosen then: multisampling in software costs more than the rest of a frame.
 */
function softwareRendered(): boolean {
  const canvas = document.createElement("canvas");
  const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
  if (!gl) return true;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return /swiftshader|llvmpipe|software/i.test(name);
}

/**
 * Pixi batches as many textures in one draw as the device has units (16), and its shaders pick a pixel's texture
 * through a chain of branches: a GPU skips the others, SwiftShader pays for every one on every pixel (a frame of the
 * map cost ~200 ms). Told of one unit while it sets itself up, Pixi builds shaders without the chain.
 */
async function withOneTextureUnit<T>(run: () => Promise<T>): Promise<T> {
  const protos = [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype];
  const originals = protos.map((proto) => proto.getParameter);
  protos.forEach((proto, i) => {
    const original = originals[i]!;
    proto.getParameter = function (this: WebGLRenderingContext, name: GLenum) {
      return name === this.MAX_TEXTURE_IMAGE_UNITS ? 1 : original.call(this, name);
    } as typeof proto.getParameter;
  });
  try {
    return await run();
  } finally {
    protos.forEach((proto, i) => (proto.getParameter = originals[i]!));
  }
}

export async function createStage(host: HTMLElement): Promise<Stage> {
  const app = new Application();
  const software = softwareRendered();
  const init = () =>
    app.init({
      resizeTo: window,
      background: "#0b1420",
      antialias: !software,
      // The canvas keeps its picture between frames, so a frame may draw only what moved.
      preserveDrawingBuffer: true,
      autoDensity: true,
      resolution: Math.min(2, window.devicePixelRatio || 1),
      preference: "webgl",
    });
  await (software ? withOneTextureUnit(init) : init());
  app.ticker.maxFPS = MAX_FPS;
  app.canvas.setAttribute("aria-hidden", "true");
  host.append(app.canvas);
  const layer = new Container();
  app.stage.addChild(layer);
  const stage: Stage = { app, layer, changes: null };
  app.ticker.remove(app.render, app);
  app.ticker.add(() => drawFrame(stage), undefined, UPDATE_PRIORITY.LOW);
  return stage;
}

/** The canvas's size at its last whole frame: a resized canvas has lost its picture and is drawn whole again. */
const drawnSize = new WeakMap<Stage, string>();

/** Draws one frame: the whole canvas, or only the areas the scene says changed (each clipped with a scissor rectangle). */
function drawFrame(stage: Stage): void {
  const { app } = stage;
  const canvas = app.canvas;
  const size = `${canvas.width}x${canvas.height}`;
  const changes = stage.changes?.() ?? "all";
  if (changes === "all" || drawnSize.get(stage) !== size) {
    app.render();
    drawnSize.set(stage, size);
    return;
  }
  if (changes.length === 0) return;
  const gl = (app.renderer as { gl?: WebGL2RenderingContext }).gl;
  if (!gl) {
    app.render();
    return;
  }
  const scale = app.renderer.resolution;
  gl.enable(gl.SCISSOR_TEST);
  try {
    for (const area of changes) {
      const left = Math.max(0, Math.floor(area.x * scale) - 1);
      const top = Math.max(0, Math.floor(area.y * scale) - 1);
      const right = Math.min(canvas.width, Math.ceil((area.x + area.width) * scale) + 1);
      const bottom = Math.min(canvas.height, Math.ceil((area.y + area.height) * scale) + 1);
      if (right <= left || bottom <= top) continue;
      // WebGL counts rows from the bottom of the canvas.
      gl.scissor(left, canvas.height - bottom, right - left, bottom - top);
      app.renderer.render({ container: app.stage, clear: false });
    }
  } finally {
    gl.disable(gl.SCISSOR_TEST);
  }
}

/**
 * Runs the ticker only while something animated is in sight; otherwise draws one last frame and rests, so a covered
 * map costs nothing (software-rendered WebGL is expensive).
 */
export function animate(stage: Stage, on: boolean): void {
  if (on === stage.app.ticker.started) return;
  if (on) stage.app.start();
  else {
    drawFrame(stage);
    stage.app.stop();
  }
}

/** Draws a frame now when the ticker rests (a change while nothing animates). */
export function redraw(stage: Stage): void {
  if (!stage.app.ticker.started) drawFrame(stage);
}

/** Removes and destroys everything a scene drew. */
export function clearStage(stage: Stage): void {
  stage.changes = null;
  for (const child of stage.layer.removeChildren()) child.destroy({ children: true });
}
