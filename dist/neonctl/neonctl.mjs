#!/usr/bin/env node
import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{setFlagsFromString as i}from"node:v8";i("--wasm-tiering-budget=2000000000");await import("./chunks/cli-N33TI4A2.mjs");
