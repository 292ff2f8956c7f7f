import { Application, Container } from "pixi.js";

/** The single Pixi application behind the HTML panels; scenes put their drawing in `layer` and clear it when they go. */
export interface Stage {
  app: Application;
  layer: Container;
}

/** A player who asked their system for less motion gets still pictures: no smoke, no blinking windows. */
export const REDUCED_MOTION = window.matchMedia("(prefers-reduced-motion: reduce)");

/** Smoke and water need few frames; a software renderer (SwiftShader: no GPU, headless browsers) gets fewer still. */
const HARDWARE_FPS = 30;
const SOFTWARE_FPS = 8;

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
      antialias: true,
      autoDensity: true,
      resolution: Math.min(2, window.devicePixelRatio || 1),
      preference: "webgl",
    });
  await (software ? withOneTextureUnit(init) : init());
  app.ticker.maxFPS = software ? SOFTWARE_FPS : HARDWARE_FPS;
  app.canvas.setAttribute("aria-hidden", "true");
  host.append(app.canvas);
  const layer = new Container();
  app.stage.addChild(layer);
  return { app, layer };
}

/**
 * Runs the ticker only while something animated is in sight; otherwise draws one last frame and rests, so a covered
 * map costs nothing (software-rendered WebGL is expensive).
 */
export function animate(stage: Stage, on: boolean): void {
  if (on === stage.app.ticker.started) return;
  if (on) stage.app.start();
  else {
    stage.app.render();
    stage.app.stop();
  }
}

/** Draws a frame now when the ticker rests (a change while nothing animates). */
export function redraw(stage: Stage): void {
  if (!stage.app.ticker.started) stage.app.render();
}

/** Removes and destroys everything a scene drew. */
export function clearStage(stage: Stage): void {
  for (const child of stage.layer.removeChildren()) child.destroy({ children: true });
}
