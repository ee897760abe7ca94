#!/usr/bin/env node
import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{d as o,e as c,p as s,q as i}from"./chunks/chunk-KFIYZB6D.mjs";import{a}from"./chunks/chunk-LCPE2J63.mjs";import{m as n}from"./chunks/chunk-BQTKFQMG.mjs";n();n();var u=(t,r=process.cwd())=>{if(!l(t.slice(2)))return!1;let e=c(i(s(r)));return e?process.stdout.write(`${e}
`):(o.info(`No branch pinned. Run \`${a()} checkout <branch>\` to pin a branch and pull its env vars.`),process.exitCode=1),!0},l=t=>{let r=t[0]==="status"?t.slice(1):t[0]==="config"&&t[1]==="status"?t.slice(2):null;return r!==null&&r.length===1&&r[0]==="--current-branch"};u(process.argv)||import("./chunks/dist-SHBHFBBB.mjs");
