#!/usr/bin/env node
// Entry of the shipped neonctl (dist/neonctl/neonctl.mjs, built by scripts/bundle.mjs): one V8 setting, then neon's
// own CLI entry.
//
// undici, behind node's fetch, parses HTTP with a WebAssembly module. V8 recompiles that module's hot functions with
// its optimizing compiler on a background thread, and node waits for such work before it exits: 0.1-0.25 s after
// neonctl has printed its answer, on every run, for the one to four small responses a run parses. A tiering budget
// no run reaches keeps the parser on its baseline code.
import { setFlagsFromString } from 'node:v8'

setFlagsFromString('--wasm-tiering-budget=2000000000')
await import('neon/dist/cli.js')
