import type { Graphics } from "pixi.js";
import type { TileType } from "../../common/schemas/game.ts";

/** Tiles are drawn at this size and the whole map is scaled to fit its slot. */
export const TILE_PX = 64;

/** A repeatable pseudo-random sequence per tile, so trees and rubble keep their places between redraws. */
function jitter(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0;
  return () => {
    s = (s ^ (s << 13)) >>> 0;
    s = (s ^ (s >>> 17)) >>> 0;
    s = (s ^ (s << 5)) >>> 0;
    return (s % 1000) / 1000;
  };
}

function ground(g: Graphics, color: number, speckle: number, rand: () => number): void {
  g.rect(0, 0, TILE_PX, TILE_PX).fill(color);
  for (let i = 0; i < 7; i++) g.circle(4 + rand() * 56, 4 + rand() * 56, 1.5 + rand() * 2).fill({ color: speckle, alpha: 0.45 });
}

function tree(g: Graphics, x: number, y: number, r: number, leaf: number, shade: number, bare = false): void {
  g.rect(x - 1.5, y, 3, r * 0.9).fill(0x5b3d22);
  if (bare) {
    g.moveTo(x, y + 2).lineTo(x - r * 0.7, y - r * 0.6).moveTo(x, y).lineTo(x + r * 0.6, y - r * 0.8).stroke({ width: 2, color: 0x5b4a33 });
    g.circle(x + r * 0.2, y - r * 0.5, r * 0.45).fill({ color: leaf, alpha: 0.8 });
    return;
  }
  g.circle(x, y - r * 0.35, r).fill(shade);
  g.circle(x - r * 0.25, y - r * 0.55, r * 0.72).fill(leaf);
}

function forest(g: Graphics, rand: () => number, sick: boolean): void {
  ground(g, sick ? 0x8a8348 : 0x3f7a34, sick ? 0x6b5a2c : 0x2c5a26, rand);
  const spots = [
    [16, 22], [42, 16], [30, 38], [52, 42], [14, 52], [40, 58],
  ];
  for (const [x, y] of spots) {
    const r = 8 + rand() * 4;
    if (sick) tree(g, x!, y!, r, rand() > 0.5 ? 0x9c8f3a : 0x8a6a2e, 0x6b5a2a, rand() > 0.55);
    else tree(g, x!, y!, r, rand() > 0.5 ? 0x4fae4a : 0x3f9a3e, 0x24602a);
  }
}

function water(g: Graphics, rand: () => number, polluted: boolean): void {
  g.rect(0, 0, TILE_PX, TILE_PX).fill(polluted ? 0x5b6a3a : 0x2a78c0);
  for (let row = 0; row < 4; row++) {
    const y = 10 + row * 15 + rand() * 4;
    const x = 6 + rand() * 20;
    g.moveTo(x, y).quadraticCurveTo(x + 8, y - 4, x + 16, y).quadraticCurveTo(x + 24, y + 4, x + 32, y).stroke({
      width: 2,
      color: polluted ? 0xa39a5a : 0x8fd0ff,
      alpha: 0.8,
    });
  }
  if (polluted) {
    for (let i = 0; i < 3; i++) g.ellipse(10 + rand() * 44, 10 + rand() * 44, 7 + rand() * 4, 4).fill({ color: 0x8e4fa6, alpha: 0.45 });
    g.circle(12 + rand() * 40, 12 + rand() * 40, 3).fill(0xd8d0a0);
  }
}

function fields(g: Graphics, rand: () => number, dead: boolean): void {
  g.rect(0, 0, TILE_PX, TILE_PX).fill(dead ? 0x8a7860 : 0xc8a04c);
  for (let y = 7; y < TILE_PX; y += 11) {
    if (dead) {
      for (let x = 4; x < TILE_PX - 8; x += 14) if (rand() > 0.35) g.rect(x, y, 8 + rand() * 4, 3).fill(0x6a5a45);
    } else {
      g.rect(3, y, TILE_PX - 6, 4).fill(0x6e9e34);
      g.rect(3, y + 4, TILE_PX - 6, 1.5).fill({ color: 0x4e7a24, alpha: 0.7 });
    }
  }
  if (dead) g.moveTo(10, 60).lineTo(22, 44).lineTo(18, 30).moveTo(48, 8).lineTo(40, 24).lineTo(52, 34).stroke({ width: 1.5, color: 0x4a3e30 });
}

function wasteland(g: Graphics, rand: () => number): void {
  ground(g, 0x9a8d74, 0x6f6553, rand);
  for (let i = 0; i < 5; i++) g.rect(6 + rand() * 48, 6 + rand() * 48, 4 + rand() * 5, 3 + rand() * 4).fill(0x786c58);
  g.moveTo(8, 20).lineTo(20, 28).lineTo(26, 44).moveTo(44, 12).lineTo(50, 30).stroke({ width: 1.2, color: 0x5e5444 });
}

function factory(g: Graphics, rand: () => number, clean: boolean): void {
  ground(g, clean ? 0x6f9474 : 0x6a6a66, clean ? 0x567a5a : 0x575752, rand);
  const wall = clean ? 0x5a8db0 : 0x9a5b3a;
  g.rect(6, 30, 44, 26).fill(wall);
  g.poly([6, 30, 17, 20, 17, 30, 28, 20, 28, 30, 39, 20, 39, 30, 50, 20, 50, 30]).fill(clean ? 0xcfe6f2 : 0x5e5e5e);
  for (let x = 10; x < 48; x += 10) g.rect(x, 40, 5, 6).fill(clean ? 0xe6f6ff : 0xf2c260);
  g.rect(50, 10, 8, 46).fill(clean ? 0x7a8f86 : 0x474747);
  if (clean) {
    g.rect(50, 16, 8, 4).fill(0x5ed16a);
    g.ellipse(20, 12, 6, 3.5).fill(0x5ed16a);
  } else g.rect(50, 14, 8, 3).fill(0xc0392b);
}

function refinery(g: Graphics, rand: () => number): void {
  ground(g, 0x5d5853, 0x45413c, rand);
  g.circle(18, 44, 12).fill(0x8e8e8e);
  g.circle(18, 42, 12).fill(0xcfcfcf);
  g.circle(40, 50, 9).fill(0x8e8e8e);
  g.circle(40, 48, 9).fill(0xdadada);
  g.rect(46, 10, 6, 30).fill(0x6f6f6f);
  g.moveTo(46, 18).lineTo(52, 24).moveTo(52, 18).lineTo(46, 24).stroke({ width: 1, color: 0x3a3a3a });
  g.poly([49, 2, 53, 10, 45, 10]).fill(0xff9a2e);
  g.rect(28, 28, 20, 3).fill(0x3a3a3a);
}

function coalPlant(g: Graphics, rand: () => number): void {
  ground(g, 0x4c4944, 0x33312d, rand);
  g.poly([12, 60, 34, 60, 30, 40, 32, 22, 14, 22, 16, 40]).fill(0xb9b2a6);
  g.rect(14, 22, 18, 3).fill(0x8d877c);
  g.poly([36, 60, 62, 60, 56, 48, 44, 46]).fill(0x1c1c1c);
  g.rect(46, 20, 10, 22).fill(0x6b4636);
}

function cityInner(g: Graphics, rand: () => number): void {
  g.rect(0, 0, TILE_PX, TILE_PX).fill(0x394150);
  const towers = [
    [4, 18, 16], [22, 6, 14], [38, 24, 12], [52, 12, 10],
  ];
  for (const [x, top, w] of towers) {
    g.rect(x!, top!, w!, TILE_PX - top! - 4).fill(rand() > 0.5 ? 0x5c6784 : 0x6c7896);
    for (let wy = top! + 4; wy < TILE_PX - 8; wy += 7) {
      for (let wx = x! + 2; wx < x! + w! - 2; wx += 5) if (rand() > 0.3) g.rect(wx, wy, 2.5, 3).fill(rand() > 0.25 ? 0xffd86b : 0x2b3140);
    }
  }
  g.rect(0, TILE_PX - 4, TILE_PX, 4).fill(0x2a2f3a);
}

function suburb(g: Graphics, rand: () => number): void {
  ground(g, 0x76a157, 0x5e8a44, rand);
  for (const [x, y] of [[8, 14], [36, 10], [14, 40], [40, 38]]) {
    g.rect(x!, y! + 8, 16, 12).fill(0xeadcc3);
    g.poly([x! - 2, y! + 9, x! + 8, y!, x! + 18, y! + 9]).fill(rand() > 0.5 ? 0xb5523b : 0x8c3d2e);
    g.rect(x! + 6, y! + 13, 4, 7).fill(0x6b4a2b);
  }
}

function research(g: Graphics, rand: () => number): void {
  ground(g, 0x8fb4a0, 0x769a86, rand);
  g.rect(8, 32, 48, 24).fill(0xe9eef2);
  g.circle(32, 32, 14).fill(0x9fd6f5);
  g.rect(16, 32, 32, 2).fill(0xffffff);
  g.moveTo(32, 18).lineTo(32, 6).stroke({ width: 2, color: 0xdde3e8 });
  g.circle(32, 5, 2.5).fill(0xff6b6b);
  for (let x = 12; x < 54; x += 8) g.rect(x, 42, 5, 8).fill(0x4f8fc0);
}

function solar(g: Graphics, rand: () => number): void {
  ground(g, 0x7aa45c, 0x628a48, rand);
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 2; col++) {
      const x = 5 + col * 29;
      const y = 6 + row * 19;
      g.rect(x, y + 13, 24, 3).fill(0x4d4d4d);
      g.poly([x, y + 13, x + 24, y + 13, x + 27, y, x + 3, y]).fill(0x1f3f7a);
      g.moveTo(x + 9, y + 13).lineTo(x + 11, y).moveTo(x + 17, y + 13).lineTo(x + 19, y).moveTo(x + 1.5, y + 6.5).lineTo(x + 25.5, y + 6.5).stroke({
        width: 1,
        color: 0x6fa0e0,
      });
    }
  }
}

function fusion(g: Graphics): void {
  g.rect(0, 0, TILE_PX, TILE_PX).fill(0x2f3650);
  g.circle(32, 32, 26).fill(0x3e4768);
  g.circle(32, 32, 20).stroke({ width: 9, color: 0x7ef0ff, alpha: 0.25 });
  g.circle(32, 32, 20).stroke({ width: 4, color: 0x7ef0ff });
  g.circle(32, 32, 8).fill(0xd9a6ff);
  g.circle(32, 32, 4).fill(0xffffff);
}

/** Draws one tile type into `g` at the origin; every type has its own recognisable picture. */
export function drawTile(g: Graphics, type: TileType, seed: number): void {
  const rand = jitter(seed + 1);
  switch (type) {
    case "HEALTHY_FOREST":
      return forest(g, rand, false);
    case "SICK_FOREST":
      return forest(g, rand, true);
    case "CLEAN_RIVER":
      return water(g, rand, false);
    case "POLLUTED_RIVER":
      return water(g, rand, true);
    case "FARMLAND":
      return fields(g, rand, false);
    case "DEAD_FARMLAND":
      return fields(g, rand, true);
    case "WASTELAND":
      return wasteland(g, rand);
    case "FACTORY":
      return factory(g, rand, false);
    case "CLEAN_FACTORY":
      return factory(g, rand, true);
    case "OIL_REFINERY":
      return refinery(g, rand);
    case "COAL_PLANT":
      return coalPlant(g, rand);
    case "CITY_INNER":
      return cityInner(g, rand);
    case "CITY_OUTER":
      return suburb(g, rand);
    case "RESEARCH_CENTER":
      return research(g, rand);
    case "SOLAR_FIELD":
      return solar(g, rand);
    case "FUSION_REACTOR":
      return fusion(g);
  }
}

/** Where smoke or steam leaves a tile, and whether it is dirty. */
export function chimneyOf(type: TileType): { x: number; y: number; dirty: boolean } | null {
  switch (type) {
    case "FACTORY":
      return { x: 54, y: 8, dirty: true };
    case "CLEAN_FACTORY":
      return { x: 54, y: 8, dirty: false };
    case "OIL_REFINERY":
      return { x: 49, y: 2, dirty: true };
    case "COAL_PLANT":
      return { x: 23, y: 20, dirty: true };
    default:
      return null;
  }
}
