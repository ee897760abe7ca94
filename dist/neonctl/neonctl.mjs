#!/usr/bin/env node
import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{d as e,e as o,p as c,q as s}from"./chunks/chunk-RXZEESPS.mjs";import{a as i}from"./chunks/chunk-7DFE5NAS.mjs";import"./chunks/chunk-QG6SHEUL.mjs";var a=(t,r=process.cwd())=>{if(!u(t.slice(2)))return!1;let n=o(s(c(r)));return n?process.stdout.write(`${n}
`):(e.info(`No branch pinned. Run \`${i()} checkout <branch>\` to pin a branch and pull its env vars.`),process.exitCode=1),!0},u=t=>{let r=t[0]==="status"?t.slice(1):t[0]==="config"&&t[1]==="status"?t.slice(2):null;return r!==null&&r.length===1&&r[0]==="--current-branch"};a(process.argv)||import("./chunks/dist-I35GP4E5.mjs");
